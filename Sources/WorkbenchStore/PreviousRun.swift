import Foundation

/// What an earlier run with the same stages and configurations recorded about a batch of
/// documents (`WorkbenchStore.previousRecords`), so that a new run can
/// take over its record for every document that has not changed instead of recomputing the
/// cache keys, looking each one up and writing each link on its own.
///
/// A document qualifies when the earlier run stored a result of every stage for it and its
/// text hash, metadata and source are the same: its keys, and so its results, are then the
/// same too. The copy happens in SQL (`WriteBatch.copiedDocuments`).
public struct PreviousRun: Sendable {
  /// A document as the earlier run recorded it.
  public struct Document: Sendable, Hashable {
    public var contentHash: String
    public var metadataJSON: String
    public var source: String
    /// Every stage of that run stored a result for it.
    public var complete: Bool
  }

  public var runID: Int64
  public var documents: [String: Document]
  /// The keys of the corpus stages' collected results, by stage id, then document id: a
  /// reduce's key is made of them.
  public var collectKeys: [String: [String: String]]

  /// Whether the earlier run's record of `id` can be reused for a document with this hash,
  /// metadata and source.
  public func reusable(_ id: String, contentHash: String, metadataJSON: String, source: String) -> Bool {
    guard let document = documents[id] else { return false }
    return document.complete && document.contentHash == contentHash
      && document.metadataJSON == metadataJSON && document.source == source
  }
}

/// An earlier run as a new run with the same plan digest sees it.
public struct RunRecord: Sendable, Hashable {
  public var runID: Int64
  /// The run whose rows hold its record (itself unless it reused another).
  public var recordRunID: Int64
  public var status: String
  /// The digests of the batches of documents it read, in order; empty when it did not finish.
  public var corpusDigest: [String]
}
