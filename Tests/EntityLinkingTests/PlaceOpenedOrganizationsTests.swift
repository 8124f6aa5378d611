import EntityLinking
import Testing
import WorkbenchCore

/// A country's name that opens a party's or a body's name, and a Kalenjin name particle, on
/// sentences written for these tests.
@Suite struct PlaceOpenedOrganizationsTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, the organization): the country is the name's first word.
  @Test(arguments: [
    (
      "He said the ruling Kenya African National Union had bribed voters with sugar.",
      "Kenya African National Union"
    ),
    ("Officials of the Zambia Football Association met the sports minister on Monday.", "Zambia Football Association"),
  ])
  func countryOpensTheName(_ text: String, _ name: String) throws {
    let annotations = try Self.found(text)
    let organization = try #require(annotations.first { $0.text == name }, "\(annotations.map(\.text))")
    #expect(organization.label == "ORGANIZATION")
    #expect(organization.start == scalarOffset(of: name, in: text))
  }

  /// A place that only stands before a body's name in another phrase stays a place.
  @Test func placeBeforeAPrepositionStays() throws {
    let annotations = try Self.found("Flooding in Kenya forced the Red Cross to open three camps.")
    #expect(annotations.contains { $0.text == "Kenya" && $0.label == "LOCATION" })
  }

  /// "arap" inside a Kenyan name: one person.
  @Test func arapIsANameParticle() throws {
    let text = "President Daniel arap Moi, who has ruled since 1978, is expected to call an election."
    let annotations = try Self.found(text)
    let person = try #require(annotations.first { $0.label == "PERSON" }, "\(annotations.map(\.text))")
    #expect(person.text == "Daniel arap Moi")
  }
}
