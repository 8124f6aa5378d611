import Foundation
import WorkbenchCore

/// What a result is the result of.
public enum ResultKind: String, Sendable, Codable {
  /// A per-document stage's annotations of one document text.
  case document
  /// A corpus stage's collected value for one document text (in `payload`).
  case collect
  /// A corpus stage's reduce over the whole corpus.
  case reduce
}

/// A computed result to store under its cache key.
public struct StoredResult: Sendable {
  public var key: String
  public var kind: ResultKind
  public var plugin: String
  public var version: Int
  public var configuration: String
  /// Checksums of the data the stage loaded, as canonical JSON.
  public var dataChecksums: String
  public var contentHash: String?
  public var upstreamKeys: [String]
  /// A corpus stage's collected value (JSON bytes).
  public var payload: Data?
  /// Annotations of a document result.
  public var annotations: [Annotation]
  /// Per-document annotations of a reduce, by document id.
  public var documentAnnotations: [String: [Annotation]]
  /// Corpus-level records of a reduce.
  public var records: [CorpusRecord]

  public init(
    key: String, kind: ResultKind, plugin: String, version: Int, configuration: String,
    dataChecksums: String, contentHash: String?, upstreamKeys: [String], payload: Data? = nil,
    annotations: [Annotation] = [], documentAnnotations: [String: [Annotation]] = [:],
    records: [CorpusRecord] = []
  ) {
    self.key = key
    self.kind = kind
    self.plugin = plugin
    self.version = version
    self.configuration = configuration
    self.dataChecksums = dataChecksums
    self.contentHash = contentHash
    self.upstreamKeys = upstreamKeys
    self.payload = payload
    self.annotations = annotations
    self.documentAnnotations = documentAnnotations
    self.records = records
  }
}

/// A document of a run: where it came from and what its text hashes to.
public struct StoredDocument: Sendable {
  public var id: String
  public var contentHash: String
  public var source: String
  /// The metadata as canonical JSON, as stored.
  public var metadataJSON: String
  /// The text, stored once per content hash.
  public var text: String
  /// Every stage of the run stored a result for it (set once the stages have run).
  public var complete = false

  public init(id: String, contentHash: String, source: String, metadata: DocumentMetadata, text: String) {
    self.init(id: id, contentHash: contentHash, source: source, metadataJSON: metadata.canonicalJSON, text: text)
  }

  public init(id: String, contentHash: String, source: String, metadataJSON: String, text: String) {
    self.id = id
    self.contentHash = contentHash
    self.source = source
    self.metadataJSON = metadataJSON
    self.text = text
  }
}

/// Which result a stage used for a document in a run.
public struct ResultLink: Sendable, Hashable {
  public var stageID: String
  /// The document id, or "" for a corpus stage's reduce.
  public var documentID: String
  public var resultKey: String
  /// The result's row id when the caller knows it (a cached result it looked up); nil for a
  /// result written in the same batch, whose id the write assigns.
  public var resultID: Int64?
  public var computed: Bool

  public init(stageID: String, documentID: String, resultKey: String, resultID: Int64? = nil, computed: Bool) {
    self.stageID = stageID
    self.documentID = documentID
    self.resultKey = resultKey
    self.resultID = resultID
    self.computed = computed
  }
}

/// A document that a stage (or the reader, stage "read") could not process.
public struct StoredFailure: Sendable, Hashable, Codable {
  public var stageID: String
  public var documentID: String
  public var message: String

  public init(stageID: String, documentID: String, message: String) {
    self.stageID = stageID
    self.documentID = documentID
    self.message = message
  }
}

/// Everything one transaction writes.
public struct WriteBatch: Sendable {
  public var documents: [StoredDocument] = []
  public var results: [StoredResult] = []
  public var links: [ResultLink] = []
  public var failures: [StoredFailure] = []
  /// Documents whose record (document row and every stage's link) is copied from an earlier
  /// run, `copiedFrom`, with the stages `copiedStages` (see `PreviousRun`).
  public var copiedDocuments: [String] = []
  public var copiedFrom: Int64?
  public var copiedStages: [String] = []

  public init() {}

  public var isEmpty: Bool {
    documents.isEmpty && results.isEmpty && links.isEmpty && failures.isEmpty && copiedDocuments.isEmpty
  }
}
