import Foundation
import WorkbenchCore

/// A JSON Lines corpus with a gold label per document (`id`, `label`, `text`, optional
/// `title`), as `workbench evaluate --stage topic-clustering --gold FILE` reads it.
public struct LabelledCorpus: Sendable {
  public var documents: [Document]
  /// Gold labels, parallel to `documents`; nil where a line has no label.
  public var labels: [String?]

  /// An empty corpus.
  public init() {
    documents = []
    labels = []
  }

  public enum ReadError: Error, CustomStringConvertible {
    case invalidLine(Int, String)

    public var description: String {
      switch self {
      case .invalidLine(let line, let reason): return "line \(line): \(reason)"
      }
    }
  }

  /// Reads the file. A document's text is its title and text joined by a blank line (the
  /// title is part of what a reader sees); a line without `id` or `text` is an error.
  public init(contentsOf url: URL) throws {
    let data = try Data(contentsOf: url)
    var documents: [Document] = []
    var labels: [String?] = []
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
      let object: [String: JSONValue]
      do {
        guard let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(line)).objectValue else {
          throw ReadError.invalidLine(lineNumber, "not a JSON object")
        }
        object = decoded
      } catch let error as ReadError {
        throw error
      } catch {
        throw ReadError.invalidLine(lineNumber, "invalid JSON")
      }
      guard let id = object["id"]?.stringValue ?? object["id"]?.intValue.map(String.init),
        let text = object["text"]?.stringValue
      else { throw ReadError.invalidLine(lineNumber, "needs \"id\" and \"text\"") }
      let title = object["title"]?.stringValue
      let body = title.map { $0.isEmpty ? text : $0 + "\n\n" + text } ?? text
      documents.append(
        Document(
          id: id, text: body,
          metadata: DocumentMetadata(
            date: object["date"]?.stringValue ?? object["time"]?.stringValue, title: title,
            source: object["source"]?.stringValue, url: object["url"]?.stringValue,
            language: object["language"]?.stringValue)))
      labels.append(object["label"]?.stringValue)
    }
    self.documents = documents
    self.labels = labels
  }
}
