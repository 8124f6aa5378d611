import DateNormalization
import Testing

/// English "in" + an amount in a clause of plans, promises and schedules: a point ahead, not a
/// span, even after "has", "have" (a possession) or "first"/"most". Sentences written for these
/// tests, against Friday 2024-11-22.
@Suite struct EnglishAmountsAheadInPlansTests {
  @Test(
    arguments: [
      ("The mayor has pledged to halve traffic deaths in five years.", ["in five years=DATE 2029"]),
      ("The group has signalled it plans to float in two years.", ["in two years=DATE 2026"]),
      ("The city has a scheme for cleaner buses in two decades.", ["in two decades=DATE 204"]),
      ("The first stage of the metro opens in three years.", ["in three years=DATE 2027"]),
      ("Most economists expect a rebound in two years.", ["in two years=DATE 2026"]),
      // Guards: a negation, a perfect of the event itself and a superlative stay spans.
      ("Bond yields have doubled in two years.", ["two years=DURATION P2Y"]),
      ("Output has fallen to 3 million tons in five years.", ["five years=DURATION P5Y"]),
      ("The two leaders have not met in a decade.", ["a decade=DURATION P1DE"]),
      ("The lake is at its lowest in a century.", ["a century=DURATION P1CE"]),
    ] as [(String, [String])])
  func amountAfterIn(sentence: String, expected: [String]) {
    #expect(typed(sentence) == expected)
  }
}
