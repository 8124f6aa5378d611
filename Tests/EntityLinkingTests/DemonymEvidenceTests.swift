import EntityLinking
import Testing
import WorkbenchCore

/// A country's adjective counts as its country for related evidence, on sentences written for
/// these tests: عمان is Amman in a Jordanian story and Oman otherwise.
@Suite struct DemonymEvidenceTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  @Test(arguments: [
    ("قالت الحكومة الأردنية إن الاجتماع سيعقد في عمان.", "geonames:250441"),
    ("أعلن البنك المركزي الأردني من عمان تثبيت أسعار الفائدة.", "geonames:250441"),
    ("زار الوفد عمان والتقى السلطان.", "Q842"),
  ])
  func aCountrysAdjectiveChoosesItsCapital(_ text: String, _ id: String) throws {
    let amman = try #require(Self.found(text).first { $0.text == "عمان" })
    #expect(amman.label == "LOCATION")
    #expect(amman.value == id)
  }
}
