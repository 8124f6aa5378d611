import Quotes
import StageContractKit
import Testing
import WorkbenchCore

@Suite struct QuoteStageTests {
  static func quotes(_ text: String, inputs: StageInputs = .none, minWords: Int = 2) throws -> [Annotation] {
    var configuration = QuoteStage.Configuration()
    configuration.minWords = minWords
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    return try QuoteStage(configuration: configuration, context: context)
      .analyze(Document(id: "t", text: text), inputs: inputs)
  }

  @Test(arguments: [
    ("أعلن «سنفتح المعبر الأسبوع المقبل» مساء أمس", ["سنفتح المعبر الأسبوع المقبل"]),
    ("She said \"prices will fall\" and “talks resume Monday”.", ["prices will fall", "talks resume Monday"]),
    ("A «single» word and an unclosed « quote", []),
    ("Broken “across\na line” is not a quote", []),
  ])
  func findsQuotes(text: String, expected: [String]) throws {
    #expect(try Self.quotes(text).map(\.text) == expected)
  }

  @Test func offsetsCountUnicodeScalars() throws {
    let text = "١٢ «نعم لا» end"
    let quote = try #require(try Self.quotes(text).first)
    #expect(quote.start == 4)
    #expect(quote.end == 10)
    #expect(quote.attributes["words"] == .int(2))
  }

  @Test func minimumWordsIsConfigurable() throws {
    #expect(try Self.quotes("A «single» word", minWords: 1).map(\.text) == ["single"])
  }

  @Test func quotesInBoilerplateAreSkipped() throws {
    let text = "Share «click here now» | He said «we agree fully»"
    let boilerplate = Annotation(start: 0, end: 21, text: "Share «click here now", label: "BOILERPLATE")
    let found = try Self.quotes(text, inputs: StageInputs([.boilerplate: [boilerplate]]))
    #expect(found.map(\.text) == ["we agree fully"])
  }

  @Test func everyStageOfThePluginPassesTheStageContract() throws {
    #expect(QuotesPlugin.stages.count == 1)
    for stage in QuotesPlugin.stages {
      let contract = try #require(StageContract(stage))
      #expect(contract.exampleProblems() == [])
      #expect(contract.invariantProblems() == [])
    }
  }
}
