import Testing
import WorkbenchCore

@testable import EntityLinking

/// Wire stories written for these tests: a surname in an all-capital headline is the person the
/// story names in full, and a run of capitals that ends in a place's head stays a place.
@Suite struct HeadlineSurnamesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  @Test func aHeadlineSurnameJoinsThePersonOfTheStory() throws {
    let text = """
      RUSSIA: YELTSIN AIDE SAYS PEACE PLAN IS DEAD

      MOSCOW 1996-08-29

      A senior aide to President Boris Yeltsin said on Thursday that the peace plan had no future.
      """
    let annotations = try Self.found(text)
    let full = try #require(annotations.first { $0.text == "Boris Yeltsin" })
    let headline = try #require(annotations.first { $0.text == "YELTSIN" }, "\(annotations.map(\.text))")
    #expect(headline.label == "PERSON")
    #expect(headline.start == scalarOffset(of: "YELTSIN", in: text))
    #expect(headline.value == full.value)
  }

  @Test func aRunEndingInAPlaceHeadStaysWhole() throws {
    let text = """
      COOK ISLANDS VOTE ON NEW PREMIER

      Captain James Cook is remembered on the islands, voters said on Friday.
      """
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == "COOK" && $0.label == "PERSON" })
  }
}
