import Testing
import WorkbenchCore

@testable import EntityLinking

/// Business stories written for these tests: a firm's leading word standing alone is the firm
/// named in full in the same story, unless it is a person's surname or a country there; a
/// person named in full or a MISC name that opens a firm's name stays what it is.
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
    // The tagger reads this "Vestas" as a person: a one-word person may still be the firm.
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
    let country = try #require(annotations.first { $0.start == start }, "\(annotations.map(\.text))")
    #expect(exchange.label == "ORGANIZATION")
    #expect(country.end == start + "Korea".unicodeScalars.count)
    #expect(country.value != exchange.value)
  }

  /// A person named in full (a firm's founder) and a MISC name (an event a firm is named after)
  /// keep their own type and id beside the firm whose name they open: (story, the name, its
  /// occurrence, the firm, the label it keeps).
  @Test(arguments: [
    (
      "Li Ning Holdings shares rose after founder Li Ning returned as chief executive.", "Li Ning", 1,
      "Li Ning Holdings", "PERSON"
    ),
    ("Shares of Li Ning Co rose after Li Ning returned as chief executive.", "Li Ning", 1, "Li Ning Co", "PERSON"),
    (
      "Critics said Carrie Lam-era policies had failed, and Carrie Lam Holdings denied it.", "Carrie Lam", 0,
      "Carrie Lam Holdings", "PERSON"
    ),
    ("The World Cup drew millions of viewers, World Cup Holdings said.", "World Cup", 0, "World Cup Holdings", "MISC"),
  ])
  func aFullNameOrAnEventKeepsItsType(
    _ text: String, _ name: String, _ occurrence: Int, _ organization: String, _ label: String
  ) throws {
    let annotations = try Self.found(text)
    let start = try #require(scalarOffset(of: name, in: text, occurrence: occurrence))
    let mention = try #require(annotations.first { $0.start == start }, "\(annotations.map(\.text))")
    let firm = try #require(annotations.first { $0.text == organization })
    #expect(firm.label == "ORGANIZATION")
    #expect(mention.end == start + name.unicodeScalars.count)
    #expect(mention.label == label)
    // The name's own cluster id, not the firm's.
    let words = PartialNameCoreference.words(of: name).joined(separator: " ")
    #expect(mention.value == NilMentionFinder.clusterID(name: words, type: label))
  }
}
