import DateNormalization
import Testing

/// Decades counted from the anchor's, written as TIMEX3 writes "the 1990s" (199). Sentences
/// written for these tests: "text=TYPE value[/mod]" in text order.
@Suite struct AnchorDecadesTests {
  /// Against Wednesday 2027-03-17: the anchor's decade is 202, the next 203, the last 201.
  @Test(
    arguments: [
      (
        "The government wants to end coal power by the end of the decade.",
        ["the end of the decade=DATE 202/ON_OR_BEFORE"]
      ),
      ("Wind output should triple over the next decade.", ["the next decade=DATE 203"]),
      ("Officials expect rail traffic to double in the coming decade.", ["the coming decade=DATE 203"]),
      ("The city has grown fast this decade.", ["this decade=DATE 202"]),
      ("Inflation averaged 2 percent last decade.", ["last decade=DATE 201"]),
      ("من المتوقع أن يتضاعف الطلب على المياه خلال العقد المقبل.", ["العقد المقبل=DATE 203"]),
      ("تسعى الوزارة إلى رفع الصادرات في العقد القادم.", ["العقد القادم=DATE 203"]),
      ("يخطط البنك لافتتاح فروع جديدة بحلول نهاية العقد المقبل.", ["نهاية العقد المقبل=DATE 203/END"]),
      // Guards: the ten years up to the anchor, another period's decade, a compound, a decade
      // after a date of the story, and العقد as a contract.
      ("Over the past decade, prices doubled.", ["the past decade=DURATION P1DE"]),
      ("Much of the music came from the last decade of the century.", []),
      ("The decade-long war ended in 2019.", ["2019=DATE 2019"]),
      ("The dam was finished in 1962 and the town doubled in size the following decade.", ["1962=DATE 1962"]),
      ("وقع النادي العقد المقبل مع اللاعب.", []),
      ("يمتد العقد حتى نهاية العقد الحالي.", []),
    ] as [(String, [String])])
  func decadesFromTheAnchor(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }
}
