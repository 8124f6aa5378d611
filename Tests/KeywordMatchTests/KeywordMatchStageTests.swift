import KeywordMatch
import Testing
import WorkbenchCore

@Suite struct KeywordMatchStageTests {
  func run(_ text: String, _ config: JSONValue, inputs: StageInputs = .none) throws -> [Annotation] {
    let configured = try StageFactory(KeywordMatchStage.self).configure(config)
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    guard case .document(let stage) = try configured.makeStage(context: context) else { return [] }
    return try stage.analyze(Document(id: "t", text: text), inputs)
  }

  @Test(arguments: [
    ("Oil and gas; OIL prices", ["oil"], [(0, 3, "Oil"), (13, 16, "OIL")]),
    ("soil is not oil", ["oil"], [(12, 15, "oil")]),
    ("ارتفع النفط والنفط وبالنفط", ["النفط"], [(6, 11, "النفط"), (13, 18, "النفط"), (21, 26, "النفط")]),
    ("الغاز الطبيعي", ["الغاز الطبيعي"], [(0, 13, "الغاز الطبيعي")]),
    ("استنفط", ["نفط"], []),
  ])
  func findsWholeWords(text: String, terms: [String], expected: [(Int, Int, String)]) throws {
    let config = JSONValue.object(["terms": .array(terms.map(JSONValue.string))])
    let found = try run(text, config)
    #expect(found.map(\.start) == expected.map(\.0))
    #expect(found.map(\.end) == expected.map(\.1))
    #expect(found.map(\.text) == expected.map(\.2))
    #expect(found.allSatisfy { $0.value == terms[0] && $0.label == "KEYWORD" })
  }

  @Test func skipsBoilerplate() throws {
    let inputs = StageInputs([.boilerplate: [Annotation(start: 0, end: 4, text: "oil.", label: "BOILERPLATE")]])
    let found = try run("oil. oil", ["terms": ["oil"]], inputs: inputs)
    #expect(found.map(\.start) == [5])
  }

  @Test func rejectsEmptyTerms() {
    #expect(throws: ConfigurationFailure.self) { try run("x", ["terms": [" "]]) }
  }
}
