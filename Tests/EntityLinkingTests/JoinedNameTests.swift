import EntityLinking
import Testing
import WorkbenchCore

/// Names whose parts a sign joins rather than separates: dotted abbreviations (U.S., U.K.,
/// J.K.) and hyphens. Sentences written for these tests.
@Suite struct JoinedNameTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (sentence, the mention, its start, its id): a dotted abbreviation is one mention with its
  /// last full stop, linked, at the start or the end of a sentence too.
  @Test(
    arguments: [
      ("A jury convicted a former U.S. president on Thursday.", "U.S.", 26, "Q30"),
      ("Officials in the U.S. said the talks had failed.", "U.S.", 17, "Q30"),
      ("The chemist later moved to the U.S.", "U.S.", 31, "Q30"),
      ("The U.K. economy shrank in the third quarter.", "U.K.", 4, "Q145"),
      ("Both sides asked the U.N. to send monitors.", "U.N.", 21, "Q1065"),
      ("Farm ministers met in Brussels, the E.U. said.", "E.U.", 36, "Q458"),
      // A name the knowledge base holds whole goes on after the abbreviation.
      ("Tourism fell in the U.S. Virgin Islands after the storm.", "U.S. Virgin Islands", 20, "Q11703"),
    ] as [(String, String, Int, String)])
  func dottedAbbreviationIsOneLinkedMention(_ text: String, _ name: String, _ start: Int, _ id: String) throws {
    let mentions = try Self.found(text)
    let mention = try #require(mentions.first { $0.text == name })
    #expect(mention.start == start)
    #expect(mention.value == id)
    // No piece of it is a mention of its own ("S" of "U.S.").
    #expect(!mentions.contains { $0.start > start && $0.start < start + name.count })
  }

  /// (sentence, the name): the tagger's span keeps the part before the joining sign.
  @Test(
    arguments: [
      ("Shares of Mercedes-Benz fell after the tariff decision.", "Mercedes-Benz"),
      ("Rolls-Royce won an engine order from a Gulf airline.", "Rolls-Royce"),
      ("Hapag-Lloyd raised its freight surcharge again.", "Hapag-Lloyd"),
      ("The novelist J.K. Rowling opened the festival.", "J.K. Rowling"),
    ] as [(String, String)])
  func joinedNameKeepsItsFirstPart(_ text: String, _ name: String) throws {
    #expect(try Self.found(text).contains { $0.text == name })
  }

  /// A full stop without a space after a longer word is a typing slip, not an abbreviation.
  @Test func aMissingSpaceAfterAWordJoinsNoName() throws {
    #expect(try !Self.found("Trials of vitamin A.Then the study ended.").contains { $0.text.contains("A.Then") })
  }

  /// A dash set off by spaces joins nothing: the dateline's place and the story's first name
  /// are two mentions, the state's dateline the city.
  @Test func aSpacedDashSplitsADatelineFromTheStory() throws {
    let mentions = try Self.found("NEW YORK - A Manhattan jury reached its verdict on Thursday.")
    #expect(mentions.map(\.text) == ["NEW YORK", "Manhattan"])
    #expect(mentions.map(\.value) == ["geonames:5128581", "geonames:5125771"])
  }

  /// A word a comma sets off still opens the sentence, not the name.
  @Test func aWordSetOffByACommaIsLeftOut() throws {
    let mentions = try Self.found("Later, Scholz told reporters the budget would pass.")
    #expect(mentions.map(\.text) == ["Scholz"])
  }
}
