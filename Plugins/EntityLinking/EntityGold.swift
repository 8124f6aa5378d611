import Foundation
import WorkbenchCore

/// A gold document for evaluating entity linking: a text and the mentions it should yield.
///
/// JSON Lines, one document per line:
/// `{"id": "d1", "text": "...", "mentions": [{"start": 4, "end": 9, "type": "PERSON", "id": "Q7747"}]}`
/// with scalar offsets (end exclusive); `id` is the expected knowledge-base id, or null (or
/// omitted) for a name that is not in the knowledge base. `ids` may list the ids the document
/// should be linked to; by default they are those of the mentions.
public struct EntityGoldDocument: Sendable, Hashable {
  public struct Mention: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var type: String
    public var id: String?
  }

  public var id: String
  public var text: String
  public var mentions: [Mention]
  public var ids: Set<String>

  /// Reads the JSON Lines gold format.
  public static func readJSONLines(_ url: URL) throws -> [EntityGoldDocument] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var documents: [EntityGoldDocument] = []
    for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any],
        let body = object["text"] as? String
      else { throw KnowledgeBaseError.invalidLine(number + 1, "a gold line must be a JSON object with a \"text\"") }
      var mentions: [Mention] = []
      for case let mention as [String: Any] in object["mentions"] as? [Any] ?? [] {
        guard let start = mention["start"] as? Int, let end = mention["end"] as? Int, start < end,
          let type = mention["type"] as? String
        else { throw KnowledgeBaseError.invalidLine(number + 1, "a mention needs start < end and a type") }
        mentions.append(Mention(start: start, end: end, type: type, id: mention["id"] as? String))
      }
      let ids = (object["ids"] as? [String]).map(Set.init) ?? Set(mentions.compactMap(\.id))
      documents.append(
        EntityGoldDocument(
          id: object["id"] as? String ?? "line \(number + 1)", text: body, mentions: mentions, ids: ids))
    }
    return documents
  }

  /// The documents in the JSON Lines gold format `readJSONLines` reads.
  public static func jsonLines(_ documents: [EntityGoldDocument]) -> Data {
    var lines = ""
    for document in documents {
      let mentions: [JSONValue] = document.mentions.map { mention in
        var object: [String: JSONValue] = [
          "start": .int(mention.start), "end": .int(mention.end), "type": .string(mention.type),
        ]
        if let id = mention.id { object["id"] = .string(id) }
        return .object(object)
      }
      let line: JSONValue = .object([
        "id": .string(document.id), "text": .string(document.text), "mentions": .array(mentions),
      ])
      lines += line.canonicalJSON + "\n"
    }
    return Data(lines.utf8)
  }
}
