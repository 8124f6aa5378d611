import EntityLinking
import Testing
import WorkbenchCore

/// English news leftovers of a user trial, on sentences written for these tests: firms named
/// with a platform or software word, acronyms before an organization's noun, a surname that
/// speaks of herself, what only a firm owns, a region's market, counted weapons, an illness named
/// after a person, and riders on a one-line results list.
@Suite struct BusinessCopyLeftoversTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, name, type): the span, its type and its NIL cluster id.
  @Test(arguments: [
    ("Orvane Platforms said on Tuesday it would cut costs in its data centres.", "Orvane Platforms", "ORGANIZATION"),
    ("AMSTERDAM (Reuters) - Cleaners walked out on Monday, the KTV union said.", "KTV", "ORGANIZATION"),
    ("The strike was called by the KTV union after talks failed.", "KTV", "ORGANIZATION"),
    ("The ECB held rates and Lagarde said she was not yet ready to cut.", "Lagarde", "PERSON"),
    (
      "Halvorsen agreed to buy the hotel chain. Halvorsen's property unit declined to comment.",
      "Halvorsen", "ORGANIZATION"
    ),
    ("A man stole money from customers of Barclays for six years.", "Barclays", "ORGANIZATION"),
    ("Germany will send two more Patriot Missile Systems to Ukraine.", "Patriot", "MISC"),
    ("Raytheon Missile Systems won a contract on Friday.", "Raytheon Missile Systems", "ORGANIZATION"),
    ("A drug slowed memory loss in patients with early Alzheimer's disease, researchers said.", "Alzheimer", "MISC"),
    ("Results: 1. Noah Vance (United States) 9.83", "Noah Vance", "PERSON"),
  ])
  func namesHaveTheirSpanAndType(_ text: String, _ name: String, _ label: String) throws {
    expectNilMentions(try Self.found(text), span: name, type: label)
  }

  /// A surname the story gave a person keeps that person before "shares": it joins the full name.
  @Test func aPersonsSurnameBeforeSharesStaysThePerson() throws {
    let text = "John Smith sold his stake on Monday. Smith shares were sold at a discount."
    let mention = try #require(Self.found(text).first { $0.text == "Smith" })
    #expect(mention.label == "PERSON")
    #expect(mention.value == EntityLinker.nilClusterID(name: "John Smith", type: "PERSON"))
  }

  /// (text, a word that is no name and no part of one).
  @Test(arguments: [
    ("DUBAI (Reuters) - Gulf shares were mixed on Tuesday as oil slipped.", "Gulf"),
    ("Germany will send two more Patriot Missile Systems to Ukraine.", "Systems"),
    ("1. Noah Vance (United States) 9.83 2. Ken Obiora (Kenya) 9.88", ")"),
  ])
  func wordsAreNoNames(_ text: String, _ word: String) throws {
    let mentions = try Self.found(text)
    #expect(!mentions.contains { $0.text.contains(word) })
    #expect(!mentions.isEmpty)
  }
}
