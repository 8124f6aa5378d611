import EntityLinking
import Testing
import WorkbenchCore

/// Firm names in business wire copy, on sentences written for these tests: a headline firm after
/// a wire label, firm names of several common words, sector nouns before a firm, words ending in
/// "bank", a sector noun opening a sentence, and a person's staff.
@Suite struct FirmNamesInWireCopyTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, type): the span, its type and its NIL cluster.
  @Test(arguments: [
    ("Rival Advanced Micro Devices gained 2 percent on Thursday.", "Advanced Micro Devices", "ORGANIZATION"),
    ("Shares of Texas Instruments fell after the chipmaker cut its forecast.", "Texas Instruments", "ORGANIZATION"),
    ("Analysts said Analog Devices would report on Wednesday.", "Analog Devices", "ORGANIZATION"),
    ("Insurer Allianz said premiums rose in the third quarter.", "Allianz", "ORGANIZATION"),
    ("Chipmaker Infineon cut its sales forecast on Tuesday.", "Infineon", "ORGANIZATION"),
    ("Chipmaker Micron Technology slipped 2 percent.", "Micron Technology", "ORGANIZATION"),
    ("Brewer Carlsberg Breweries reports results next week.", "Carlsberg Breweries", "ORGANIZATION"),
    (
      "Shares of Deutsche Bank fell while Commerzbank rose. The ECB held rates and Lagarde said inflation was easing.",
      "Commerzbank", "ORGANIZATION"
    ),
    ("Morgan's staff said the senator would not seek re-election.", "Morgan", "PERSON"),
    ("Harris shares her plan with voters in Ohio.", "Harris", "PERSON"),
    // Sector nouns that describe a person, and surnames that speak.
    ("Broker Anna Lopez said the trade was halted.", "Anna Lopez", "PERSON"),
    ("Retired Broker Mark Evans testified before the panel on Friday.", "Mark Evans", "PERSON"),
    ("Miner Tom Hill said the shaft was unsafe before the rescue began.", "Tom Hill", "PERSON"),
    ("Brewer said on Tuesday that the state would appeal the ruling.", "Brewer", "PERSON"),
    ("Banks said he would donate more money to the campaign.", "Banks", "PERSON"),
    // Places named with "bank" after a preposition of place.
    ("The firm moved its office to Burbank in 2024.", "Burbank", "LOCATION"),
    ("The band moved from Rosebank to London last year.", "Rosebank", "LOCATION"),
  ])
  func namesHaveTheirSpanAndType(_ text: String, _ name: String, _ label: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == label)
    #expect(mention.value == EntityLinker.nilClusterID(name: name, type: label))
  }

  /// (text, words that are no name and no part of one): sector nouns and a wire label's number.
  @Test(arguments: [
    ("Insurer Allianz said premiums rose in the third quarter.", "Insurer"),
    ("Bank shares fell sharply in Frankfurt on Monday.", "Bank"),
    ("LONDON (Reuters) - Bank shares fell on Tuesday.", "Bank"),
    ("WRAPUP 1 - Heineken trims forecast\nHeineken said on Monday that beer sales fell.", "WRAPUP"),
    // A product before a maker's noun and the maker's name.
    ("Truck maker Navistar International said it would close a plant.", "Truck"),
    ("Truck maker Scania said orders rose.", "Truck"),
  ])
  func descriptorsAreNoNames(_ text: String, _ word: String) throws {
    let mentions = try Self.found(text)
    #expect(!mentions.contains { $0.text.contains(word) })
    #expect(!mentions.isEmpty)
  }

  /// (text, words of a phrase in title case that no firm's name takes): a role, a field of
  /// study, a headline's words, a region's market.
  @Test(arguments: [
    ("Our Chief Operating Officer Dana Reyes left in May.", "Operating"),
    ("The Chief Technology Officer of the firm quit.", "Technology"),
    ("He holds a degree in Computer Technology from a state school.", "Computer"),
    ("She studied Information Technology at a college in Ohio.", "Information"),
    ("Senior Partner Group members voted on Monday.", "Group"),
    ("Hackers Target Hospital Systems Across Europe\nThe attacks began on Monday, officials said.", "Systems"),
  ])
  func titleCasePhrasesAreNoFirms(_ text: String, _ word: String) throws {
    #expect(!(try Self.found(text)).contains { $0.text.contains(word) && $0.label == "ORGANIZATION" })
  }

  /// (text, region): a region's shares are no firm's.
  @Test(arguments: [
    ("Gulf shares were mixed on Sunday as oil prices fell.", "Gulf"),
    ("Nordic shares rose after the central bank held rates.", "Nordic"),
  ])
  func regionsSharesAreNoFirm(_ text: String, _ region: String) throws {
    #expect(!(try Self.found(text)).contains { $0.text == region && $0.label == "ORGANIZATION" })
  }

  /// A firm in a headline after a wire label stays when the story names it again, and every
  /// mention of it is the firm.
  @Test(arguments: [
    "UPDATE 2 - Vodafone cuts outlook\nVodafone said on Tuesday its profit fell. Vodafone shares fell 3 percent.",
    "WRAPUP 1 - Heineken trims forecast\nHeineken said on Monday that beer sales fell in Brazil. Heineken shares slipped 2 percent.",
  ])
  func headlineFirmIsKeptAsTheFirm(_ text: String) throws {
    let name = text.contains("Vodafone") ? "Vodafone" : "Heineken"
    let mentions = try Self.found(text).filter { $0.text == name }
    #expect(mentions.count == 3)
    #expect(mentions.allSatisfy { $0.label == "ORGANIZATION" })
    #expect(mentions.allSatisfy { $0.value == EntityLinker.nilClusterID(name: name, type: "ORGANIZATION") })
  }
}
