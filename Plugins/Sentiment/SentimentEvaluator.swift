import Foundation
import WorkbenchCore

/// Scores the sentiment model against a labelled file: `workbench evaluate --stage sentiment
/// --gold FILE`. Each row is a document: its label is the stage's document label, the same
/// decision `annotate` makes (register, model and all); accuracy, macro-F1 (also per register
/// when the rows fall in both), per-class figures and the confusion matrix are reported, with
/// every misclassified row. On the rows labelled positive or negative, `polar_accuracy` is the
/// share whose score has the gold label's sign (positive against negative only; a neutral
/// label counts as wrong in `accuracy`, not there). A gold file with no neutral row is scored
/// with `classes: positive,negative` unless the configuration sets `classes` (the report says
/// so in a note): its `accuracy` is then the two-class accuracy, and equals `polar_accuracy`.
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
    var decoded = try JSONValueDecoder().decode(SentimentStage.Configuration.self, from: configured.configuration)
    decoded.sentences = false
    decoded.targets = false
    let (rows, skipped) = try LabelledTextTable.readCountingSkipped(
      gold, textColumns: textColumns, labelColumns: labelColumns, labelMap: labelAliases)
    // A set labelled positive or negative only is scored as two classes (a neutral answer
    // could only be wrong there), unless the user chose the classes.
    var notes: [String] = []
    if decoded.classes == nil, !rows.isEmpty, rows.allSatisfy({ $0.label == "positive" || $0.label == "negative" }) {
      decoded.classes = .positiveNegative
      notes.append(twoClassNote)
    }
    let stage = try SentimentStage(configuration: decoded, context: context)
    // A score over fewer rows than the file has would be taken for the file's.
    if skipped > 0 {
      throw LabelledTextTable.ReadError(
        description:
          "\(gold.lastPathComponent): \(skipped) row\(skipped == 1 ? " has" : "s have") an empty text or label; fill or remove \(skipped == 1 ? "it" : "them")"
      )
    }
    if rows.isEmpty {
      throw LabelledTextTable.ReadError(description: "\(gold.lastPathComponent): no labelled row (\(goldFormats))")
    }
    // A misspelt label would otherwise become a class of its own, scored as always wrong.
    let known = stage.model(for: .news).labels
    if let stray = rows.first(where: { !known.contains($0.label) }) {
      let count = rows.filter { $0.label == stray.label }.count
      var message =
        "\(gold.lastPathComponent): the label '\(stray.label)' (\(count) row\(count == 1 ? "" : "s")) is not one of \(known.joined(separator: ", "))"
      if let suggestion = Suggestion.closest(to: stray.label, among: known + labelAliases.keys.sorted()) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw LabelledTextTable.ReadError(description: message)
    }
    var report = try report(stage, rows: rows, title: "sentiment on \(gold.lastPathComponent)")
    report.notes = notes
    return report
  }

  /// The line that says a gold file of two classes was scored with `classes: positive,negative`.
  public static let twoClassNote =
    "gold has two classes (positive, negative): evaluated with classes=\(SentimentClasses.positiveNegative.rawValue)"

  /// Scores the document label `stage` gives each row (the same decision as `annotate`'s
  /// document annotation), with figures per register when the rows fall in both.
  public static func report(_ stage: SentimentStage, rows: [LabelledText], title: String) throws -> EvaluationReport {
    var labels = stage.model(for: .news).labels
    if stage.classes == .positiveNegative { labels.removeAll { $0 == "neutral" } }
    for row in rows where !labels.contains(row.label) { labels.append(row.label) }
    var gold: [Int] = []
    var predicted: [Int] = []
    var registers: [String] = []
    var failures: [String] = []
    var polarRows = 0
    var polarCorrect = 0
    for (number, row) in rows.enumerated() {
      let document = try stage.analyze(Document(id: "row \(number + 1)", text: row.text), inputs: .none)[0]
      let label = document.value ?? ""
      let register = document.attributes["register"]?.stringValue ?? ""
      if !labels.contains(label) { labels.append(label) }
      gold.append(labels.firstIndex(of: row.label)!)
      predicted.append(labels.firstIndex(of: label)!)
      registers.append(register)
      let score = document.attributes["score"]?.doubleValue ?? 0
      if row.label == "positive" || row.label == "negative" {
        polarRows += 1
        if (score > 0) == (row.label == "positive") { polarCorrect += 1 }
      }
      if label != row.label {
        let text = row.text.count > 120 ? row.text.prefix(117) + "..." : Substring(row.text)
        failures.append(
          "row \(number + 1) (\(register)): expected \(row.label), got \(label) (score \(score)): \(text)")
      }
    }
    let scores = ClassificationScores(labels: labels, gold: gold, predicted: predicted)
    var metrics = [
      EvaluationMetric("accuracy", scores.accuracy, detail: "\(scores.correct)/\(scores.total)"),
      EvaluationMetric("macro_f1", scores.macroF1),
    ]
    if polarRows > 0 {
      metrics.append(
        EvaluationMetric(
          "polar_accuracy", Double(polarCorrect) / Double(polarRows), detail: "\(polarCorrect)/\(polarRows)"))
    }
    for register in SentimentRegister.allCases {
      let members = registers.indices.filter { registers[$0] == register.rawValue }
      guard !members.isEmpty, members.count < rows.count else { continue }
      let part = ClassificationScores(
        labels: labels, gold: members.map { gold[$0] }, predicted: members.map { predicted[$0] })
      metrics.append(EvaluationMetric("macro_f1_\(register.rawValue)", part.macroF1, detail: "\(members.count) rows"))
    }
    return EvaluationReport(title: title, metrics: metrics, tables: scores.tables, failures: failures)
  }
}
