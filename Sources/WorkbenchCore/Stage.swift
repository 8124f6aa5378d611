import Foundation

/// An analysis stage: a typed configuration, a descriptor, and a way to be built once per run.
///
/// Conform to `DocumentStage` or `CorpusStage`, not to this protocol directly. A stage value is
/// shared by concurrent tasks, so it must be immutable after `init` (hence `Sendable`). Load
/// data files in `init` through the context, which records their checksums for the cache key.
public protocol Stage: Sendable {
  associatedtype Configuration: StageConfiguration = NoConfiguration
  /// The stage's names, version and declared inputs and outputs.
  static var descriptor: StageDescriptor { get }
  /// Builds the stage for one run; throw if its data cannot be loaded.
  init(configuration: Configuration, context: StageContext) throws
}

/// A stage that annotates one document at a time: pure and thread-safe.
public protocol DocumentStage: Stage {
  /// The annotations of one document. `inputs` holds the annotations of the stages this one
  /// requires or uses. Throwing fails this document only.
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation]
}

/// A stage over the whole corpus, in two steps, like SwiftLint's `CollectingRule`: `collect`
/// per document (cached per document, so adding a document costs only its share), then one
/// `reduce` over everything collected.
public protocol CorpusStage: Stage {
  /// What `collect` keeps of a document; it is stored as JSON in the cache.
  associatedtype Collected: Codable & Sendable
  func collect(_ document: Document, inputs: StageInputs) throws -> Collected
  /// Combines the collected values, given in document-id order, into per-document annotations
  /// and corpus-level records.
  func reduce(_ collected: [CollectedItem<Collected>]) throws -> CorpusResult
}

/// One document's collected value, as `CorpusStage.reduce` receives it.
public struct CollectedItem<Value: Sendable>: Sendable {
  public var documentID: String
  public var value: Value

  public init(documentID: String, value: Value) {
    self.documentID = documentID
    self.value = value
  }
}

/// What a corpus stage's reduce produces.
public struct CorpusResult: Sendable, Hashable {
  /// Annotations by document id.
  public var annotations: [String: [Annotation]]
  /// Corpus-level results (a topic with its terms and size), stored with the run.
  public var records: [CorpusRecord]

  public init(annotations: [String: [Annotation]] = [:], records: [CorpusRecord] = []) {
    self.annotations = annotations
    self.records = records
  }
}

/// A corpus-level result: a kind (`topic`), a key unique within the kind (`0`), and a value.
public struct CorpusRecord: Sendable, Hashable, Codable {
  public var kind: String
  public var key: String
  public var value: JSONValue

  public init(kind: String, key: String, value: JSONValue) {
    self.kind = kind
    self.key = key
    self.value = value
  }
}
