import DateNormalization
import Testing

/// A century or decade counted from the anchor's year says so; one named by its number does
/// not. Phrases written for these tests, against Friday 2024-03-08.
@Suite struct CenturyAnchoringTests {
  @Test(
    arguments: [
      ("تراجعت الصناعة منذ القرن الماضي.", "19", true),
      ("The dam was built in the last century.", "19", true),
      ("ازدهرت السينما في ستينيات القرن الماضي.", "196", true),
      ("بنيت القلعة في القرن التاسع عشر.", "18", false),
      ("The bridge dates from the 19th century.", "18", false),
    ] as [(String, String, Bool)])
  func anchoredOnlyWhenCountedFromTheAnchor(sentence: String, value: String, anchored: Bool) throws {
    let expression = try #require(
      TemporalExtractor().extract(sentence, anchor: reference("2024-03-08")).first { $0.value == value })
    #expect(expression.anchored == anchored)
  }
}
