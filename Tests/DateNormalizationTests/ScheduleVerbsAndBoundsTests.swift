import DateNormalization
import Testing

/// Forms of stage version 20, against Wednesday 2026-04-15 (the nearest Sunday, Monday and
/// Tuesday are behind it, the coming ones a week on): present-tense verbs of schedules,
/// forecasts and warnings, outlooks for a month's quarter, base-form pasts with a plain
/// object, "منذ ما لا يقل عن", "A week later" with nothing to count from, and overnight hour
/// ranges. Sentences written for these tests: "text=TYPE value[/mod]" in text order. Rows
/// marked as guards gave the same value before the change and must keep it.
@Suite struct ScheduleVerbsAndBoundsTests {
  @Test(
    arguments: [
      // A present verb of schedules puts its weekday ahead.
      ("The final kicks off at 8.45 pm on Sunday.", ["8.45 pm on Sunday=TIME 2026-04-19T20:45"]),
      ("The match starts on Monday.", ["Monday=DATE 2026-04-20"]),
      ("The museum reopens on Tuesday after a long renovation.", ["Tuesday=DATE 2026-04-21"]),
      ("The strike begins at midnight on Sunday.", ["midnight on Sunday=TIME 2026-04-19T24:00"]),
      ("The defendant appears in court on Monday.", ["Monday=DATE 2026-04-20"]),
      ("Voters go to the polls on Sunday.", ["Sunday=DATE 2026-04-19"]),
      ("The final kicks off on Sunday, organisers said.", ["Sunday=DATE 2026-04-19"]),
      ("The new model is set for release on Monday.", ["Monday=DATE 2026-04-20"]),
      ("Heavy rain is forecast for Sunday.", ["Sunday=DATE 2026-04-19"]),
      ("تنطلق المباراة مساء الأحد.", ["مساء الأحد=TIME 2026-04-19TEV"]),
      ("يصل الرئيس إلى باريس يوم الاثنين.", ["يوم الاثنين=DATE 2026-04-20"]),
      ("قال الوزير إن المفاوضات تبدأ يوم الأحد.", ["يوم الأحد=DATE 2026-04-19"]),
      // A verb that is as often a plural noun counts before its object.
      ("The company reports earnings on Tuesday after the bell.", ["Tuesday=DATE 2026-04-21"]),
      ("The agency releases its figures on Monday.", ["Monday=DATE 2026-04-20"]),
      // Guard: a noun before "on".
      ("Media reports on Friday said the talks failed.", ["Friday=DATE 2026-04-10"]),
      // Guards: a negation, an auxiliary or a verb before it decides; a past verb nearer wins.
      ("Voters did not go to the polls on Sunday.", ["Sunday=DATE 2026-04-12"]),
      ("لم تنطلق المباراة يوم الأحد بسبب الأمطار.", ["يوم الأحد=DATE 2026-04-12"]),
      ("The strike that began on Monday ended on Thursday.", ["Monday=DATE 2026-04-13", "Thursday=DATE 2026-04-09"]),
      ("Shops stayed open late on Sunday.", ["Sunday=DATE 2026-04-12"]),
    ] as [(String, [String])])
  func presentVerbsOfSchedules(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }

  @Test(
    arguments: [
      // A warning is for what is coming, except the day right after the verb.
      ("Forecasters warned of snow on higher ground from Sunday night.", ["Sunday night=TIME 2026-04-19TNI"]),
      ("حذرت الأرصاد من أمطار غزيرة مساء الأحد.", ["مساء الأحد=TIME 2026-04-19TEV"]),
      // Guard: the day the warning was given.
      ("The agency warned on Monday that rivers could burst.", ["Monday=DATE 2026-04-13"]),
      // An outlook for a month's quarter is ahead; results for it keep the verb's tense.
      ("The company raised its guidance for the January quarter.", ["January=DATE 2027-01"]),
      ("Revenue in the January quarter rose 5%.", ["January=DATE 2026-01"]),
      // "date of" / "deadline of": the date set lies ahead.
      ("The judge set a trial date of March 2.", ["March 2=DATE 2027-03-02"]),
      // A base-form past between a subject and a plain object is the report's past.
      ("Airlines cut fares on Saturday.", ["Saturday=DATE 2026-04-11"]),
      // Guards: a modal or a condition decides.
      ("Airlines will cut fares on Saturday.", ["Saturday=DATE 2026-04-18"]),
      ("If airlines cut fares on Saturday, rivals will follow.", ["Saturday=DATE 2026-04-18"]),
    ] as [(String, [String])])
  func warningsOutlooksAndBasePasts(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }

  @Test(
    arguments: [
      // "no less than N ago" after a past verb: that point or earlier.
      ("غادر السفير البلاد منذ ما لا يقل عن ثلاثة أشهر.", ["منذ ما لا يقل عن ثلاثة أشهر=DATE 2026-01/ON_OR_BEFORE"]),
      // Guard: after a present verb, for how long.
      ("يقيم اللاعب في باريس منذ ما لا يقل عن عامين.", ["عامين=DURATION P2Y"]),
      // "A week later" with nothing to count from is an amount, as "Three weeks later" is.
      ("A week later, the government reversed course.", ["A week=DURATION P1W"]),
      ("A month later the deal collapsed.", ["A month=DURATION P1M"]),
      // Guard: the form it follows.
      ("Three weeks later, the army withdrew.", ["Three weeks=DURATION P3W"]),
      // Guard: with a date before it, counted from that date.
      (
        "The plant closed last week, and a week later it reopened.",
        ["last week=DATE 2026-W15", "a week later=DATE 2026-W16"]
      ),
      // An overnight range keeps its start and ends the next morning (version 21).
      ("The shops open 20-8h.", ["20=TIME 2026-04-15T20:00", "8h=TIME 2026-04-16T08:00"]),
      // Guard: a daytime range.
      ("The shop opens 14-18h.", ["14=TIME 2026-04-15T14:00", "18h=TIME 2026-04-15T18:00"]),
    ] as [(String, [String])])
  func boundsLaterAmountsAndOvernightHours(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }
}
