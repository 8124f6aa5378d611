import WorkbenchCore

/// A document that could not be read: it fails alone, and the rest of the corpus is read.
public struct DocumentFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// The document's id, or `file.jsonl:12` for a JSON Lines record whose id is unknown.
  public var id: String
  /// What is wrong (`not valid UTF-8 at byte offset 17`).
  public var message: String
  /// Where: the file, and the line and column of the problem (1:1 when it concerns the
  /// whole file).
  public var location: SourceLocation

  public init(id: String, message: String, location: SourceLocation) {
    self.id = id
    self.message = message
    self.location = location
  }

  /// `file:line:column: error: message`.
  public var description: String { "\(location): error: \(message)" }

  /// The failure as a diagnostic.
  public var diagnostic: Diagnostic { Diagnostic(.error, message, at: location) }
}

/// One item read from a corpus: a document, or a document that could not be read.
public enum CorpusEntry: Sendable {
  /// A document and where it came from: a file's display path, or `file.jsonl:12`.
  case document(Document, source: String)
  case failure(DocumentFailure)
}
