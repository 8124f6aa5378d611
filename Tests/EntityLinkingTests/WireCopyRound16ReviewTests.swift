import EntityLinking
import Testing
import WorkbenchCore

/// What a review of the round-16 wire rules found them overreaching on, on sentences written
/// for these tests: a body's own figure is no index, a party in a poll is no index, a given
/// name in -ed is no participle, a state code closes its phrase, a palace called Court is a
/// place.
@Suite struct WireCopyRound16ReviewTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type): the span keeps this type.
  @Test(arguments: [
    ("The World Bank average for the region is lower.", "World Bank", "ORGANIZATION"),
    ("Rasheed Wallace scored 20 points for the visitors.", "Rasheed Wallace", "PERSON"),
    ("Tourists flocked to Hampton Court on Sunday.", "Hampton Court", "LOCATION"),
    ("The Dow slipped 12 points to 6,400 on Friday.", "Dow", "MISC"),
  ])
  func spanKeepsItsType(_ text: String, _ span: String, _ type: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == span }, "\(annotations.map { "\($0.text)=\($0.label)" })")
    #expect(mention.label == type)
  }

  /// (text, word): no MISC index and no place is made of the word.
  @Test(arguments: [
    ("The Conservatives dropped 4 points to 31 percent, the poll showed.", "Conservatives"),
    ("Fans queued outside Wembley OR waited at home for the result.", "OR"),
  ])
  func noIndexOrStateCode(_ text: String, _ word: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.text == word && ($0.label == "MISC" || $0.label == "LOCATION") })
  }
}
