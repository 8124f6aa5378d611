import Foundation
import WorkbenchCore

/// `workbench evaluate --stage entity-linking --gold FILE`: mention detection (exact span),
/// typing and linking against a gold JSON Lines file, or mention detection and typing against
/// token-per-line files (CoNLL, wikigold, WikiFANE). Person mentions are compared without the
/// titles some corpora put at their start (`EntityGoldDocument.withoutLeadingTitles`), and
/// organization mentions, gold and predicted, without the club's, company's, paper's or channel's
/// word some corpora put at their start and the stage leaves out (`OrganizationWordConvention`).
public enum EntityLinkingEvaluator: StageEvaluator {
  public static let stageID = "entity-linking"
  public static let goldFormats =
    "JSON Lines ({\"text\", \"mentions\": [{\"start\", \"end\", \"type\", \"id\"}]}) or token-per-line BIO/IOB1 (CoNLL, WikiFANE)"

  /// The labels scored: predictions with other labels (MISC, DEMONYM) are left out.
  static let scoredTypes: Set<String> = ["PERSON", "LOCATION", "ORGANIZATION"]

  public static func evaluate(gold: URL, configuration: JSONValue, context: StageContext) throws
    -> EvaluationReport
  {
    let isTokenFile = gold.pathExtension != "jsonl" && CoNLLReader.looksLikeTokenPerLine(gold)
    let documents = (isTokenFile ? try CoNLLReader().read(gold) : try EntityGoldDocument.readJSONLines(gold))
      .map { $0.withoutLeadingTitles().withoutLeadingOrganizationWords() }
    guard
      case .document(let stage) = try StageFactory(EntityLinkingStage.self).configure(configuration)
        .makeStage(context: context)
    else { throw KnowledgeBaseError.invalidDump("entity-linking is not a document stage") }
    var all = Score()
    var linkedOnly = Score()
    var linking = (correct: 0, total: 0)
    var idSets = (truePositives: 0, predicted: 0, gold: 0)
    var failures: [String] = []
    var missedCounts: [String: Int] = [:]
    var spuriousCounts: [String: Int] = [:]
    for document in documents {
      let tokenized = TokenizedText(document.text)
      let predicted = try stage.analyze(Document(id: document.id, text: document.text), .none)
        .filter { scoredTypes.contains($0.label) }
        .map { annotation in
          guard annotation.label == "ORGANIZATION" else { return annotation }
          var annotation = annotation
          annotation.start = OrganizationWordConvention.nameStart(annotation.start, annotation.end, in: tokenized)
          return annotation
        }
      let scalars = Array(document.text.unicodeScalars)
      func quote(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(scalars.count, end)])
        return String(view)
      }
      let outcome = all.add(gold: document.mentions, predicted: predicted)
      linkedOnly.add(gold: document.mentions, predicted: predicted.filter { $0.attributes["nil"] == nil })
      for (mention, annotation) in outcome.matched where !isTokenFile {
        linking.total += 1
        let predictedNil = annotation.attributes["nil"] != nil
        if (mention.id == nil && predictedNil) || (mention.id != nil && mention.id == annotation.value) {
          linking.correct += 1
        } else if failures.count < 60 {
          failures.append(
            "\(document.id) \(mention.start)-\(mention.end) \(quote(mention.start, mention.end)): expected \(mention.id ?? "NIL"), got \(annotation.value ?? "-")"
          )
        }
      }
      if !isTokenFile {
        let linkedIDs = Set(predicted.filter { $0.attributes["nil"] == nil }.compactMap(\.value))
        idSets.truePositives += linkedIDs.intersection(document.ids).count
        idSets.predicted += linkedIDs.count
        idSets.gold += document.ids.count
      }
      for mention in outcome.missed {
        missedCounts["\(mention.type) \(quote(mention.start, mention.end))", default: 0] += 1
      }
      for annotation in outcome.spurious {
        let overlapping = document.mentions.first { $0.start < annotation.end && annotation.start < $0.end }
        let why = overlapping.map { "overlaps gold \($0.type) \(quote($0.start, $0.end))" } ?? "no gold"
        spuriousCounts["\(annotation.label) \(annotation.text) (\(annotation.value ?? "")): \(why)", default: 0] += 1
      }
    }
    var metrics = [
      EvaluationMetric("mention_precision", all.precision, detail: "\(all.truePositives)/\(all.predicted)"),
      EvaluationMetric("mention_recall", all.recall, detail: "\(all.truePositives)/\(all.gold)"),
      EvaluationMetric("mention_f1", all.f1),
      EvaluationMetric("typed_f1", all.typedF1, detail: "\(all.typedTruePositives) with the right type"),
      EvaluationMetric(
        "kb_mention_precision", linkedOnly.precision,
        detail: "\(linkedOnly.truePositives)/\(linkedOnly.predicted), NIL left out"),
      EvaluationMetric(
        "kb_mention_recall", linkedOnly.recall, detail: "\(linkedOnly.truePositives)/\(linkedOnly.gold)"),
    ]
    if !isTokenFile {
      metrics.append(
        EvaluationMetric(
          "linking_accuracy", linking.total == 0 ? 0 : Double(linking.correct) / Double(linking.total),
          detail: "\(linking.correct)/\(linking.total) matched mentions with the right id or NIL"))
      metrics.append(
        EvaluationMetric(
          "document_id_precision", ratio(idSets.truePositives, idSets.predicted),
          detail: "\(idSets.truePositives)/\(idSets.predicted)"))
      metrics.append(
        EvaluationMetric(
          "document_id_recall", ratio(idSets.truePositives, idSets.gold),
          detail: "\(idSets.truePositives)/\(idSets.gold)"))
    }
    func top(_ counts: [String: Int], _ label: String) -> [String] {
      counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(40).map { "\(label) ×\($0.value) \($0.key)" }
    }
    failures += top(missedCounts, "missed") + top(spuriousCounts, "spurious")
    let table = EvaluationTable(
      title: "by type (exact span and type)",
      header: ["type", "gold", "found", "recall", "predicted", "precision", "f1"],
      rows: scoredTypes.sorted().map { type in
        let row = all.byType[type] ?? (0, 0, 0)
        return [
          type, "\(row.gold)", "\(row.found)", String(format: "%.3f", ratio(row.found, row.gold)), "\(row.predicted)",
          String(format: "%.3f", ratio(row.found, row.predicted)),
          String(format: "%.3f", f1(ratio(row.found, row.predicted), ratio(row.found, row.gold))),
        ]
      })
    let title =
      "entity-linking on \(gold.lastPathComponent) (\(documents.count) documents, \(all.gold) gold mentions\(isTokenFile ? ", token-per-line" : ""))"
    return EvaluationReport(title: title, metrics: metrics, tables: [table], failures: failures)
  }

  static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
  static func f1(_ precision: Double, _ recall: Double) -> Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  /// Exact-span matching counts; gold mentions of other types (MISC, OTHER) are neither
  /// rewarded nor penalized.
  struct Score {
    var truePositives = 0
    var typedTruePositives = 0
    var predicted = 0
    var gold = 0
    var byType: [String: (gold: Int, found: Int, predicted: Int)] = [:]

    var precision: Double { EntityLinkingEvaluator.ratio(truePositives, predicted) }
    var recall: Double { EntityLinkingEvaluator.ratio(truePositives, gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var typedF1: Double {
      let p = EntityLinkingEvaluator.ratio(typedTruePositives, predicted)
      let r = EntityLinkingEvaluator.ratio(typedTruePositives, gold)
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    @discardableResult
    mutating func add(gold mentions: [EntityGoldDocument.Mention], predicted annotations: [Annotation]) -> (
      matched: [(EntityGoldDocument.Mention, Annotation)], missed: [EntityGoldDocument.Mention],
      spurious: [Annotation]
    ) {
      struct Span: Hashable {
        var start: Int
        var end: Int
      }
      var goldBySpan: [Span: EntityGoldDocument.Mention] = [:]
      for mention in mentions { goldBySpan[Span(start: mention.start, end: mention.end)] = mention }
      var matched: [(EntityGoldDocument.Mention, Annotation)] = []
      var spurious: [Annotation] = []
      var found = Set<Span>()
      for annotation in annotations {
        let span = Span(start: annotation.start, end: annotation.end)
        guard let mention = goldBySpan[span] else {
          predicted += 1
          byType[annotation.label, default: (0, 0, 0)].predicted += 1
          spurious.append(annotation)
          continue
        }
        if !EntityLinkingEvaluator.scoredTypes.contains(mention.type) { continue }
        predicted += 1
        byType[annotation.label, default: (0, 0, 0)].predicted += 1
        guard found.insert(span).inserted else { continue }
        truePositives += 1
        if mention.type == annotation.label {
          typedTruePositives += 1
          byType[mention.type, default: (0, 0, 0)].found += 1
        }
        matched.append((mention, annotation))
      }
      var missed: [EntityGoldDocument.Mention] = []
      for mention in mentions where EntityLinkingEvaluator.scoredTypes.contains(mention.type) {
        gold += 1
        byType[mention.type, default: (0, 0, 0)].gold += 1
        if !found.contains(Span(start: mention.start, end: mention.end)) { missed.append(mention) }
      }
      return (matched, missed, spurious)
    }
  }
}
