import WorkbenchCore

/// The largest document a run analyses. Stages hold a document several times over (its
/// text, its scalars, tokens, per-stage arrays): a 200 MB one-line document took 3.4 GB, so
/// past this size a document fails alone, saying why, instead of exhausting memory.
public enum DocumentSizeLimit {
  /// 16 MiB of UTF-8: some thousand times a long news article.
  public static let bytes = 16 << 20

  /// The failure for a document of `bytes` bytes, or nil when it is within the limit.
  static func failure(bytes count: Int, id: String, location: SourceLocation) -> DocumentFailure? {
    guard count > bytes else { return nil }
    return DocumentFailure(
      id: id,
      message:
        "the document is \(count >> 20) MB; documents over \(bytes >> 20) MB are not analysed (split it into smaller documents)",
      location: location)
  }
}
