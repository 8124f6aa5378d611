import DateNormalization
import Testing

/// Forms of stage version 21: month names inside names (ف and a month name, the Mayo
/// Clinic), "second" as an ordinal after "a", ranges of months whose end follows their start,
/// and overnight hour ranges that end the next morning. Sentences written for these tests:
/// "text=TYPE value[/mod]" in text order. Rows marked as guards gave the same value before the
/// change and must keep it.
@Suite struct NamesOrdinalsAndRangeOrderTests {
  @Test(
    arguments: [
      // ف and a month name, with nothing around it that makes it a month: a name.
      ("وسجل البرازيلي فيوليه هدف بيراميدز.", [String]()),
      ("وقال فيوليه للصحفيين إن الفريق جاهز.", [String]()),
      ("وأكدت دراسة أجرتها مايو كلينك أن النوم مهم.", [String]()),
      ("وأظهرت دراسة لعيادة مايو أن المشي مفيد.", [String]()),
      // Guards: a direction word, a year or a preposition makes it a month.
      ("تراجعت المبيعات فيوليه الماضي.", ["يوليه الماضي=DATE 2025-07"]),
      ("فيوليه 2024 كان شهرا حارا.", ["يوليه 2024=DATE 2024-07"]),
      ("تستمر الأشغال حتى فيوليو.", ["يوليو=DATE 2026-07"]),
      ("وارتفعت الأسعار في يونيو ويوليو.", ["يونيو=DATE 2025-06", "يوليو=DATE 2025-07"]),
      ("ارتفع التضخم بيوليو.", ["يوليو=DATE 2025-07"]),
      ("ومارس الضغط على الحكومة.", [String]()),
    ] as [(String, [String])])
  func monthNamesInNames(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }

  @Test(
    arguments: [
      // "a second" before what it counts is the ordinal.
      ("Prices rose for a second straight month.", [String]()),
      ("Exports fell for a second month in March.", ["March=DATE 2026-03"]),
      ("The team lost for a second time.", [String]()),
      ("He was elected for a second term.", [String]()),
      ("They led for a second-half spell.", [String]()),
      // Guards: one second of time.
      ("The goalkeeper hesitated for a second before diving.", ["a second=DURATION PT1S"]),
      ("The lights went out for a second.", ["a second=DURATION PT1S"]),
      ("Growth slowed in the second quarter.", ["the second quarter=DATE 2026-Q2"]),
    ] as [(String, [String])])
  func ordinalSecond(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }

  @Test(
    arguments: [
      // Said on 15 June: the nearest November is ahead, the nearest February behind; the end
      // follows the start.
      (
        "The exhibition runs from late November to early February.", "2026-06-15",
        ["late November=DATE 2026-11/END", "early February=DATE 2027-02/START"]
      ),
      ("يستمر المعرض من نوفمبر إلى فبراير.", "2026-06-15", ["نوفمبر=DATE 2026-11", "فبراير=DATE 2027-02"]),
      (
        "The fair runs between November and February.", "2026-06-15",
        ["November=DATE 2026-11", "February=DATE 2027-02"]
      ),
      (
        "The festival runs from November 20 to February 5.", "2026-06-15",
        ["November 20=DATE 2026-11-20", "February 5=DATE 2027-02-05"]
      ),
      // Both behind the reference in a past sentence: the start moves back, the end stays.
      ("Prices rose from November to February.", "2026-12-15", ["November=DATE 2025-11", "February=DATE 2026-02"]),
      // A written year on one end places the other.
      (
        "The figures cover the period from November 2025 to February.", "2026-12-15",
        ["November 2025=DATE 2025-11", "February=DATE 2026-02"]
      ),
      // Guards: already in order.
      (
        "The exhibition runs from late November to early February.", "2026-04-15",
        ["late November=DATE 2025-11/END", "early February=DATE 2026-02/START"]
      ),
      (
        "The exhibition will run from November to February.", "2026-06-15",
        ["November=DATE 2026-11", "February=DATE 2027-02"]
      ),
    ] as [(String, String, [String])])
  func rangesOfMonths(sentence: String, reference: String, expected: [String]) {
    #expect(typed(sentence, reference) == expected)
  }

  @Test(
    arguments: [
      // An overnight range ends on the morning after its day.
      ("The road is closed 20-8h on Monday.", ["20=TIME 2026-04-13T20:00", "8h on Monday=TIME 2026-04-14T08:00"]),
      ("The road is closed on Monday 20-8h.", ["Monday 20=TIME 2026-04-13T20:00", "8h=TIME 2026-04-14T08:00"]),
      (
        "The party runs from 10 pm to 2 am on Friday.",
        ["10 pm=TIME 2026-04-17T22:00", "2 am on Friday=TIME 2026-04-18T02:00"]
      ),
      (
        "يغلق الطريق يوم الاثنين من الساعة العاشرة مساء إلى الساعة الثانية صباحا.",
        ["يوم الاثنين من الساعة العاشرة مساء=TIME 2026-04-13T22:00", "الساعة الثانية صباحا=TIME 2026-04-14T02:00"]
      ),
      // Guard: a daytime range stays on its day.
      (
        "The shop is open 9 am to 5 pm on Monday.",
        ["9 am=TIME 2026-04-13T09:00", "5 pm on Monday=TIME 2026-04-13T17:00"]
      ),
    ] as [(String, [String])])
  func overnightHourRanges(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-04-15") == expected)
  }
}
