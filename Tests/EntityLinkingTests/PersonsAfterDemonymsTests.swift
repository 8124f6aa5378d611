import Testing
import WorkbenchCore

@testable import EntityLinking

/// Wire sentences written for these tests: a nationality before a person's name is a MISC name
/// of its own and no part of the person.
@Suite struct PersonsAfterDemonymsTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (story, the nationality, the person).
  @Test(arguments: [
    ("Kenyan Daniel Komen won the 5,000 metres in Zurich.", "Kenyan", "Daniel Komen"),
    ("Briton Colin Jackson was second in the hurdles.", "Briton", "Colin Jackson"),
  ])
  func theNationalityStaysOutOfThePerson(_ text: String, _ demonym: String, _ name: String) throws {
    let annotations = try Self.found(text)
    expectNilMentions(annotations, span: name, type: "PERSON")
    #expect(annotations.first { $0.text == name }?.start == scalarOffset(of: name, in: text))
    expectNilMentions(annotations, span: demonym, type: "MISC")
    #expect(!annotations.contains { $0.label == "PERSON" && $0.text.hasPrefix(demonym) })
  }

  /// A name that opens with a nationality and has one capitalized word after it is left whole.
  @Test func aNationalityBeforeOneWordIsNotCut() throws {
    let annotations = try Self.found("The Australian Open starts in January.")
    #expect(!annotations.contains { $0.text == "Open" })
  }
}
