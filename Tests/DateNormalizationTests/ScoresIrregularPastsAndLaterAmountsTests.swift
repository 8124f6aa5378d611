import DateNormalization
import Testing

/// News forms left over from stage version 18, against Wednesday 2025-04-16 (ISO week 16):
/// a score before a time of day, 24-hour ranges, clock times without "at", verbs whose past is
/// their base form, "Oct." after "and", hours and weeks counted from the date in focus, a month
/// after a named year, and منذ with a bound after a long clause. Sentences written for these
/// tests: "text=TYPE value[/mod]" in text order. Rows marked as guards passed before the change
/// and must stay.
@Suite struct ScoresIrregularPastsAndLaterAmountsTests {
  @Test(
    arguments: [
      // A glued pair after a word of a match is a score, however it runs; the part of the
      // day still dates the match (the past verb puts it last Sunday).
      ("خسرت الجمعية 1-2 مساء الأحد في ملعبها", ["مساء الأحد=TIME 2025-04-13TEV"]),
      ("فاز الفريق 3-4 مساء السبت بعد مباراة مثيرة", ["مساء السبت=TIME 2025-04-12TEV"]),
      // Guard: without a match word the same pair is a range of hours.
      ("يفتح المكتب من 8-10 مساء", ["8=TIME 2025-04-16T20:00", "10 مساء=TIME 2025-04-16T22:00"]),
      // A 24-hour range with its end in the French style: both ends.
      ("The pharmacy is open 14-18h.", ["14=TIME 2025-04-16T14:00", "18h=TIME 2025-04-16T18:00"]),
      // "at" is no part of the clock time, as "on" is none of a date.
      ("The ceasefire starts at 5 pm.", ["5 pm=TIME 2025-04-16T17:00"]),
      ("The talks resume at 10:30 on Friday.", ["10:30 on Friday=TIME 2025-04-18T10:30"]),
      // Arabic عند likewise; الساعة stays, a noun of the expression.
      ("انفجرت السيارة عند الساعة الثامنة مساء", ["الساعة الثامنة مساء=TIME 2025-04-16T20:00"]),
    ] as [(String, [String])])
  func scoresAndClockTimes(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      // An object after the verb and no auxiliary before it: a finite past (nearest would be
      // the Saturday ahead, 2025-04-19).
      ("Officials shut the border crossing on Saturday.", ["Saturday=DATE 2025-04-12"]),
      ("It cut prices on Saturday.", ["Saturday=DATE 2025-04-12"]),
      // No object: a past verb of the sentence decides.
      ("Workers quit on Saturday after the talks failed.", ["Saturday=DATE 2025-04-12"]),
      // An auxiliary, "to" or a modal before it: the base form, and that word decides.
      ("Officials will shut the border crossing on Saturday.", ["Saturday=DATE 2025-04-19"]),
      ("The storm will hit the coast on Saturday.", ["Saturday=DATE 2025-04-19"]),
      ("The union plans to quit the talks on Saturday.", ["Saturday=DATE 2025-04-19"]),
      // Guards: a past "hit" stays past; a noun "cut" leaves the future word to decide.
      ("The storm hit the coast on Saturday, killing two people.", ["Saturday=DATE 2025-04-12"]),
      ("The rate cut on Saturday will help borrowers.", ["Saturday=DATE 2025-04-19"]),
    ] as [(String, [String])])
  func baseFormPasts(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      // "Oct." after "and": the abbreviation's dot makes the short name a month.
      ("Sales fell in Sept. and Oct. before rising.", ["Sept.=DATE 2024-09", "Oct.=DATE 2024-10"]),
      // Hours count from a clock time; weeks from a week, in the clause, the sentence or the
      // sentence before.
      (
        "The gates opened at 9 am and closed two hours later.",
        ["9 am=TIME 2025-04-16T09:00", "two hours later=TIME 2025-04-16T11:00"]
      ),
      (
        "Last week the plant closed, and a week later it reopened.",
        ["Last week=DATE 2025-W15", "a week later=DATE 2025-W16"]
      ),
      (
        "The plant closed last week. A week later it reopened.",
        ["last week=DATE 2025-W15", "A week later=DATE 2025-W16"]
      ),
      // Guards: with no date before it "later" stays an amount; a clock dates no week.
      ("Three weeks later, the army withdrew.", ["Three weeks=DURATION P3W"]),
      (
        "The plant flooded at 6 am and reopened two weeks later.",
        ["6 am=TIME 2025-04-16T06:00", "two weeks=DURATION P2W"]
      ),
      // A bare month right after a named year takes that year.
      ("جرت الانتخابات الرئاسية 2016 في نوفمبر", ["2016=DATE 2016", "نوفمبر=DATE 2016-11"]),
      ("The 2016 election in November changed the party.", ["2016=DATE 2016", "November=DATE 2016-11"]),
      // Guard: not across a sentence end.
      ("The 2016 election was close. In November, turnout fell.", ["2016=DATE 2016", "November=DATE 2024-11"]),
      // The coming weeks stay a vague amount, as the coming days are (TimeML PXW, PXD).
      ("Analysts expect more volatility in the coming weeks.", ["the coming weeks=DURATION PXW"]),
    ] as [(String, [String])])
  func monthsAndLaterAmounts(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      // After a past verb five words back, منذ and a bounded amount is the date that long ago
      // with BEFORE (a point: TIDES's BEFORE, not the duration's MORE_THAN).
      ("غادر الصحفي في ظروف صعبة منذ أكثر من ثلاثة أشهر", ["منذ أكثر من ثلاثة أشهر=DATE 2025-01/BEFORE"]),
      // After a present verb it says for how long: a DURATION with MORE_THAN.
      ("يعيش اللاجئون في ظروف صعبة منذ أكثر من ثلاثة أشهر", ["أكثر من ثلاثة أشهر=DURATION P3M/MORE_THAN"]),
    ] as [(String, [String])])
  func boundedSince(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2025-04-16") == expected)
  }
}
