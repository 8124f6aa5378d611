import Foundation
import WorkbenchCore

/// The reduce step of topic clustering: from every document's collected terms to a topic per
/// document and a record per topic.
///
/// Documents are processed in id order and every choice is seeded or ordered by term bytes,
/// so equal collected values and configuration give identical results.
public struct TopicReducer: Sendable {
  public let configuration: TopicClusteringConfiguration
  /// How many candidate models `topics: auto` fits at once. The result does not depend on it:
  /// each candidate's fit is seeded on its own.
  public let concurrency: Int

  /// The label of the per-document annotations.
  public static let label = "TOPIC"

  public init(configuration: TopicClusteringConfiguration, concurrency: Int = 1) {
    self.configuration = configuration
    self.concurrency = max(1, concurrency)
  }

  /// A topic as reported: its top terms shown as surface words, its size and coherence.
  public struct Topic: Sendable, Hashable {
    public var id: Int
    public var label: String
    public var size: Int
    /// The most frequent surface form of each top term, strongest first.
    public var terms: [String]
    /// The top terms as collected (stems; phrases as two stems).
    public var stems: [String]
    public var weights: [Double]
    /// Mean NPMI of the top terms over the corpus; nil with fewer than two terms.
    public var coherence: Double?
    public var representativeDocuments: [(id: String, weight: Double)]

    public static func == (a: Topic, b: Topic) -> Bool {
      a.id == b.id && a.label == b.label && a.size == b.size && a.terms == b.terms && a.stems == b.stems
        && a.weights == b.weights && a.coherence == b.coherence
        && a.representativeDocuments.map(\.id) == b.representativeDocuments.map(\.id)
        && a.representativeDocuments.map(\.weight) == b.representativeDocuments.map(\.weight)
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(id)
      hasher.combine(terms)
    }
  }

  /// The full outcome of a reduce, before it is turned into annotations and records.
  public struct Outcome: Sendable {
    public var documentIDs: [String]
    /// Each document's topic (nil without vocabulary terms) and its weight over all topics.
    public var assignments: [Int?]
    public var weights: [[Double]]
    public var topics: [Topic]
    /// How the number of topics was chosen, with the scores of the candidates.
    public var selection: TopicCountSelection
    public var vocabularySize: Int
    public var nonZeros: Int
    public var iterations: Int
  }

  /// Runs the reduce and returns annotations and records.
  public func reduce(_ collected: [CollectedItem<CollectedTerms>]) -> CorpusResult {
    let sorted = collected.sorted { $0.documentID.utf8.lexicographicallyPrecedes($1.documentID.utf8) }
    let outcome = analyze(sorted)
    return result(outcome, documents: sorted)
  }

  /// Fits the model. `collected` must be in a fixed order (the stage sorts by document id).
  public func analyze(_ collected: [CollectedItem<CollectedTerms>]) -> Outcome {
    let documents = collected.map(\.value)
    let vocabulary = CorpusVocabulary(
      documents: documents,
      options: .init(
        minimumDocumentFrequency: configuration.min_df, maximumDocumentShare: configuration.max_df,
        maximumFeatures: configuration.max_features, phrases: configuration.phrases,
        phraseMinimumDocumentFrequency: configuration.phrase_min_df))
    let matrix = TFIDFWeighting.weigh(
      counts: vocabulary.counts, documentFrequencies: vocabulary.documentFrequencies)
    let nonEmpty = (0..<matrix.rowCount).filter { matrix.rowOffsets[$0] < matrix.rowOffsets[$0 + 1] }.count
    let seed = UInt64(bitPattern: Int64(configuration.seed))
    let selection = TopicCountSelection(
      requested: configuration.topics, minimum: configuration.min_topics, maximum: configuration.max_topics,
      documentsWithTerms: nonEmpty, concurrency: concurrency
    ) { [configuration] topics, sample in
      // Candidates are fitted on an even sample of at most 4,000 documents, so that
      // `topics: auto` costs a bounded multiple of one fit on a large corpus.
      let rows = sample ? TopicModel.sampleRows(matrix.rowCount, limit: 4_000) : nil
      let fitted = rows.map { matrix.selectingRows($0) } ?? matrix
      let counts = rows.map { vocabulary.counts.selectingRows($0) } ?? vocabulary.counts
      let model = TopicModel(
        matrix: fitted, topics: topics, method: configuration.method, seed: seed,
        maximumIterations: configuration.max_iterations)
      let tops = (0..<topics).map { Self.displayColumns(model, topic: $0, count: configuration.top_terms, vocabulary) }
      let scores = TopicCoherence.npmi(topics: tops, in: counts).compactMap { $0 }
      return scores.isEmpty ? -1 : scores.reduce(0, +) / Double(scores.count)
    }

    guard nonEmpty > 0 else {
      return Outcome(
        documentIDs: collected.map(\.documentID), assignments: collected.map { _ in nil },
        weights: collected.map { _ in [] }, topics: [], selection: selection, vocabularySize: matrix.columnCount,
        nonZeros: 0, iterations: 0)
    }
    var model = TopicModel(
      matrix: matrix, topics: max(1, selection.chosen), method: configuration.method, seed: seed,
      maximumIterations: configuration.max_iterations)
    model.canonicalizeOrder()
    let sizes = model.sizes
    let topColumns = (0..<model.topicCount).map {
      Self.displayColumns(model, topic: $0, count: configuration.top_terms, vocabulary)
    }
    let coherence = TopicCoherence.npmi(topics: topColumns, in: vocabulary.counts)
    let forms = vocabulary.surfaceForms(ofColumns: Set(topColumns.joined()), documents: documents)

    var weights: [[Double]] = []
    weights.reserveCapacity(matrix.rowCount)
    for row in 0..<matrix.rowCount {
      let values = model.documentTopics.row(row).map(Double.init)
      let total = values.reduce(0, +)
      weights.append(values.map { total > 0 ? Self.rounded($0 / total) : 0 })
    }

    let topics = (0..<model.topicCount).map { topic -> Topic in
      let columns = topColumns[topic]
      let terms = columns.map { forms[$0] ?? vocabulary.term(ofColumn: $0) }
      var members = (0..<matrix.rowCount).filter { model.assignments[$0] == topic }
      members.sort {
        let a = model.documentTopics[$0, topic]
        let b = model.documentTopics[$1, topic]
        return a != b ? a > b : $0 < $1
      }
      return Topic(
        id: topic, label: terms.prefix(3).joined(separator: " · "), size: sizes[topic], terms: terms,
        stems: columns.map { vocabulary.term(ofColumn: $0) },
        weights: columns.map { Self.rounded(Double(model.termTopics[$0, topic])) },
        coherence: coherence[topic].map(Self.rounded),
        representativeDocuments: members.prefix(configuration.representative_documents).map {
          (collected[$0].documentID, Self.rounded(Double(model.documentTopics[$0, topic])))
        })
    }
    return Outcome(
      documentIDs: collected.map(\.documentID), assignments: model.assignments, weights: weights, topics: topics,
      selection: selection, vocabularySize: matrix.columnCount, nonZeros: matrix.nonZeroCount,
      iterations: model.iterations)
  }

  /// A topic's top columns for display: a single term that is part of a phrase of the same
  /// topic gives way to the phrase, so labels do not repeat a word.
  static func displayColumns(_ model: TopicModel, topic: Int, count: Int, _ vocabulary: CorpusVocabulary) -> [Int] {
    var chosen: [Int] = []
    var phraseParts: Set<String> = []
    for column in model.topColumns(topic: topic, count: count * 2) where chosen.count < count {
      let term = vocabulary.term(ofColumn: column)
      let parts = term.split(separator: " ").map(String.init)
      if parts.count == 1, phraseParts.contains(term) { continue }
      if parts.count > 1 {
        phraseParts.formUnion(parts)
        // The phrase takes the place of the first of its words already listed.
        if let first = chosen.firstIndex(where: { parts.contains(vocabulary.term(ofColumn: $0)) }) {
          chosen[first] = column
          chosen = chosen.enumerated().filter { $0.offset <= first || !parts.contains(vocabulary.term(ofColumn: $0.element)) }.map(\.element)
          continue
        }
      }
      chosen.append(column)
    }
    return chosen
  }

  static func rounded(_ value: Double) -> Double {
    (value * 10_000).rounded() / 10_000
  }

  func result(_ outcome: Outcome, documents: [CollectedItem<CollectedTerms>]) -> CorpusResult {
    var annotations: [String: [Annotation]] = [:]
    for (index, item) in documents.enumerated() {
      let topic = outcome.assignments[index]
      var attributes: [String: JSONValue] = [
        "weight": .double(topic.map { outcome.weights[index][$0] } ?? 0),
        "weights": .array(outcome.weights[index].map(JSONValue.double)),
      ]
      if let topic { attributes["topic_label"] = .string(outcome.topics[topic].label) }
      annotations[item.documentID] = [
        Annotation(
          start: 0, end: item.value.length, text: "", label: Self.label, value: topic.map(String.init),
          attributes: attributes)
      ]
    }
    var records = outcome.topics.map { topic in
      CorpusRecord(
        kind: "topic", key: String(topic.id),
        value: .object([
          "id": .int(topic.id),
          "label": .string(topic.label),
          "size": .int(topic.size),
          "terms": .array(topic.terms.map(JSONValue.string)),
          "stems": .array(topic.stems.map(JSONValue.string)),
          "weights": .array(topic.weights.map(JSONValue.double)),
          "coherence": topic.coherence.map(JSONValue.double) ?? .null,
          "representative_documents": .array(
            topic.representativeDocuments.map { document in
              var object: [String: JSONValue] = ["id": .string(document.id), "weight": .double(document.weight)]
              let title = documents.first { $0.documentID == document.id }?.value.title
              if let title { object["title"] = .string(title) }
              return .object(object)
            }),
        ]))
    }
    let coherences = outcome.topics.compactMap(\.coherence)
    records.append(
      CorpusRecord(
        kind: "topic-model", key: "summary",
        value: .object([
          "method": .string(configuration.method.rawValue),
          "topics": .int(outcome.topics.count),
          "requested": .string(configuration.topics.description),
          "chosen_by": .string(outcome.selection.reason),
          "candidates": .array(
            outcome.selection.candidates.map {
              .object(["topics": .int($0.topics), "coherence": .double(Self.rounded($0.coherence))])
            }),
          "mean_coherence": coherences.isEmpty ? .null : .double(Self.rounded(coherences.reduce(0, +) / Double(coherences.count))),
          "documents": .int(documents.count),
          "documents_without_terms": .int(outcome.assignments.filter { $0 == nil }.count),
          "vocabulary": .int(outcome.vocabularySize),
          "non_zeros": .int(outcome.nonZeros),
          "iterations": .int(outcome.iterations),
          "seed": .int(configuration.seed),
        ])))
    return CorpusResult(annotations: annotations, records: records)
  }
}
