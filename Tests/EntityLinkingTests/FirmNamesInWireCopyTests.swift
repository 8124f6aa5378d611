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
  ])
  func descriptorsAreNoNames(_ text: String, _ word: String) throws {
    let mentions = try Self.found(text)
    #expect(!mentions.contains { $0.text.contains(word) })
    #expect(!mentions.isEmpty)
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
