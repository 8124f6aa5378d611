import DateNormalization
import Testing

/// Round 16: periods counted from the date in focus ("the following week", "the day after",
/// "الشهر التالي", "later in the week"), "overnight", "in two weeks' time", a clock time after
/// "by", "week-end", "late last night", "the past three years" with its article, "the third
/// quarter in a row", Arabic story frames and من + a month after a verb of onset. Sentences
/// written for these tests: "text=TYPE value[/mod]" in text order. Against Wednesday
/// 2027-11-17 (ISO week 46).
@Suite struct FollowingPeriodsAndNightsTests {
  /// The week, month or year after the date in focus, and the day after or before it.
  @Test(
    arguments: [
      (
        "The rebels took the town on October 3 and the army retook it the following week.",
        ["October 3=DATE 2027-10-03", "the following week=DATE 2027-W40"]
      ),
      (
        "The law was passed in June and took effect the following month.",
        ["June=DATE 2027-06", "the following month=DATE 2027-07"]
      ),
      (
        "The company was founded in 2019 and listed its shares the following year.",
        ["2019=DATE 2019", "the following year=DATE 2020"]
      ),
      (
        "Parliament will vote on Monday, and the senate the following week.",
        ["Monday=DATE 2027-11-22", "the following week=DATE 2027-W48"]
      ),
      (
        "Divers found the wreck on Sunday and the captain's body the day after.",
        ["Sunday=DATE 2027-11-14", "the day after=DATE 2027-11-15"]
      ),
      (
        "The army withdrew on Friday; rebels had shelled the town the day before.",
        ["Friday=DATE 2027-11-12", "the day before=DATE 2027-11-11"]
      ),
      (
        "سقط النظام في أبريل، وأجريت الانتخابات في الشهر التالي.",
        ["أبريل=DATE 2027-04", "الشهر التالي=DATE 2027-05"]
      ),
      // Guards: nothing to count from keeps the anchor's reading; an event after "after" is
      // no date; a month is too coarse for a day.
      ("The minister resigned and his deputy took over the following week.", ["the following week=DATE 2027-W47"]),
      ("Voters will choose a new president the day after the election.", []),
      ("Prices rose in March and fell the day after.", ["March=DATE 2027-03"]),
    ] as [(String, [String])])
  func periodsCountFromTheStory(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-11-17") == expected)
  }

  /// "overnight" as an adverb is the night before the anchor day, or the coming one in a
  /// future sentence; as an adjective it is no date.
  @Test(
    arguments: [
      ("Rebels shelled the northern suburbs overnight, residents said.", ["overnight=TIME 2027-11-16TNI"]),
      ("Police detained the suspect overnight.", ["overnight=TIME 2027-11-16TNI"]),
      ("Heavy snow will fall overnight in the mountains.", ["overnight=TIME 2027-11-17TNI"]),
      ("Guests paid for an overnight stay.", []),
      ("The central bank raised overnight rates.", []),
    ] as [(String, [String])])
  func overnight(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-11-17") == expected)
  }

  /// "' time" closes the amount; a clock time after "by" is a deadline; "week-end" is the
  /// weekend; "late last night" is the night with END.
  @Test(
    arguments: [
      ("The verdict is expected in two weeks' time.", ["in two weeks' time=DATE 2027-12-01"]),
      ("The bridge will reopen in a week's time.", ["in a week's time=DATE 2027-11-24"]),
      ("Bids must be submitted by 5 p.m. on Friday.", ["5 p.m. on Friday=TIME 2027-11-19T17:00/ON_OR_BEFORE"]),
      ("The polls close by 8:30 pm.", ["8:30 pm=TIME 2027-11-17T20:30/ON_OR_BEFORE"]),
      ("Liverpool won by 3 goals.", []),
      ("The index rose by 2 points on Tuesday.", ["Tuesday=DATE 2027-11-16"]),
      ("Thousands marched in the capital last week-end.", ["last week-end=DATE 2027-W45-WE"]),
      ("More rain is forecast this week-end.", ["this week-end=DATE 2027-W46-WE"]),
      ("The bomb exploded late last night.", ["late last night=TIME 2027-11-16TNI/END"]),
      ("Bars stayed open late last night.", ["last night=TIME 2027-11-16TNI"]),
    ] as [(String, [String])])
  func amountsDeadlinesAndNights(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-11-17") == expected)
  }

  /// "earlier / later in the week, month, year, day": the period of the date in focus, else the
  /// anchor's; a counted period keeps its article; a quarter counted "in a row" is no date.
  @Test(
    arguments: [
      ("The factory reopened earlier in the week.", ["earlier in the week=DATE 2027-W46"]),
      ("The election will be held later in the year.", ["later in the year=DATE 2027"]),
      (
        "Shares fell on Monday, and later in the week the firm cut its forecast.",
        ["Monday=DATE 2027-11-15", "later in the week=DATE 2027-W46"]
      ),
      (
        "The plant was sold in 2019. Earlier in the year it had cut jobs.",
        ["2019=DATE 2019", "Earlier in the year=DATE 2019"]
      ),
      (
        "Protests began on October 2. Later in the day police fired tear gas.",
        ["October 2=DATE 2027-10-02", "Later in the day=DATE 2027-10-02"]
      ),
      ("Rents have climbed 30 percent over the past four years.", ["the past four years=DURATION P4Y"]),
      ("The museum will stay shut for the next three weeks.", ["the next three weeks=DURATION P3W"]),
      ("The company reported losses for the third quarter in a row.", []),
      ("Sales fell for the second quarter running.", []),
      ("Sales fell in the third quarter.", ["the third quarter=DATE 2027-Q3"]),
    ] as [(String, [String])])
  func periodsOfTheStoryAndCounts(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-11-17") == expected)
  }

  /// A text that ends on a word of approximation or on "the" reads no token past its end (the
  /// article test of counted periods once did, after "about").
  @Test(
    arguments: [
      ("Talks lasted 3 days, about", ["3 days=DURATION P3D"]),
      ("Talks lasted 3 days, the", ["3 days=DURATION P3D"]),
    ] as [(String, [String])])
  func textEndingOnAnOpeningWord(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-11-17") == expected)
  }

  /// An Arabic story's present narrates, as an English one does; من + a month after a verb of
  /// onset starts ahead.
  @Test(
    arguments: [
      ("في الفيلم، يصل جاسوس إلى لشبونة يوم الاثنين.", ["يوم الاثنين=DATE 2027-11-15"]),
      ("في روايتها الأخيرة، تلتقي البطلة بأخيها يوم الجمعة.", ["يوم الجمعة=DATE 2027-11-12"]),
      ("تسري الأسعار الجديدة من أغسطس.", ["أغسطس=DATE 2028-08"]),
      ("يدخل القانون حيز التنفيذ من سبتمبر.", ["سبتمبر=DATE 2028-09"]),
      // Guards: no story noun, no frame; a past verb before من.
      ("في العاصمة، تفتح المتاجر أبوابها يوم الاثنين.", ["يوم الاثنين=DATE 2027-11-22"]),
      ("يصل الوفد إلى لشبونة يوم الاثنين.", ["يوم الاثنين=DATE 2027-11-22"]),
      ("تراجعت الصادرات من سبتمبر.", ["سبتمبر=DATE 2027-09"]),
    ] as [(String, [String])])
  func arabicStoriesAndMonthsFrom(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-11-17") == expected)
  }
}
