import EntityLinking
import Testing
import WorkbenchCore

/// Business and markets wire copy, on sentences written for these tests: firms named after
/// people, short names in capitals, the Brent benchmark, wire labels before a headline, a company
/// before its country in parentheses, Wimbledon the place and Frankfurt.
@Suite struct BusinessCopyTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  static func nilID(_ name: String, _ label: String) -> String {
    EntityLinker.nilClusterID(name: name, type: label)
  }

  /// (text, a firm's name): organizations by the words around them, and the same name elsewhere
  /// in the story with them.
  @Test(arguments: [
    ("Shares of Morgan Stanley fell 2 percent after the bank reported weaker trading revenue.", "Morgan Stanley"),
    ("Strategists at Morgan Stanley expect the dollar to weaken into the summer.", "Morgan Stanley"),
    ("James Gorman, chief executive of Morgan Stanley, spoke in Davos.", "Morgan Stanley"),
    ("Morgan Stanley's shares fell after the results.", "Morgan Stanley"),
    ("Merrill Lynch said in a research note that demand for copper was weakening.", "Merrill Lynch"),
    ("Investment bank Merrill Lynch advised on the deal.", "Merrill Lynch"),
    ("BP and Shell shares both gained in London trading.", "BP"),
    ("Oil major BP cut its dividend on Tuesday.", "BP"),
    ("LONDON (Reuters) - Shares of Barclays rose 3 percent on Tuesday.", "Barclays"),
    ("Morgan Stanley has doubled its staff in Shanghai.", "Morgan Stanley"),
    ("Morgan Stanley's rival cut its team in Asia.", "Morgan Stanley"),
  ])
  func firmsAreOrganizations(_ text: String, _ name: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == "ORGANIZATION")
    #expect(mention.value == Self.nilID(name, "ORGANIZATION"))
  }

  /// A firm named once with a firm's words is the firm where it stands alone too.
  @Test func aFirmIsAFirmThroughoutTheStory() throws {
    let text = "Investment bank Merrill Lynch advised on the deal. Merrill Lynch later sold its stake."
    let mentions = try Self.found(text).filter { $0.text == "Merrill Lynch" }
    #expect(mentions.count == 2)
    #expect(mentions.allSatisfy { $0.label == "ORGANIZATION" })
  }

  /// (text, a person's name): people named like firms stay people without a firm's words.
  @Test(arguments: [
    ("Stanley Morgan, a broker in Leeds, said he had retired.", "Stanley Morgan"),
    ("Tim Cook met Morgan Stanley analysts in New York.", "Tim Cook"),
    ("John Lewis said he would run for the seat again.", "John Lewis"),
    ("Stanley Tucci and Morgan Freeman attended the premiere.", "Morgan Freeman"),
    ("Goldman Sachs economist Jan Hatzius said in a note that growth would slow.", "Jan Hatzius"),
    ("Chief executive Tim Pearce said its profit rose 10 percent.", "Tim Pearce"),
    ("John Lewis said its new rules were unfair, the lawmaker added.", "John Lewis"),
    ("Stanley Johnson, shares in hand, left the meeting.", "Stanley Johnson"),
  ])
  func peopleStayPeople(_ text: String, _ name: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == "PERSON")
  }

  /// (text, a one-word surname): a surname before "'s staff" is no firm.
  @Test(arguments: [
    ("Morgan's staff said the senator would not run.", "Morgan"),
    ("Harris's staff said the senator would not run.", "Harris"),
  ])
  func aSurnameWithAPossessiveIsNoFirm(_ text: String, _ name: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label != "ORGANIZATION")
  }

  /// (text, an abbreviation in capitals): market abbreviations before "shares" or "stocks" are
  /// no firms.
  @Test(arguments: [
    ("AI shares rallied on Tuesday while EV stocks fell.", "AI"),
    ("AI shares rallied on Tuesday while EV stocks fell.", "EV"),
    ("ETF shares were mixed after the IPO priced.", "ETF"),
    ("The AGM approved the dividend and EPS rose.", "AGM"),
  ])
  func abbreviationsAreNoFirms(_ text: String, _ word: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == word && $0.label == "ORGANIZATION" })
  }

  /// Wimbledon in a sentence about a withdrawal or an injury is the championships.
  @Test func wimbledonWithAnInjuryIsTheEvent() throws {
    let wimbledon = try #require(
      Self.found("The player withdrew from Wimbledon with a knee injury.").first { $0.text == "Wimbledon" })
    #expect(wimbledon.label == "MISC")
  }

  /// A Brent who speaks is a person even in a story about Brent crude.
  @Test func brentWhoSpeaksIsAPerson() throws {
    let text = "Oil prices rose, with Brent crude up 2 percent. Brent said he would sell his shares."
    let brents = try Self.found(text).filter { $0.text == "Brent" }
    #expect(brents.map(\.label) == ["MISC", "PERSON"])
  }

  /// Brent, the North Sea crude benchmark, is MISC, no firm.
  @Test(arguments: [
    "Brent crude futures rose 40 cents to $82.10 a barrel.",
    "Oil rose on Monday. Brent futures have gained 5 percent this week.",
    "Brent crude rose on Monday. Analysts said Brent could reach $90 by the summer.",
  ])
  func brentIsNoFirm(_ text: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == "Brent" && $0.label == "ORGANIZATION" })
    #expect(annotations.contains { $0.text == "Brent" })
    #expect(annotations.filter { $0.text == "Brent" }.allSatisfy { $0.label == "MISC" })
  }

  /// A market's word opening a story is no name, nor part of the firm's.
  @Test func aMarketWordOpeningAStoryIsNoName() throws {
    let annotations = try Self.found("LONDON (Reuters) - Shares of Barclays rose 3 percent on Tuesday.")
    #expect(!annotations.contains { $0.text.hasPrefix("Shares") })
  }

  /// (headline and story, the word after the label): a wire label and its next word are no
  /// names.
  @Test(arguments: [
    ("ANALYSIS - Markets brace for another rate rise\nLONDON (Reuters) - Traders expect a rise.", "Markets"),
    ("UPDATE 2 - Lenders slide as rates climb\nLONDON (Reuters) - Bank shares fell.", "Lenders"),
    ("BREAKINGVIEWS - Investors deserve better\nThe board should listen to them.", "Investors"),
  ])
  func theWordAfterAWireLabelIsNoName(_ text: String, _ word: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == word })
    // The story below is still read: its dateline is found.
    if text.contains("LONDON") {
      #expect(annotations.contains { $0.text == "LONDON" && $0.label == "LOCATION" })
    }
    // Nor is the label itself.
    #expect(!annotations.contains { $0.text == text.prefix { $0 != " " } })
  }

  /// A name after a wire label that the story names again inside a sentence stays.
  @Test func aNameAfterAWireLabelThatRecursStays() throws {
    let text = "UPDATE 1 - Barclays profit beats forecasts\nLONDON (Reuters) - Shares of Barclays rose 3 percent."
    let mentions = try Self.found(text).filter { $0.text == "Barclays" }
    #expect(mentions.count == 2)
    #expect(mentions.allSatisfy { $0.label == "ORGANIZATION" })
  }

  /// A company before its country in parentheses on a line of its own is no results list's
  /// rider.
  @Test func aCompanyBeforeItsCountryIsNoPerson() throws {
    let annotations = try Self.found("Orange (France) reported higher sales on Thursday.")
    #expect(!annotations.contains { $0.text == "Orange" && $0.label == "PERSON" })
    #expect(annotations.contains { $0.text == "France" && $0.value == "Q142" })
  }

  /// (text, label of Wimbledon): the place after "in", "near" or "from" in a sentence with no
  /// tennis word; the championships otherwise.
  @Test(arguments: [
    ("Police in Wimbledon arrested a man on Friday.", "LOCATION"),
    ("He grew up in Wimbledon before moving north.", "LOCATION"),
    ("She reached the final in Wimbledon last year.", "MISC"),
    ("She won Wimbledon in 2019.", "MISC"),
  ])
  func wimbledonThePlaceOrTheEvent(_ text: String, _ label: String) throws {
    let wimbledon = try #require(Self.found(text).first { $0.text == "Wimbledon" })
    #expect(wimbledon.label == label)
  }

  /// Frankfurt is Frankfurt am Main (Wikidata Q1794).
  @Test(arguments: ["The bank is based in Frankfurt.", "The fair opened in Frankfurt am Main on Tuesday."])
  func frankfurtIsLinked(_ text: String) throws {
    let city = try #require(Self.found(text).first { $0.text.hasPrefix("Frankfurt") })
    #expect(city.label == "LOCATION")
    #expect(city.value == "Q1794")
  }
}
