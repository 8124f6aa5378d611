import DateNormalization
import Testing

/// Version 25's forms. Sentences written for these tests: "text=TYPE value" in text order.
@Suite struct StoriesPlansAndMeasuresFromMonthsTests {
  /// A sentence framed as a told story ("In the film, …") narrates in the present: its weekdays
  /// lie behind. Against Thursday 2026-10-15 (the nearest Sunday lies ahead, the coming Friday
  /// is the next day).
  @Test(
    arguments: [
      ("In the novel, the detective arrives in Venice on Sunday.", ["Sunday=DATE 2026-10-11"]),
      ("In the film, the heroine opens the letter on Sunday.", ["Sunday=DATE 2026-10-11"]),
      ("In the play, the old king dies on Tuesday.", ["Tuesday=DATE 2026-10-13"]),
      (
        "In her documentary, the family leaves the camp on Monday and reaches the border on Friday.",
        ["Monday=DATE 2026-10-12", "Friday=DATE 2026-10-09"]
      ),
      // Guards: no frame of a story, or a future word in it.
      ("The film opens in cinemas on Friday.", ["Friday=DATE 2026-10-16"]),
      ("In the capital, shops reopen on Monday.", ["Monday=DATE 2026-10-19"]),
      ("In the film, she will open the letter on Sunday.", ["Sunday=DATE 2026-10-18"]),
      ("The novel arrives in bookshops on Sunday.", ["Sunday=DATE 2026-10-18"]),
    ] as [(String, [String])])
  func storyFramesNarrateThePast(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// A past verb of intention before "to" tells when a plan was made: the plan's date with a
  /// month is placed by its nearness. Against Tuesday 2026-12-29.
  @Test(
    arguments: [
      (
        "The talks broke down on December 2, and the envoy planned to return on January 6.",
        ["December 2=DATE 2026-12-02", "January 6=DATE 2027-01-06"]
      ),
      ("The minister said he intended to visit Baghdad on January 10.", ["January 10=DATE 2027-01-10"]),
      ("The company planned to launch the phone in March, a spokesman said.", ["March=DATE 2027-03"]),
      ("The rebels vowed to retake the town by February.", ["February=DATE 2027-02"]),
      // Guards: a weekday keeps the past; a plain past verb keeps it; a comma ends the plan.
      ("The minister hoped to sign the accord on Monday.", ["Monday=DATE 2026-12-28"]),
      ("The company launched the phone in March.", ["March=DATE 2026-03"]),
      ("The firm planned to cut jobs, a filing in March showed.", ["March=DATE 2026-03"]),
    ] as [(String, [String])])
  func pastPlansArePlacedByNearness(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-12-29") == expected)
  }

  /// A month after "from" in a sentence with no tense word starts a measure ahead. Against
  /// Wednesday 2026-07-15 (the nearest March and April lie behind).
  @Test(
    arguments: [
      ("The new fuel tax applies from March.", ["March=DATE 2027-03"]),
      ("Entry fees double from April.", ["April=DATE 2027-04"]),
      ("Pensions rise by 3 percent from May 1.", ["May 1=DATE 2027-05-01"]),
      ("The ban on plastic bags applies from April onwards.", ["April=DATE 2027-04"]),
      // Guards: a past verb, a perfect, a source ("from March show"), a range.
      ("Sales rose 5 percent from March to June.", ["March=DATE 2026-03", "June=DATE 2026-06"]),
      ("Data from March show a drop in exports.", ["March=DATE 2026-03"]),
      ("Prices have risen steadily from April.", ["April=DATE 2026-04"]),
      ("The tax applied from March.", ["March=DATE 2026-03"]),
    ] as [(String, [String])])
  func monthsAfterFromStartMeasures(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-07-15") == expected)
  }

  /// Working hours after a daily recurrence: the hours are found, and the recurrence that only
  /// says on which days they hold is no SET of its own; alone it stays one. Against Thursday
  /// 2026-10-15.
  @Test(
    arguments: [
      ("The museum is open every day from 9 to 5.", ["9=TIME 2026-10-15T09:00", "5=TIME 2026-10-15T17:00"]),
      ("The clinic is open daily from 8 to 4.", ["8=TIME 2026-10-15T08:00", "4=TIME 2026-10-15T16:00"]),
      ("The library is open daily from 9 to 5.", ["9=TIME 2026-10-15T09:00", "5=TIME 2026-10-15T17:00"]),
      ("Volunteers work each day from 10 to 4.", ["10=TIME 2026-10-15T10:00", "4=TIME 2026-10-15T16:00"]),
      // Guards: a recurrence without hours, and numbers that are counts.
      ("The pharmacy is open daily.", ["daily=SET P1D"]),
      ("Trains run every day.", ["every day=SET P1D"]),
      ("The number of flights every day fell from 9 to 5.", ["every day=SET P1D"]),
    ] as [(String, [String])])
  func workingHoursAfterADailyRecurrence(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// يعود / تعود, a subject, إلى and a noun of an event: "goes back to", a day behind; إلى and a
  /// place is a return, ahead. Against Thursday 2026-10-15.
  @Test(
    arguments: [
      ("تعود الأزمة إلى اجتماع الاثنين بين الوزيرين.", ["الاثنين=DATE 2026-10-12"]),
      ("يعود الخلاف إلى قرار الأحد.", ["الأحد=DATE 2026-10-11"]),
      ("يعود التوتر إلى تصريحات الوزير يوم الثلاثاء.", ["يوم الثلاثاء=DATE 2026-10-13"]),
      ("يعود الرئيس إلى باريس الاثنين.", ["الاثنين=DATE 2026-10-19"]),
      ("تعود البعثة إلى بغداد يوم الأحد.", ["يوم الأحد=DATE 2026-10-18"]),
      ("يعود اللاعب إلى التدريبات يوم الأحد.", ["يوم الأحد=DATE 2026-10-18"]),
    ] as [(String, [String])])
  func arabicGoingBackToAnEvent(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }
}
