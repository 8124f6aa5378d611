import Testing
import TextStats
import WorkbenchCore

@Suite struct TextStatsStageTests {
  func run(_ text: String, _ config: JSONValue = .object([:]), inputs: StageInputs = .none) throws -> [Annotation] {
    let configured = try StageFactory(TextStatsStage.self).configure(config)
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    guard case .document(let stage) = try configured.makeStage(context: context) else { return [] }
    return try stage.analyze(Document(id: "t", text: text), inputs)
  }

  static let text = "وصل الوفد الروسي إلى دمشق في ٢٨ كانون الثاني. وبحث التعاون\nThanks for the post, it was great."

  @Test func countsPerDocument() throws {
    let found = try run(Self.text)
    #expect(found.count == 1)
    let stats = try #require(found.first)
    #expect(stats.label == "TEXT_STATS")
    #expect(stats.value == "ar")
    #expect(stats.start == 0 && stats.end == Self.text.unicodeScalars.count)
    #expect(stats.attributes["characters"] == .int(93))
    #expect(stats.attributes["words"] == .int(17))
    #expect(stats.attributes["arabic_words"] == .int(10))
    #expect(stats.attributes["latin_words"] == .int(7))
    #expect(stats.attributes["numbers"] == .int(1))
    #expect(stats.attributes["tokens"] == .int(21))
    #expect(stats.attributes["sentences"] == .int(3))
    #expect(stats.attributes["paragraphs"] == .int(2))
    #expect(stats.attributes["paragraph_languages"] == .object(["ar": .int(1), "en": .int(1)]))
  }

  @Test func emitsTokensAndSentencesWithOffsets() throws {
    let found = try run(Self.text, ["emit_tokens": true, "emit_sentences": true])
    let scalars = Array(Self.text.unicodeScalars)
    for annotation in found.dropFirst() {
      #expect(String(String.UnicodeScalarView(scalars[annotation.start..<annotation.end])) == annotation.text)
    }
    let sentences = found.filter { $0.label == "SENTENCE" }.map(\.text)
    #expect(
      sentences == [
        "وصل الوفد الروسي إلى دمشق في ٢٨ كانون الثاني.", "وبحث التعاون", "Thanks for the post, it was great.",
      ])
    let tokens = found.filter { $0.label == "TOKEN" }
    let number = try #require(tokens.first { $0.text == "٢٨" })
    #expect(number.attributes["kind"] == .string("number"))
    #expect(number.attributes["number"] == .int(28))
    #expect(number.value == "28")
    let wabahath = try #require(tokens.first { $0.text == "وبحث" })
    #expect(wabahath.attributes["clitics"] == .array([.string("و"), .string("بحث")]))
    let arrived = try #require(tokens.first { $0.text == "الروسي" })
    #expect(arrived.attributes["stem"] == .string("روسي"))
    #expect(arrived.attributes["clitics"] == .array([.string("ال"), .string("روسي")]))
    let to = try #require(tokens.first { $0.text == "إلى" })
    #expect(to.attributes["stopword"] == .bool(true))
    #expect(to.value == "الي")
  }

  @Test func skipsBoilerplate() throws {
    let inputs = StageInputs([
      .boilerplate: [Annotation(start: 59, end: 93, text: "Thanks for the post, it was great.", label: "BOILERPLATE")]
    ])
    let stats = try #require(try run(Self.text, inputs: inputs).first)
    #expect(stats.attributes["latin_words"] == .int(0))
    #expect(stats.attributes["paragraphs"] == .int(1))
    #expect(stats.attributes["boilerplate_spans"] == .int(1))
  }
}
