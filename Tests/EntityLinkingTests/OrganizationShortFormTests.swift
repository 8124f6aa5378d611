import Testing
import WorkbenchCore

@testable import EntityLinking

/// Business stories written for these tests: a firm's leading word standing alone is the firm
/// named in full in the same story, unless it is a person's surname or a country there; and a
/// Korean or Chinese hyphenated given name stays whole in the person's span.
@Suite struct OrganizationShortFormTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (story, the short form, which occurrence of it stands alone, the full name): the short
  /// form is an organization with the full name's id, before or after it.
  @Test(arguments: [
    (
      "Barclays Bank cut its forecast. Barclays said rates would fall.", "Barclays", 1,
      "Barclays Bank"
    ),
    (
      "Shares of Tata Motors rose after Tata said it would spin off the truck unit.", "Tata", 1,
      "Tata Motors"
    ),
    (
      "Vestas Wind Systems won an order in Texas. Vestas said the turbines would ship next year.", "Vestas", 1,
      "Vestas Wind Systems"
    ),
  ])
  func aShortFormJoinsItsOrganization(_ text: String, _ short: String, _ occurrence: Int, _ full: String) throws {
    let annotations = try Self.found(text)
    let start = try #require(scalarOffset(of: short, in: text, occurrence: occurrence))
    let organization = try #require(annotations.first { $0.text == full })
    let mention = try #require(annotations.first { $0.start == start }, "\(annotations.map(\.text))")
    #expect(mention.end == start + short.unicodeScalars.count)
    #expect(mention.label == "ORGANIZATION")
    #expect(organization.label == "ORGANIZATION")
    #expect(mention.value == organization.value)
  }

  /// A surname of a person in the story stays that person's, and a country stays apart from a
  /// firm named after it: (story, the short word, its occurrence, the firm, the label it keeps).
  @Test(arguments: [
    (
      "John Hutchison, a shipping analyst, said Hutchison Ports would gain. Hutchison added that rates were high.",
      "Hutchison", 2, "Hutchison Ports", "PERSON"
    ),
    (
      "Lawyers for Sarah Barclay said the Barclay Trust had paid the bill, Barclay told reporters.", "Barclay", 2,
      "Barclay Trust", "PERSON"
    ),
  ])
  func aPersonsSurnameStaysThePerson(
    _ text: String, _ short: String, _ occurrence: Int, _ organization: String, _ label: String
  ) throws {
    let annotations = try Self.found(text)
    let start = try #require(scalarOffset(of: short, in: text, occurrence: occurrence))
    let mention = try #require(annotations.first { $0.start == start }, "\(annotations.map(\.text))")
    let firm = try #require(annotations.first { $0.text == organization })
    #expect(mention.label == label)
    #expect(mention.value != firm.value)
  }

  @Test func aCountryStaysApartFromTheExchangeNamedAfterIt() throws {
    let text = "Shares on the Korea Exchange fell 2 percent as Korea reported weaker exports."
    let annotations = try Self.found(text)
    let exchange = try #require(annotations.first { $0.text == "Korea Exchange" })
    let start = try #require(scalarOffset(of: "Korea", in: text, occurrence: 1))
    #expect(exchange.label == "ORGANIZATION")
    #expect(annotations.first { $0.start == start }.map { $0.value != exchange.value } ?? true)
  }

  /// (story, the person's whole name): one PERSON mention from the family name to the end of
  /// the hyphenated given name.
  @Test(arguments: [
    ("Kim Jae-won, a fund manager in Seoul, said investors were cautious.", "Kim Jae-won"),
    ("President Moon Jae-in met opposition leader Lee Jae-myung in Seoul on Friday.", "Moon Jae-in"),
    ("President Moon Jae-in met opposition leader Lee Jae-myung in Seoul on Friday.", "Lee Jae-myung"),
    ("Chinese President Xi Jin-ping arrived in Moscow for talks.", "Xi Jin-ping"),
    ("Park Geun-hye was released from prison on Friday.", "Park Geun-hye"),
  ])
  func aHyphenatedGivenNameStaysInThePerson(_ text: String, _ name: String) throws {
    let annotations = try Self.found(text)
    let start = try #require(scalarOffset(of: name, in: text))
    let mention = try #require(annotations.first { $0.start == start }, "\(annotations.map(\.text))")
    #expect(mention.text == name)
    #expect(mention.end == start + name.unicodeScalars.count)
    #expect(mention.label == "PERSON")
    // The cluster id of the whole name, as a tagged span of it gets (its folded words).
    let words = PartialNameCoreference.words(of: name).joined(separator: " ")
    #expect(mention.value == NilMentionFinder.clusterID(name: words, type: "PERSON"))
  }

  /// A lower-case word joined to a name by a hyphen that is no syllable of a given name stays
  /// out of the person ("Biden-era", "Trump-backed").
  @Test(arguments: ["Biden-era", "Trump-backed", "Musk-owned"])
  func aDescriptiveHyphenWordStaysOut(_ compound: String) throws {
    let text = "Senator John Smith criticised the \(compound) rules on Tuesday."
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text.hasSuffix(String(compound.split(separator: "-")[1])) })
  }

  @Test(arguments: [
    ("jae", true), ("won", true), ("in", true), ("myung", true), ("ping", true), ("shek", true),
    ("era", false), ("backed", false), ("led", false), ("born", false), ("style", false),
  ])
  func romanizedSyllables(_ word: String, _ isSyllable: Bool) {
    #expect(EntityLinker.isRomanizedSyllable(word) == isSyllable)
  }
}
