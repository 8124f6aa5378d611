import Foundation
import StageContractKit
import Testing
import WorkbenchCore

/// The kit finds what it promises to find: stages written wrong on purpose.
@Suite struct StageContractKitTests {
  /// Marks the first word; its flaws are switched on by configuration.
  struct FlawedStage: DocumentStage {
    struct Configuration: StageConfiguration {
      @Setting("wrong_text") var wrong_text = false
      @Setting("undeclared_attribute") var undeclared_attribute = false
      @Setting("beyond_the_end") var beyond_the_end = false
    }

    static let descriptor = StageDescriptor(
      id: "flawed", version: 1, summary: "marks the first word",
      produces: [ProducedLabel("WORD", role: .span, attributes: ["length"])],
      examples: [StageExample("alpha beta", expected: [ExpectedAnnotation("WORD", text: "alpha")])])

    let configuration: Configuration
    init(configuration: Configuration, context: StageContext) throws { self.configuration = configuration }

    func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
      let scalars = Array(document.text.unicodeScalars)
      guard let end = scalars.firstIndex(where: { $0 == " " }) ?? (scalars.isEmpty ? nil : scalars.count) else {
        return []
      }
      var annotation = Annotation(
        start: 0, end: end, text: String(String.UnicodeScalarView(scalars[0..<end])), label: "WORD",
        attributes: ["length": .int(end)])
      if configuration.wrong_text { annotation.text = "x" + annotation.text }
      if configuration.undeclared_attribute { annotation.attributes["colour"] = "red" }
      if configuration.beyond_the_end { annotation.end = scalars.count + 1 }
      return [annotation]
    }
  }

  /// Counts calls, so that two runs differ.
  struct ForgetfulStage: DocumentStage {
    static let counter = Counter()
    static let descriptor = StageDescriptor(
      id: "forgetful", version: 1, summary: "differs every time",
      produces: [ProducedLabel("CALL", role: .documentValue)])
    init(configuration: NoConfiguration, context: StageContext) throws {}
    func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
      [document.wholeTextAnnotation(label: "CALL", value: String(Self.counter.next()))]
    }
  }

  final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
      lock.withLock {
        value += 1
        return value
      }
    }
  }

  static func problems(_ configuration: JSONValue) throws -> [String] {
    let contract = try #require(StageContract(FlawedStage.self))
    let stage = try contract.makeStage(configuration)
    let document = Document(id: "d", text: "alpha beta")
    let annotations = try StageContract.annotate([document], with: stage)["d"] ?? []
    return contract.spanProblems(annotations, in: document, what: "test")
  }

  @Test func aSoundStagePasses() throws {
    let contract = try #require(StageContract(FlawedStage.self))
    #expect(contract.exampleProblems() == [])
    #expect(contract.invariantProblems() == [])
  }

  @Test(arguments: [
    ("wrong_text", "is not the text at [0, 5)"),
    ("undeclared_attribute", "carries undeclared attributes colour"),
    ("beyond_the_end", "is outside the text of 10 scalars"),
  ])
  func flawsAreFound(flaw: String, message: String) throws {
    let problems = try Self.problems(.object([flaw: true]))
    #expect(problems.count == 1)
    #expect(problems.first?.contains(message) == true, "\(problems)")
  }

  @Test func nondeterminismIsFound() throws {
    let problems = try #require(StageContract(ForgetfulStage.self)).invariantProblems(randomDocuments: 1)
    #expect(problems.contains { $0.contains("gave two different outputs") })
  }

  @Test func aStageWithoutExamplesIsAskedForThem() throws {
    let problems = try #require(StageContract(ForgetfulStage.self)).exampleProblems()
    #expect(problems.count == 1)
    #expect(problems.first?.contains("has no examples") == true)
  }

  @Test func undeclaredLabelsFailTheDocument() throws {
    struct Stray: DocumentStage {
      static let descriptor = StageDescriptor(
        id: "stray", version: 1, summary: "labels it did not declare",
        produces: [ProducedLabel("A", role: .span)])
      init(configuration: NoConfiguration, context: StageContext) throws {}
      func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
        [document.wholeTextAnnotation(label: "B", value: nil)]
      }
    }
    let stage = try #require(StageContract(Stray.self)).makeStage()
    #expect(throws: UndeclaredLabelError.self) {
      try StageContract.annotate([Document(id: "d", text: "x")], with: stage)
    }
  }
}
