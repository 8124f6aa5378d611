import Foundation
import WorkbenchCore

/// Scores the sentiment model against a labelled file: `workbench evaluate --stage sentiment
/// --gold FILE`. Each row's text is classified as one unit; accuracy, macro-F1, per-class
/// figures and the confusion matrix are reported, with every misclassified row.
public enum SentimentEvaluator: StageEvaluator {
  public static let stageID = "sentiment"
  public static let goldFormats =
    "CSV, TSV or JSON Lines with a text column (text, sentence or tweet) and a label column "
    + "(label or sentiment: positive/negative/neutral, or POS/NEG/NEU)"

  /// Text and label column names tried in order.
  public static let textColumns = ["text", "sentence", "tweet"]
  public static let labelColumns = ["label", "sentiment"]
  /// Short and capitalized label spellings read as the model's labels.
  public static let labelAliases = [
    "POS": "positive", "NEG": "negative", "NEU": "neutral", "Positive": "positive",
    "Negative": "negative", "Neutral": "neutral", "pos": "positive", "neg": "negative", "neu": "neutral",
  ]

  public static func evaluate(gold: URL, configuration: JSONValue, context: StageContext) throws
    -> EvaluationReport
  {
    let configured = try StageFactory(SentimentStage.self).configure(configuration)
    let decoded = try JSONValueDecoder().decode(SentimentStage.Configuration.self, from: configured.configuration)
    let stage = try SentimentStage(configuration: decoded, context: context)
    let (rows, skipped) = try LabelledTextTable.readCountingSkipped(
      gold, textColumns: textColumns, labelColumns: labelColumns, labelMap: labelAliases)
    // A score over fewer rows than the file has would be taken for the file's.
    if skipped > 0 {
      throw LabelledTextTable.ReadError(
        description: "\(gold.lastPathComponent): \(skipped) row\(skipped == 1 ? " has" : "s have") an empty text or label; fill or remove \(skipped == 1 ? "it" : "them")")
    }
    if rows.isEmpty {
      throw LabelledTextTable.ReadError(description: "\(gold.lastPathComponent): no labelled row (\(goldFormats))")
    }
    // A misspelt label would otherwise become a class of its own, scored as always wrong.
    if let stray = rows.first(where: { !stage.model.labels.contains($0.label) }) {
      let count = rows.filter { $0.label == stray.label }.count
      var message = "\(gold.lastPathComponent): the label '\(stray.label)' (\(count) row\(count == 1 ? "" : "s")) is not one of \(stage.model.labels.joined(separator: ", "))"
      if let suggestion = Suggestion.closest(to: stray.label, among: stage.model.labels + labelAliases.keys.sorted()) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw LabelledTextTable.ReadError(description: message)
    }
    return report(stage.model, rows: rows, title: "sentiment on \(gold.lastPathComponent)")
  }

  /// Classifies every row with `model` and scores it.
  public static func report(_ model: SentimentModel, rows: [LabelledText], title: String) -> EvaluationReport {
    var labels = model.labels
    for row in rows where !labels.contains(row.label) { labels.append(row.label) }
    var gold: [Int] = []
    var predicted: [Int] = []
    var failures: [String] = []
    for (number, row) in rows.enumerated() {
      let tone = SentimentTone(labels: model.labels, probabilities: model.probabilities(of: row.text))
      gold.append(labels.firstIndex(of: row.label)!)
      predicted.append(labels.firstIndex(of: tone.label)!)
      if tone.label != row.label {
        let text = row.text.count > 120 ? row.text.prefix(117) + "..." : Substring(row.text)
        failures.append("row \(number + 1): expected \(row.label), got \(tone.label) (score \(SentimentTone.rounded(tone.score))): \(text)")
      }
    }
    let scores = ClassificationScores(labels: labels, gold: gold, predicted: predicted)
    return EvaluationReport(
      title: title,
      metrics: [
        EvaluationMetric("accuracy", scores.accuracy, detail: "\(scores.correct)/\(scores.total)"),
        EvaluationMetric("macro_f1", scores.macroF1),
      ],
      tables: scores.tables, failures: failures)
  }
}
