import DateNormalization
import Testing

/// Where version 20's readings ahead must not fire, against Wednesday 2026-04-15 (the nearest
/// Sunday and Monday are behind it, the coming ones a week on): a title-case headline's present
/// and a market's session report the past; a past verb right after the date makes the schedule
/// verb a plural noun ("New rules on Monday forced …"); كان before the subject makes the
/// imperfect a past habit; a bare day after what was warned of is the day of the warning; a
/// date of an event followed by a past verb has come; a quarter's guidance already beaten is
/// over. Sentences written for these tests: "text=TYPE value" in text order. Rows marked as
/// guards keep the reading ahead.
@Suite struct ScheduleVerbLimitsTests {
  @Test(
    arguments: [
      ("Dow Closes Higher on Monday", ["Monday=DATE 2026-04-13"]),
      ("Strike Ends on Monday After Deal", ["Monday=DATE 2026-04-13"]),
      ("Wall Street ends higher on Monday as tech rallies.", ["Monday=DATE 2026-04-13"]),
      ("New rules on Monday forced shops to close.", ["Monday=DATE 2026-04-13"]),
      ("Strong starts on Monday lifted the index.", ["Monday=DATE 2026-04-13"]),
      ("Police raids and visits on Sunday turned up nothing.", ["Sunday=DATE 2026-04-12"]),
      ("New rules on Monday were a shock to shops.", ["Monday=DATE 2026-04-13"]),
      ("كانت المباراة تنطلق مساء الأحد.", ["مساء الأحد=TIME 2026-04-12TEV"]),
      ("كانت المباراة النهائية تنطلق يوم الأحد.", ["يوم الأحد=DATE 2026-04-12"]),
      ("The company warned of job cuts on Monday.", ["Monday=DATE 2026-04-13"]),
      ("حذر الوزير من تداعيات القرار يوم الأحد.", ["يوم الأحد=DATE 2026-04-12"]),
      ("The deadline of Jan. 20 passed without a deal.", ["Jan. 20=DATE 2026-01-20"]),
      ("The original trial date of March 2 was postponed.", ["March 2=DATE 2026-03-02"]),
      ("The company beat its guidance for the January quarter.", ["January=DATE 2026-01"]),
      // Guards: a verb right before the day in a headline, a present verb, a part of the day
      // after a warning, a date of an event still to come.
      ("Union Says Strike Starts Monday", ["Monday=DATE 2026-04-20"]),
      ("تنطلق المباراة مساء الأحد.", ["مساء الأحد=TIME 2026-04-19TEV"]),
      ("Forecasters warned of heavy rain on Sunday night.", ["Sunday night=TIME 2026-04-19TNI"]),
      ("The judge set a trial date of March 2, the court said.", ["March 2=DATE 2027-03-02"]),
    ] as [(String, [String])])
  func readingAheadStopsWhereThePastIsMeant(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }
}
