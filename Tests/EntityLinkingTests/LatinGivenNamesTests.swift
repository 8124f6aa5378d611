import Testing
import WorkbenchCore

@testable import EntityLinking

/// Wire sentences written for these tests: a capitalized pair opened by a given name is a person
/// where the tagger alone read it as an organization or a place, and names of firms, bands and
/// buildings that open with a given name keep their type.
@Suite struct LatinGivenNamesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (story, the person): one NIL PERSON over the whole name, with the given-name evidence.
  @Test(arguments: [
    ("3. Patricia Castellano (Spain) 2:01.45", "Patricia Castellano"),
    ("Rebecca Dufort finished second in the final.", "Rebecca Dufort"),
    ("Top seed Hingis beat Ruxandra Dragomir of Romania on Thursday.", "Ruxandra Dragomir"),
  ])
  func aPairOpenedByAGivenNameIsAPerson(_ text: String, _ name: String) throws {
    let annotations = try Self.found(text)
    expectNilMentions(annotations, span: name, type: "PERSON")
    let mention = try #require(annotations.first { $0.text == name })
    #expect(mention.start == scalarOffset(of: name, in: text))
    #expect(mention.attributes["evidence"]?.arrayValue?.contains("nil:given-name") == true)
  }

  /// A later surname joins the person the given name made: both mentions carry one cluster id.
  @Test func theSurnameJoinsThePerson() throws {
    let text = "1. Dennis Harcourt (U.S.) 10.03\nHarcourt said the track was slow."
    let annotations = try Self.found(text)
    let full = try #require(annotations.first { $0.text == "Dennis Harcourt" })
    let surname = try #require(annotations.first { $0.text == "Harcourt" })
    #expect(full.label == "PERSON")
    #expect(surname.label == "PERSON")
    #expect(surname.value == full.value)
  }

  /// (story, a name that opens with a given name but is no person's).
  @Test(arguments: [
    ("Ralph Lauren shares rose 3 percent on Tuesday.", "Ralph Lauren"),
    ("The Dave Matthews Band played in Denver on Friday.", "Dave Matthews Band"),
    ("John Deere Inc raised its outlook for the year.", "John Deere"),
    ("Fans gathered at the Bobby Morris Playfield on Saturday.", "Bobby Morris Playfield"),
    ("Crowds filled the Giuseppe Meazza for the derby.", "Giuseppe Meazza"),
    ("He bought the shirt at Ted Baker in Oxford Street.", "Ted Baker"),
    ("Flights at Zayed International resumed on Monday.", "Zayed International"),
  ])
  func firmsBandsAndGroundsAreNoPersons(_ text: String, _ name: String) throws {
    expectNoMention(try Self.found(text), span: name, type: "PERSON")
  }

  @Test(arguments: [
    ("monica", true), ("ruxandra", true), ("dane", true), ("milan", false), ("april", false), ("eugene", false),
  ])
  func theListHoldsGivenNamesNotPlacesOrMonths(_ word: String, _ listed: Bool) {
    #expect(LatinGivenNames.shipped.contains(TokenizedText.hash(word.unicodeScalars.map(\.value))) == listed)
  }
}
