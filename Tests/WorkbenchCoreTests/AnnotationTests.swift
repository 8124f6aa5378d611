import Testing
import WorkbenchCore

@Suite struct AnnotationTests {
  @Test func flattensAttributesAndKeepsArabicUnescaped() {
    let annotation = Annotation(
      start: 201, end: 221, text: "٢٨ كانون الثاني ٢٠٢٦", label: "DATE", value: "2026-01-28",
      attributes: ["anchored": false, "mod": .null])
    #expect(
      annotation.jsonLine(doc: "003.txt", stage: "dates")
        == #"{"anchored":false,"doc":"003.txt","end":221,"label":"DATE","mod":null,"stage":"dates","start":201,"text":"٢٨ كانون الثاني ٢٠٢٦","value":"2026-01-28"}"#
    )
  }

  @Test func roundTripsThroughJSON() throws {
    let annotation = Annotation(
      start: 3, end: 9, text: "موسكو", label: "LOCATION", value: "Q649", attributes: ["confidence": 0.5])
    let parsed = try JSONValue.parse(annotation.jsonLine(doc: "a", stage: "entity-linking"))
    #expect(Annotation(jsonObject: parsed.objectValue!) == annotation)
  }

  @Test(arguments: [
    ("a\"b\\c\n", #""a\"b\\c\n""#),
    ("\u{1}", #""\u0001""#),
    ("دمشق", #""دمشق""#),
  ])
  func quotesStringsAsJSONRequires(input: String, expected: String) {
    #expect(JSONValue.string(input).canonicalJSON == expected)
  }

  @Test func slicesByScalarOffsets() {
    let document = Document(id: "d", text: "\u{1F600}في دمشق")
    #expect(document.slice(4, 8) == "دمشق")
    #expect(document.scalarCount == 8)
    #expect(document.slice(6, 100) == "شق")
  }
}
