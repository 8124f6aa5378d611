import WorkbenchCore

/// One item a corpus reader yields: a document, or a document that could not be read.
public enum CorpusItem: Sendable {
  /// A document and where it came from (a file path, or `file.jsonl:12`).
  case document(Document, source: String)
  /// A document that could not be read; it fails alone and the run goes on.
  case failure(documentID: String, source: String, message: String)
}
