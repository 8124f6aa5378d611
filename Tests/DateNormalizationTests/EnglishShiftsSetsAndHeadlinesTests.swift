import DateNormalization
import Testing

/// Round 11's English news forms, each row with TimeML's type, value and mod ("text=TYPE
/// value[/mod]" in text order): "in" + an amount after a negation, a perfect or a superlative
/// (a DURATION), "a year earlier" and "two weeks later" counted from the date in focus or the
/// document date, "quarterly" and "every quarter" as SETs, numbers after "at" that are amounts,
/// the end of a range after "Dec.", present-tense headlines, "the 1990s" with its article and
/// "3ish pm". Sentences written for these tests, against Wednesday 2025-03-12 unless a row says.
@Suite struct EnglishShiftsSetsAndHeadlinesTests {
  @Test(
    arguments: [
      ("The two airlines have not shared routes in three decades.", ["three decades=DURATION P3DE"]),
      ("Rice exports have tripled in five years.", ["five years=DURATION P5Y"]),
      ("The trade deficit is the widest in a decade.", ["a decade=DURATION P1DE"]),
      ("Home sales rose for the first time in two years.", ["two years=DURATION P2Y"]),
      // A modal or a future word nearer to "in" keeps the point ahead.
      ("The reservoir could run dry in two decades.", ["in two decades=DATE 204"]),
      ("The bank has said it will repay the loan in three years.", ["in three years=DATE 2028"]),
    ] as [(String, [String])])
  func inAnAmountAsASpan(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-03-12") == expected)
  }

  @Test(
    arguments: [
      ("Factory output was 3 percent lower than a year earlier.", ["a year earlier=DATE 2024"]),
      ("Exports grew in January from a month earlier.", ["January=DATE 2025-01", "a month earlier=DATE 2024-12"]),
      (
        "The first convoy left on Feb. 3 and the second two weeks later.",
        ["Feb. 3=DATE 2025-02-03", "two weeks later=DATE 2025-02-17"]
      ),
      ("Profits rose in 2023 from a year earlier.", ["2023=DATE 2023", "a year earlier=DATE 2022"]),
      // "later" with no date before it follows an undated event: still an amount.
      ("Two weeks later, the strike ended.", ["Two weeks=DURATION P2W"]),
      // A comparison is no date.
      ("The bridge opened two years earlier than planned.", ["two years=DURATION P2Y"]),
    ] as [(String, [String])])
  func earlierAndLater(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-03-12") == expected)
  }

  @Test(
    arguments: [
      ("The fund rebalances its holdings quarterly.", ["quarterly=SET P3M"]),
      ("Inspections take place every quarter.", ["every quarter=SET P3M"]),
      ("Shareholders meet twice a year.", ["twice a year=SET P1Y"]),
      ("Licences are renewed annually.", ["annually=SET P1Y"]),
    ] as [(String, [String])])
  func sets(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-03-12") == expected)
  }

  @Test(
    arguments: [
      ("The painting sold at 3 million dollars.", []),
      ("The currency closed at 150 yen against the dollar.", []),
      ("The index finished at 7,400 points on Monday.", ["Monday=DATE 2025-03-10"]),
      ("Mortgage rates were fixed at 6 per cent.", []),
      // A clock time after "at" is still one.
      ("The hearing resumes at 3 in the afternoon.", ["3 in the afternoon=TIME 2025-03-12T15:00"]),
    ] as [(String, [String])])
  func amountsAfterAt(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-03-12") == expected)
  }

  /// The dot of "Dec." no longer ends the sentence for the range's end, so both ends take the
  /// past tense (reference Wednesday 2025-08-20: the nearest December is ahead).
  @Test func pastRangeAfterAbbreviatedMonth() {
    #expect(
      typed("The airport was shut from Dec. 23 to Dec. 27 after the blizzard.", "2025-08-20") == [
        "Dec. 23=DATE 2024-12-23", "Dec. 27=DATE 2024-12-27",
      ])
    // "suspended from … to …" is the time of the suspension; "postponed … to" moves the event.
    #expect(
      typed("Ferries were suspended from Jan. 5 to Jan. 7.", "2025-08-20") == [
        "Jan. 5=DATE 2025-01-05", "Jan. 7=DATE 2025-01-07",
      ])
    #expect(
      typed("The vote was postponed from March 3 to April 7.", "2025-03-12") == [
        "March 3=DATE 2025-03-03", "April 7=DATE 2025-04-07",
      ])
    #expect(
      typed("The airport will be shut from Dec. 23 to Dec. 27.", "2025-08-20") == [
        "Dec. 23=DATE 2025-12-23", "Dec. 27=DATE 2025-12-27",
      ])
  }

  @Test(
    arguments: [
      // A headline's present reports the past.
      ("Gold Slips on Thursday as Dollar Firms", ["Thursday=DATE 2025-03-06"]),
      ("Shares Tumble Monday After Weak Earnings", ["Monday=DATE 2025-03-10"]),
      // "to" and "for" announce it.
      ("Dockers to Strike on Thursday Over Wages", ["Thursday=DATE 2025-03-13"]),
      ("Dock Strike Set For Thursday Across Ports", ["Thursday=DATE 2025-03-13"]),
      // A month keeps the nearest reading.
      ("Bank Signals June Rate Cut", ["June=DATE 2025-06"]),
    ] as [(String, [String])])
  func headlines(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-03-12") == expected)
  }

  @Test func decadeWithItsArticle() {
    #expect(typed("The mill closed in the 1980s.", "2025-03-12") == ["the 1980s=DATE 198"])
  }

  @Test func approximateHour() {
    #expect(typed("The talks resumed at 4ish pm.", "2025-03-12") == ["4ish pm=TIME 2025-03-12T16:00/APPROX"])
  }

  /// Placed ahead, "one year after Christmas" is the first such day still to come.
  @Test func yearAfterAHolidayAhead() {
    #expect(
      typed("one year after Christmas", "2025-02-10", preference: .future) == [
        "one year after Christmas=DATE 2025-12-25"
      ])
  }
}
