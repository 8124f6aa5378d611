import Testing
import WorkbenchCore

@Suite struct DocumentMetadataTests {
  /// The metadata as the JSONValue object it stands for: what `canonicalJSON` must equal.
  static func object(_ metadata: DocumentMetadata) -> JSONValue {
    var object: [String: JSONValue] = [:]
    if let date = metadata.date { object["date"] = .string(date) }
    if let title = metadata.title { object["title"] = .string(title) }
    if let source = metadata.source { object["source"] = .string(source) }
    if let url = metadata.url { object["url"] = .string(url) }
    if let language = metadata.language { object["language"] = .string(language) }
    if !metadata.extra.isEmpty { object["extra"] = .object(metadata.extra.mapValues(JSONValue.string)) }
    return .object(object)
  }

  @Test(arguments: [
    DocumentMetadata(),
    DocumentMetadata(date: "2026-01-28"),
    DocumentMetadata(language: "ar"),
    DocumentMetadata(
      date: "2025-10-16", title: "هذا الخبر بعنوان \"الشرع\" نشر", source: "SANA", url: "https://example.org/a?b=1",
      language: "ar", extra: ["section": "economy", "rank": "2"]),
    DocumentMetadata(title: "line\nbreak\ttab \\ back\u{2028}sep", extra: ["z": "1", "a": "\u{1}"]),
  ])
  func canonicalJSONIsTheSortedObject(metadata: DocumentMetadata) throws {
    #expect(metadata.canonicalJSON == Self.object(metadata).canonicalJSON)
    #expect(try JSONValue.parse(metadata.canonicalJSON) == Self.object(metadata))
    #expect(metadata.isEmpty == (metadata.canonicalJSON == "{}"))
  }

  @Test(arguments: [
    ("plain", "\"plain\""),
    ("النفط والغاز", "\"النفط والغاز\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("a\\b", "\"a\\\\b\""),
    ("tab\there", "\"tab\\there\""),
    ("\u{1}", "\"\\u0001\""),
    ("…\u{2028}", "\"…\\u2028\""),
  ])
  func stringsAreQuotedAsJSONRequires(string: String, expected: String) {
    var out = ""
    JSONValue.writeQuoted(string, to: &out)
    #expect(out == expected)
  }
}
