import Foundation

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
}

/// Reads the WikiFANE gold corpus (Alotaibi & Lee 2014): one token per line with a BIO tag over
/// 51 fine types, blank lines between sentences, text normalized and clitic-segmented.
///
/// Tokens are joined with single spaces into sentences, and `sentencesPerDocument` sentences
/// make one document (the corpus does not mark article boundaries). Fine types map to
/// PERSON, LOCATION and ORGANIZATION (`typeMap`); the rest (groups such as nationalities,
/// facilities, products, vehicles, weapons, celestial bodies) are kept as `OTHER`, which the
/// evaluation neither rewards nor penalizes.
public enum WikiFANEReader {
  public static let typeMap: [String: String] = {
    var map: [String: String] = [:]
    for type in [
      "Politician", "Artist", "Scientist", "Religious_PER", "Other_PER", "Athlete", "Businessperson",
      "Engineer", "Police", "Lawyer",
    ] { map[type] = "PERSON" }
    for type in [
      "Population-Center", "Nation", "State-or-Province", "County-or-District", "Continent", "GPE-Cluster",
      "Water-Body", "Land-Region-Natural",
    ] { map[type] = "LOCATION" }
    for type in [
      "Government", "Commercial", "Non-Governmental", "Educational", "Media", "Sports", "Religious_ORG",
      "Entertainment", "Medical-Science",
    ] { map[type] = "ORGANIZATION" }
    return map
  }()

  /// Whether the file looks like WikiFANE: its first non-empty line is `token<TAB>tag`.
  public static func looksLikeWikiFANE(_ url: URL) -> Bool {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
    defer { try? handle.close() }
    let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
    guard let line = head.split(whereSeparator: \.isNewline).first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    else { return false }
    let fields = line.split(separator: "\t")
    guard fields.count == 2 else { return false }
    let tag = fields[1].trimmingCharacters(in: .whitespacesAndNewlines)
    return tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-")
  }

  public static func read(_ url: URL, sentencesPerDocument: Int = 20) throws -> [EntityGoldDocument] {
    let content = try String(contentsOf: url, encoding: .utf8)
    var documents: [EntityGoldDocument] = []
    var text = String.UnicodeScalarView()
    var offset = 0
    var mentions: [EntityGoldDocument.Mention] = []
    var open: (start: Int, end: Int, type: String)?
    var sentences = 0

    func closeMention() {
      if let current = open {
        mentions.append(.init(start: current.start, end: current.end, type: current.type, id: nil))
      }
      open = nil
    }
    func closeDocument() {
      closeMention()
      if !text.isEmpty {
        documents.append(
          EntityGoldDocument(
            id: "wikifane-\(documents.count + 1)", text: String(text), mentions: mentions, ids: []))
      }
      text = String.UnicodeScalarView()
      offset = 0
      mentions = []
      sentences = 0
    }

    // Split on newlines whatever their kind: "\r\n" is one Character in Swift.
    for line in content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let token = fields.first.map { $0.unicodeScalars.filter { !($0.value == 0xFEFF || (0x200E...0x200F).contains($0.value)) } }
      guard fields.count >= 2, let token, !token.isEmpty else {
        closeMention()
        sentences += 1
        if sentences >= sentencesPerDocument { closeDocument() } else if !text.isEmpty {
          text.append("\n")
          offset += 1
        }
        continue
      }
      let tag = fields[fields.count - 1].trimmingCharacters(in: .whitespacesAndNewlines)
      if !text.isEmpty && text.last != "\n" {
        text.append(" ")
        offset += 1
      }
      let start = offset
      text.append(contentsOf: token)
      offset += token.count
      if tag.hasPrefix("I-"), let current = open, current.type == mapped(String(tag.dropFirst(2))) {
        open?.end = offset
      } else {
        closeMention()
        if tag.hasPrefix("B-") || tag.hasPrefix("I-") {
          open = (start, offset, mapped(String(tag.dropFirst(2))))
        }
      }
    }
    closeDocument()
    return documents
  }

  private static func mapped(_ fineType: String) -> String { typeMap[fineType] ?? "OTHER" }
}
