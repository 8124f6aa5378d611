import Foundation
import WorkbenchCore

/// A topic model fitted once and saved to a file, so that documents can be given a topic
/// later, one at a time (`topic-assignment`), on one machine or on the executors of a
/// cluster, without refitting.
///
/// Fitting runs the same reduce as the `topic-clustering` stage, so the documents it was
/// fitted on keep exactly the annotation a `workbench run` gives them (stored by document id
/// and a digest of what was collected from the document). Any other document is placed with
/// the fit's own state (`TopicReducer.FittedState`): weighed as the corpus was and compared
/// with each topic's centroid (`FittedState.similarities`); the most similar topic wins, and
/// `weights` are those similarities: cosines without `lsa_dimensions`, with it products in the
/// centred latent semantic placement, which can be negative.
public struct SavedTopicModel: Codable, Sendable, Hashable {
  /// Names the file's kind, so that another JSON file given as a model is refused clearly.
  public static let format = "workbench-topic-model"
  /// 3: per-topic offsets beside the centroids (the centred latent semantic placement of
  /// `topic-clustering` version 11), so that a build which ignores them cannot read the
  /// file; 2: the fit's own vocabulary, column weights and refined centroids (1 had a
  /// projection vocabulary of its own).
  public static let formatVersion = 3
  /// The versions this build reads: a version 2 file has no offsets and is placed as it
  /// was fitted, uncentred.
  public static let readableVersions = 2...formatVersion

  /// A document of the fit: the digest of what was collected from it, and its annotation.
  public struct FittedDocument: Codable, Sendable, Hashable {
    public var digest: String
    public var annotation: JSONValue
  }

  public var format: String
  public var version: Int
  public var configuration: TopicClusteringConfiguration
  public var documents: Int
  /// The fitted vocabulary, column weights, centroids and labels; nil when no document of
  /// the fit had terms (every new document is then an outlier).
  public var state: TopicReducer.FittedState?
  public var fitted: [String: FittedDocument]
  /// Each vocabulary term's column, derived from `state` (not saved).
  var columns: [String: Int] = [:]

  enum CodingKeys: String, CodingKey {
    case format, version, configuration, documents, state, fitted
  }

  /// The number of topics of the fit.
  public var topicCount: Int { state?.centroids.count ?? 0 }

  init(
    configuration: TopicClusteringConfiguration, documents: Int, state: TopicReducer.FittedState?,
    fitted: [String: FittedDocument]
  ) {
    self.format = Self.format
    self.version = Self.formatVersion
    self.configuration = configuration
    self.documents = documents
    self.state = state
    self.fitted = fitted
    indexColumns()
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decode(String.self, forKey: .format)
    version = try container.decode(Int.self, forKey: .version)
    configuration = try container.decode(TopicClusteringConfiguration.self, forKey: .configuration)
    documents = try container.decode(Int.self, forKey: .documents)
    state = try container.decodeIfPresent(TopicReducer.FittedState.self, forKey: .state)
    fitted = try container.decode([String: FittedDocument].self, forKey: .fitted)
    indexColumns()
  }

  private mutating func indexColumns() {
    columns = Dictionary(
      (state?.terms ?? []).enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
  }

  /// Fits a model on `collected` with `configuration` (the reduce of `topic-clustering`).
  public static func fit(
    _ collected: [CollectedItem<CollectedTerms>], configuration: TopicClusteringConfiguration, concurrency: Int = 1
  ) -> SavedTopicModel {
    let sorted = collected.sorted { $0.documentID.utf8.lexicographicallyPrecedes($1.documentID.utf8) }
    let reducer = TopicReducer(configuration: configuration, concurrency: concurrency)
    let outcome = reducer.analyze(sorted)
    let result = reducer.result(outcome, documents: sorted)
    var fitted: [String: FittedDocument] = [:]
    for item in sorted {
      guard let annotation = result.annotations[item.documentID]?.first else { continue }
      fitted[item.documentID] = FittedDocument(digest: digest(item.value), annotation: .object(annotation.jsonObject()))
    }
    return SavedTopicModel(configuration: configuration, documents: sorted.count, state: outcome.fitted, fitted: fitted)
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
    if contentWords < configuration.minWords { return outlier(.tooShort) }
    let counts = collected.entries.compactMap { entry in
      columns[entry.term].map { (column: $0, count: Float(entry.count)) }
    }.filter { $0.count > 0 }
    guard let state, !counts.isEmpty else { return outlier(.noTermsAfterFiltering) }
    // A document with terms gets its most similar topic, as every fitted document with terms
    // does, even when no similarity is positive: centred, a story unlike the corpus's mean in
    // every topic's direction is still nearest one of them, and "no terms" would be false.
    let scores = state.similarities(counts: counts).map { TopicReducer.rounded(Double($0)) }
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else {
      return outlier(.noTermsAfterFiltering)
    }
    return Annotation(
      start: 0, end: collected.length, text: "", label: TopicReducer.label, value: String(best),
      attributes: [
        "weight": .double(scores[best]), "weights": .array(scores.map(JSONValue.double)),
        "topic_label": .string(state.labels[best]),
      ])
  }

  /// Reads a model file, refusing files of another kind, and of a version this build does
  /// not read (a newer one names the build it needs).
  public static func decode(_ data: Data) throws -> SavedTopicModel {
    struct Header: Decodable {
      var format: String
      var version: Int
    }
    var model: SavedTopicModel
    do {
      let header = try JSONDecoder().decode(Header.self, from: data)
      guard header.format == format, readableVersions.contains(header.version) else {
        let newer = header.format == format && header.version > formatVersion
        throw ConfigurationError.invalid(
          field: "model",
          message: "a \(header.format) file of version \(header.version); this build reads \(format) "
            + "\(readableVersions.lowerBound)–\(formatVersion)"
            + (newer ? " (the model was saved by a newer Workbench: update it, or train the model again)" : ""))
      }
      model = try JSONDecoder().decode(SavedTopicModel.self, from: data)
    } catch let error as ConfigurationError {
      throw error
    } catch {
      throw ConfigurationError.invalid(field: "model", message: "not a topic model file (\(error))")
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
