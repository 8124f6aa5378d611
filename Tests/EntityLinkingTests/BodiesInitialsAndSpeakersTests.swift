import EntityLinking
import Testing
import WorkbenchCore

/// Public bodies named with "and" or after their parent organization, initials that stand for a
/// name the document gives in full, and an Arabic verb of saying or a relation noun the tagger
/// reads into a name: on sentences written for these tests.
@Suite struct BodiesInitialsAndSpeakersTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, the body's whole name): one organization across the "and".
  @Test(arguments: [
    (
      "The Australian Securities and Investments Commission said it would appeal the ruling.",
      "Australian Securities and Investments Commission"
    ),
    (
      "Farmers asked the Food and Agriculture Organization for seed after the floods.",
      "Food and Agriculture Organization"
    ),
  ])
  func bodyNamedWithAnd(_ text: String, _ name: String) throws {
    let annotations = try Self.found(text)
    try expectMention(annotations, span: name, type: "ORGANIZATION", id: "NIL")
    let body = try #require(annotations.first { $0.text == name })
    #expect(body.start == scalarOffset(of: name, in: text))
  }

  /// Two names joined by "and" without one article stay two.
  @Test func twoOrganizationsStayApart() throws {
    let annotations = try Self.found("Grants came from Microsoft and the Gates Foundation last year.")
    #expect(!annotations.contains { $0.text.contains(" and ") }, "\(annotations.map(\.text))")
  }

  /// (text, the whole name): a body named after its parent organization is one organization.
  @Test(arguments: [
    ("The United Nations Children's Fund will fly vaccines to the camps.", "United Nations Children's Fund"),
    ("The IMF Executive Board approved the loan on Friday.", "IMF Executive Board"),
  ])
  func bodyOfAnOrganization(_ text: String, _ name: String) throws {
    try expectMention(try Self.found(text), span: name, type: "ORGANIZATION", id: "NIL")
  }

  /// Initials after the full name are that organization, with its id.
  @Test func initialsTakeTheFullNamesId() throws {
    let text =
      "The Australian Securities and Investments Commission welcomed the sentence. ASIC chairman Joe Longo said two more cases would follow."
    let annotations = try Self.found(text)
    let full = try #require(annotations.first { $0.text == "Australian Securities and Investments Commission" })
    let initials = try #require(annotations.first { $0.text == "ASIC" }, "\(annotations.map(\.text))")
    #expect(initials.label == "ORGANIZATION")
    #expect(initials.value == full.value)
    #expect(initials.start == scalarOffset(of: "ASIC", in: text))
  }

  /// A place after "in" belongs to the name when the document's initials spell it with it.
  @Test func initialsBringThePlaceIntoTheName() throws {
    let text =
      "Monitors from the Organisation for Security and Cooperation in Europe arrived. OSCE staff said the vote was calm."
    let annotations = try Self.found(text)
    let name = "Organisation for Security and Cooperation in Europe"
    let full = try #require(annotations.first { $0.text == name }, "\(annotations.map(\.text))")
    #expect(full.label == "ORGANIZATION")
    #expect(annotations.first { $0.text == "OSCE" }?.value == full.value)
  }

  /// Capitals in a headline that happen to spell a body's initials are left alone.
  @Test func headlineCapitalsAreNotInitials() throws {
    let text = "FAO SAYS CROPS FAILED\nThe Food and Agriculture Organization said on Monday that crops had failed."
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == "SAYS" || $0.text == "FAO SAYS" }, "\(annotations.map(\.text))")
  }

  /// (text, the person's name): the verb of saying or the relation noun stays out of the span.
  @Test(arguments: [
    ("ونفى سلامة، الذي غادر منصبه العام الماضي، أي مخالفة.", "سلامة"),
    ("وقال المحامي إن التحقيق يشمل مساعدته ماريان الحويك.", "ماريان الحويك"),
  ])
  func arabicNameWithoutTheWordBefore(_ text: String, _ name: String) throws {
    let annotations = try Self.found(text)
    let person = try #require(annotations.first { $0.label == "PERSON" }, "\(annotations.map(\.text))")
    #expect(person.text == name)
    #expect(person.start == scalarOffset(of: name, in: text))
  }
}
