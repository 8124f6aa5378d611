import Foundation

/// What an earlier run with the same stages and configurations recorded about a batch of
/// documents (`WorkbenchStore.previousRecords`), so that a new run can
/// take over its record for every document that has not changed instead of recomputing the
/// cache keys, looking each one up and writing each link on its own.
///
/// A document qualifies when the earlier run linked a result for every stage of it and its
/// text hash, metadata and source are the same: its keys, and so its results, are then the
/// same too. The copy happens in SQL (`WriteBatch.copiedDocuments`).
public struct PreviousRun: Sendable {
  /// A document as the earlier run recorded it.
  public struct Document: Sendable, Hashable {
    public var contentHash: String
    public var metadataJSON: String
    public var source: String
    /// How many stages linked a result for it.
    public var linkedStages: Int
  }

  public var runID: Int64
  public var documents: [String: Document]
  /// The keys of the corpus stages' collected results, by stage id, then document id: a
  /// reduce's key is made of them.
  public var collectKeys: [String: [String: String]]

  /// The earlier run's record of `id` when it can be reused for a document with this hash,
  /// metadata and source, under a plan of `stageCount` stages.
  public func reusable(
    _ id: String, contentHash: String, metadataJSON: String, source: String, stageCount: Int
  ) -> Bool {
    guard let document = documents[id] else { return false }
    return document.linkedStages == stageCount && document.contentHash == contentHash
      && document.metadataJSON == metadataJSON && document.source == source
  }
}
