import Foundation
import WorkbenchCore

/// Scores topic clustering against a labelled JSON Lines corpus: NMI, adjusted Rand index,
/// purity, and the mean NPMI coherence of the topics.
///
/// Unless the configuration sets `topics`, the model gets as many topics as there are gold
/// labels. Documents run through the stage as in a workflow: collect (encoded as the cache
/// stores it), then reduce.
public enum TopicClusteringEvaluator: StageEvaluator {
  public static let stageID = TopicClusteringStage.descriptor.id
  public static let goldFormats =
    "JSON Lines, one document per line: {\"id\", \"label\", \"text\", optional \"title\"}"

  public static func evaluate(gold: URL, configuration: JSONValue, context: StageContext) throws
    -> EvaluationReport
  {
    let corpus = try LabelledCorpus(contentsOf: gold)
    let labelled = corpus.labels.compactMap { $0 }
    guard !labelled.isEmpty else {
      // About the whole file, not a line of it (this said "line 0").
      throw ConfigurationError.invalid(
        field: "", message: "\(gold.lastPathComponent): no document has a \"label\" (\(goldFormats))")
    }
    var members = configuration.objectValue ?? [:]
    if members["topics"] == nil { members["topics"] = .int(Set(labelled).count) }
    let configured = try StageFactory(TopicClusteringStage.self).configure(.object(members))
    guard case .corpus(let stage) = try configured.makeStage(context: context) else {
      preconditionFailure("topic-clustering is a corpus stage")
    }
    let started = Date()
    let collected = try corpus.documents.map { document in
      CollectedItem(documentID: document.id, value: try stage.collect(document, .none))
    }
    let result = try stage.reduce(collected)
    let seconds = Date().timeIntervalSince(started)

    var gold: [String] = []
    var predicted: [String] = []
    for (document, label) in zip(corpus.documents, corpus.labels) {
      guard let label else { continue }
      gold.append(label)
      predicted.append(result.annotations[document.id]?.first?.value ?? "none")
    }
    let agreement = ClusteringAgreement(gold: gold, predicted: predicted)
    let topics = result.records.filter { $0.kind == "topic" }
    let summary = result.records.first { $0.kind == "topic-model" }?.value.objectValue ?? [:]
    let coherence = summary["mean_coherence"]?.doubleValue ?? -1

    var rows: [[String]] = []
    for record in topics {
      let object = record.value.objectValue ?? [:]
      let inTopic = zip(gold, predicted).filter { $0.1 == record.key }.map(\.0)
      let counts = Dictionary(inTopic.map { ($0, 1) }, uniquingKeysWith: +)
      let majority = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
      rows.append([
        record.key, String(inTopic.count),
        majority.map { "\($0.key) \($0.value)/\(inTopic.count)" } ?? "-",
        object["coherence"]?.doubleValue.map { String(format: "%.3f", $0) } ?? "-",
        (object["terms"]?.arrayValue ?? []).prefix(6).compactMap(\.stringValue).joined(separator: " · "),
      ])
    }
    let method = summary["method"]?.stringValue ?? "?"
    return EvaluationReport(
      title: "topic-clustering on \(gold.count) labelled documents (\(Set(gold).count) labels, "
        + "\(topics.count) topics, \(method), \(String(format: "%.2f", seconds)) s)",
      metrics: [
        EvaluationMetric("nmi", agreement.normalizedMutualInformation),
        EvaluationMetric("adjusted_rand", agreement.adjustedRandIndex),
        EvaluationMetric("purity", agreement.purity),
        EvaluationMetric("coherence_npmi", coherence, detail: "mean over topics of the top terms' NPMI"),
      ],
      tables: [
        EvaluationTable(
          title: "topics", header: ["topic", "size", "majority label", "npmi", "top terms"], rows: rows)
      ])
  }
}
