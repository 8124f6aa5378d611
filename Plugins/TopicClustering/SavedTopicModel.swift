import Foundation
import WorkbenchCore

/// A topic model fitted once and saved to a file, so that documents can be given a topic
/// later, one at a time (`topic-assignment`), on one machine or on the executors of a
/// cluster, without refitting.
///
/// Fitting runs the same reduce as the `topic-clustering` stage, so the documents it was
/// fitted on keep exactly the annotation a `workbench run` gives them (stored by document id
/// and a digest of what was collected from the document). Any other document is placed by
/// projection: its TF-IDF vector (with the fit's document frequencies) against each topic's
/// centroid, the mean of its documents' vectors; the nearest topic by cosine wins, and
/// `weights` are the cosines.
public struct SavedTopicModel: Codable, Sendable, Hashable {
  /// Names the file's kind, so that another JSON file given as a model is refused clearly.
  public static let format = "workbench-topic-model"
  public static let formatVersion = 1
  /// Centroids keep their strongest terms only: the file stays small, and the weakest terms
  /// of a centroid barely move a cosine.
  static let centroidTerms = 2_000

  public struct Topic: Codable, Sendable, Hashable {
    public var id: Int
    public var label: String
    /// The centroid: term to weight (unit length over all its terms before truncation).
    public var centroid: [String: Double]
  }

  /// A document of the fit: the digest of what was collected from it, and its annotation.
  public struct FittedDocument: Codable, Sendable, Hashable {
    public var digest: String
    public var annotation: JSONValue
  }

  public var format: String
  public var version: Int
  public var configuration: TopicClusteringConfiguration
  public var documents: Int
  public var topics: [Topic]
  /// Inverse document frequency of each term of the projection vocabulary.
  public var idf: [String: Double]
  public var fitted: [String: FittedDocument]

  /// Fits a model on `collected` with `configuration` (the reduce of `topic-clustering`).
  public static func fit(
    _ collected: [CollectedItem<CollectedTerms>], configuration: TopicClusteringConfiguration, concurrency: Int = 1
  ) -> SavedTopicModel {
    let sorted = collected.sorted { $0.documentID.utf8.lexicographicallyPrecedes($1.documentID.utf8) }
    let result = TopicReducer(configuration: configuration, concurrency: concurrency).reduce(sorted)
    let labels = Dictionary(
      result.records.filter { $0.kind == "topic" }.compactMap { record -> (Int, String)? in
        guard let id = Int(record.key), let label = record.value.objectValue?["label"]?.stringValue else { return nil }
        return (id, label)
      }, uniquingKeysWith: { first, _ in first })
    let idf = inverseDocumentFrequencies(sorted.map(\.value), configuration: configuration)
    var sums: [Int: [String: Double]] = [:]
    var fitted: [String: FittedDocument] = [:]
    for item in sorted {
      guard let annotation = result.annotations[item.documentID]?.first else { continue }
      fitted[item.documentID] = FittedDocument(digest: digest(item.value), annotation: .object(annotation.jsonObject()))
      guard let topic = annotation.value.flatMap(Int.init) else { continue }
      for (term, weight) in vector(item.value, idf: idf) { sums[topic, default: [:]][term, default: 0] += weight }
    }
    let topics = labels.keys.sorted().map { id in
      Topic(id: id, label: labels[id] ?? "", centroid: truncated(normalized(sums[id] ?? [:])))
    }
    return SavedTopicModel(
      format: format, version: formatVersion, configuration: configuration, documents: sorted.count,
      topics: topics, idf: idf, fitted: fitted)
  }

  /// The TOPIC annotation of a document: the fit's own for a document it was fitted on
  /// (same id, same collected terms), else the nearest topic's.
  public func assign(_ collected: CollectedTerms, documentID: String) -> Annotation {
    if let known = fitted[documentID], known.digest == Self.digest(collected),
      let object = known.annotation.objectValue, let annotation = Annotation(jsonObject: object)
    {
      return annotation
    }
    func outlier(_ reason: TopicReducer.OutlierReason) -> Annotation {
      Annotation(
        start: 0, end: collected.length, text: "", label: TopicReducer.label, value: TopicReducer.outlierValue,
        attributes: ["reason": .string(reason.rawValue)])
    }
    let contentWords = collected.entries.filter { !$0.term.hasPrefix("~") && !$0.term.contains(" ") }
      .reduce(0) { $0 + $1.count }
    if contentWords < configuration.min_words { return outlier(.tooShort) }
    let weights = Self.vector(collected, idf: idf)
    let scores = topics.map { topic in
      TopicReducer.rounded(weights.reduce(0) { $0 + $1.value * (topic.centroid[$1.key] ?? 0) })
    }
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else {
      return outlier(.noTermsAfterFiltering)
    }
    return Annotation(
      start: 0, end: collected.length, text: "", label: TopicReducer.label, value: String(topics[best].id),
      attributes: [
        "weight": .double(scores[best]), "weights": .array(scores.map(JSONValue.double)),
        "topic_label": .string(topics[best].label),
      ])
  }

  /// Reads a model file, refusing files of another kind or version.
  public static func decode(_ data: Data) throws -> SavedTopicModel {
    var model: SavedTopicModel
    do {
      model = try JSONDecoder().decode(SavedTopicModel.self, from: data)
    } catch {
      throw ConfigurationError.invalid(field: "model", message: "not a topic model file (\(error))")
    }
    guard model.format == format, model.version == formatVersion else {
      throw ConfigurationError.invalid(
        field: "model",
        message: "a \(model.format) file of version \(model.version); this build reads \(format) \(formatVersion)")
    }
    for (id, document) in model.fitted {
      model.fitted[id]?.annotation = restoringWeights(document.annotation)
    }
    return model
  }

  /// The file's bytes: JSON with sorted keys, so equal models are equal files.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(self)
  }

  /// The annotation with `weight` and `weights` as doubles again: JSON writes 1.0 as `1`,
  /// which reads back as an integer, and the run's annotation has a double there.
  static func restoringWeights(_ annotation: JSONValue) -> JSONValue {
    guard var object = annotation.objectValue else { return annotation }
    func double(_ value: JSONValue) -> JSONValue {
      if case .int(let number) = value { return .double(Double(number)) }
      return value
    }
    if let weight = object["weight"] { object["weight"] = double(weight) }
    if let weights = object["weights"]?.arrayValue { object["weights"] = .array(weights.map(double)) }
    return .object(object)
  }

  // MARK: - Vectors

  /// Smoothed IDF, `ln((1 + n) / (1 + df)) + 1`, of the terms the fit's vocabulary rules keep
  /// (`min_df`, `max_df` on three documents or more, at most `max_features` by frequency).
  static func inverseDocumentFrequencies(
    _ documents: [CollectedTerms], configuration: TopicClusteringConfiguration
  ) -> [String: Double] {
    var frequencies: [String: Int] = [:]
    for document in documents {
      for entry in document.entries { frequencies[entry.term, default: 0] += 1 }
    }
    let count = documents.count
    let kept = frequencies.filter { term, frequency in
      frequency >= configuration.min_df && (count < 3 || Double(frequency) <= configuration.max_df * Double(count))
    }
    .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    .prefix(configuration.max_features)
    return Dictionary(
      uniqueKeysWithValues: kept.map { ($0.key, log(Double(1 + count) / Double(1 + $0.value)) + 1) })
  }

  /// A document's TF-IDF vector over the vocabulary, of unit length.
  static func vector(_ document: CollectedTerms, idf: [String: Double]) -> [String: Double] {
    var weights: [String: Double] = [:]
    for entry in document.entries {
      if let weight = idf[entry.term] { weights[entry.term, default: 0] += Double(entry.count) * weight }
    }
    return normalized(weights)
  }

  static func normalized(_ weights: [String: Double]) -> [String: Double] {
    let length = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return length > 0 ? weights.mapValues { $0 / length } : weights
  }

  static func truncated(_ weights: [String: Double]) -> [String: Double] {
    guard weights.count > centroidTerms else { return weights }
    let kept = weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(centroidTerms)
    return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
  }

  /// A stable digest (64-bit FNV-1a, hex) of what was collected from a document: equal only
  /// when the length, title and terms are.
  static func digest(_ collected: CollectedTerms) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in "\(collected.length)\u{1}\(collected.title ?? "")\u{1}\(collected.terms)".utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
