import DateNormalization
import Testing

/// Reviewed forms of stage version 19, against Wednesday 2026-04-15 (the nearest Saturday and
/// Friday ahead, the nearest Monday behind): hour ranges after a range word or a verb of
/// opening near a word of a match, base-form verbs opening a sentence or a condition, and a
/// short month with its dot before a name. Sentences written for these tests: "text=TYPE
/// value[/mod]" in text order. Rows marked as guards passed before the change and must stay.
@Suite struct RangesConditionsAndAbbreviationsTests {
  @Test(
    arguments: [
      // A pair right after من / بين / from / between is a range of hours.
      (
        "فاز الفريق وتفتح الشبابيك من 4-6 مساء السبت.",
        ["4=TIME 2026-04-18T16:00", "6 مساء السبت=TIME 2026-04-18T18:00"]
      ),
      ("تعلن النتيجة بين 8-10 مساء الأحد.", ["8=TIME 2026-04-12T20:00", "10 مساء الأحد=TIME 2026-04-12T22:00"]),
      // Guard: a match word out of reach (more than six words before). Since version 20 the
      // present verb of opening (يستقبل، opens, takes place) puts the day ahead.
      (
        "خسر النادي لكن المتحف يستقبل الزوار من 3-5 مساء الجمعة.",
        ["3=TIME 2026-04-17T15:00", "5 مساء الجمعة=TIME 2026-04-17T17:00"]
      ),
      // نتيجة لذلك is "as a result"; a verb of opening nearer than a match word keeps hours.
      (
        "ونتيجة لذلك تفتح المكاتب 8-10 مساء الجمعة.",
        ["8=TIME 2026-04-17T20:00", "10 مساء الجمعة=TIME 2026-04-17T22:00"]
      ),
      (
        "After the vote was lost, polls stay open 8-10 pm on Friday.",
        ["8=TIME 2026-04-17T20:00", "10 pm on Friday=TIME 2026-04-17T22:00"]
      ),
      (
        "The draw for the cup takes place 6-8 pm on Monday.",
        ["6=TIME 2026-04-20T18:00", "8 pm on Monday=TIME 2026-04-20T20:00"]
      ),
      (
        "The team won and the shop opens 2-4 pm on Saturday.",
        ["2=TIME 2026-04-18T14:00", "4 pm on Saturday=TIME 2026-04-18T16:00"]
      ),
      // Guards: real scores stay scores.
      ("فاز الترجي 3-1 مساء السبت.", ["مساء السبت=TIME 2026-04-11TEV"]),
      ("فاز النادي بنتيجة 2-4 مساء الأحد.", ["مساء الأحد=TIME 2026-04-12TEV"]),
      ("The club lost 1-2 on Saturday evening.", ["Saturday evening=TIME 2026-04-11TEV"]),
    ] as [(String, [String])])
  func hourRangesNearMatchWords(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }

  @Test(
    arguments: [
      // An imperative opening the sentence has no tense: the nearest Saturday, ahead.
      ("Let the games begin on Saturday.", ["Saturday=DATE 2026-04-18"]),
      ("Spread the word before Saturday.", ["Saturday=DATE 2026-04-18"]),
      ("Shut down the servers on Friday, the memo says.", ["Friday=DATE 2026-04-17"]),
      // Guard: passed before the change too.
      ("Set your clocks back on Saturday night.", ["Saturday night=TIME 2026-04-18TNI"]),
      // A condition: the main clause's "will" decides.
      ("If rates hit 5% on Friday, the bank will act.", ["Friday=DATE 2026-04-17"]),
      ("Unless the union cut its demands on Friday, the strike will go on.", ["Friday=DATE 2026-04-17"]),
      // Guards: a finite past verb after a subject stays past.
      ("Officials shut the bridge on Friday after the storm.", ["Friday=DATE 2026-04-10"]),
      ("The storm hit the island on Saturday.", ["Saturday=DATE 2026-04-11"]),
    ] as [(String, [String])])
  func baseFormsInImperativesAndConditions(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }

  @Test(
    arguments: [
      // A short month with its dot before a capitalised word is an abbreviation of a name.
      ("The bill passed after Sen. Aug. Pfluger voted no.", [String]()),
      ("The minister met Gen. Dec. Okafor in the capital.", [String]()),
      ("The summit opened in Mar. del Plata.", [String]()),
      // Guards: the months of a list or with a day stay months.
      (
        "Exports rose in Sept. and Oct. last year.", ["Sept.=DATE 2025-09", "Oct.=DATE 2025-10", "last year=DATE 2025"]
      ),
      ("The court sits again on Aug. 4.", ["Aug. 4=DATE 2026-08-04"]),
    ] as [(String, [String])])
  func abbreviatedMonthsBeforeNames(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }

  @Test(
    arguments: [
      // منذ + "ما يزيد على" / "أزيد من" after a past verb reads as منذ أكثر من: the point that
      // long ago, earlier still (BEFORE).
      ("غادر السفير البلاد منذ ما يزيد على عامين.", ["منذ ما يزيد على عامين=DATE 2024/BEFORE"]),
      ("هاجرت العائلة منذ أزيد من خمسة أعوام.", ["منذ أزيد من خمسة أعوام=DATE 2021/BEFORE"]),
      // Guard: after a present verb منذ says for how long.
      ("يقيم الكاتب في المدينة منذ ما يزيد على عامين.", ["يزيد على عامين=DURATION P2Y/MORE_THAN"]),
    ] as [(String, [String])])
  func sinceWithRelativeBounds(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }
}
