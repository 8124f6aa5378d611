import EntityLinking
import Testing
import WorkbenchCore

/// Place words and names: a state's or continent's word stays out of the place's span (the
/// link is the same), and a natural feature's word (جزيرة, نهر) stays in the name the tagger
/// found around a place linked on it.
@Suite struct PlaceWordsInNamesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (sentence, span, type, id): the span is found with that type, linked to the id.
  @Test(arguments: [
    ("وصل الوفد التجاري إلى دولة الكويت صباح أمس.", "الكويت", "LOCATION", "Q817"),
    ("وقالت الوزارة إن دولة الإمارات ستستضيف المؤتمر.", "الإمارات", "LOCATION", "Q878"),
    ("وتعد قارة آسيا أكبر القارات مساحة.", "آسيا", "LOCATION", "wb:asia"),
  ])
  func stateWordOutside(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    let found = try Self.found(text)
    try expectMention(found, span: span, type: type, id: id)
    #expect(!found.contains { $0.text.hasPrefix("دولة") || $0.text.hasPrefix("قارة") })
  }

  /// A natural feature's word before a place linked on it stays in the tagger's span (the link
  /// stays that of the place it names: an island named after a country keeps the country's id,
  /// as before).
  @Test func islandWordInside() throws {
    let found = try Self.found("وزار الوفد جزيرة امير ويلز في كندا.")
    #expect(found.contains { $0.text == "جزيرة امير ويلز" && $0.label == "LOCATION" })
    expectNoMention(found, span: "ويلز", type: "LOCATION")
  }
}
