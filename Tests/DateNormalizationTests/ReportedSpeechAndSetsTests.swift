import DateNormalization
import Testing

/// Round five: the tense of reported speech, Arabic perfect verbs read by their suffix,
/// "the coming Saturday", and recurrences with a count or a frequency. Sentences written for
/// these tests, against Friday 2024-03-08: "text=value" in text order.
@Suite struct ReportedSpeechAndSetsTests {
  /// A weekday between a reporting verb and إن/أن/that belongs to the reporting clause (past);
  /// the reported clause's verb places only what is inside it.
  @Test(
    arguments: [
      ("Negotiators said on Sunday that talks will resume in Doha.", ["Sunday=2024-03-03"]),
      (
        "قال المتحدث باسم وزارة الخارجية في مؤتمر صحفي أسبوعي بالدوحة يوم الأحد إن المحادثات ستستأنف",
        ["يوم الأحد=2024-03-03"]
      ),
      ("قال الوزير إن المحادثات ستستأنف الأحد", ["الأحد=2024-03-10"]),
      ("من المقرر أن تنطلق الانتخابات الأحد", ["الأحد=2024-03-10"]),
      ("ذكرت الوكالة أن الهجوم وقع الأحد", ["الأحد=2024-03-03"]),
      ("He said that on Sunday prices fell.", ["Sunday=2024-03-03"]),
      ("قال الوزير إن المحادثات تستأنف الأحد", ["الأحد=2024-03-10"]),
      ("The summit on Friday that will decide the budget was postponed.", ["Friday=2024-03-15"]),
      ("The vote on Monday that ousted him was close.", ["Monday=2024-03-04"]),
      ("ما زالت المحادثات متعثرة منذ الأحد", ["الأحد=2024-03-03"]),
    ] as [(String, [String])])
  func reportedSpeech(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Perfect verbs missing from the verb list, by their ت / وا suffix; "ما زالت" (still) is
  /// not past, so the Sunday stays the nearest.
  @Test(
    arguments: [
      ("أجرت الحكومة الأحد مشاورات مع النقابات", ["الأحد=2024-03-03"]),
      ("نقلت الوكالة عن مصدر أمني الأحد أن الهجوم سيتكرر", ["الأحد=2024-03-03"]),
      ("أبلغت الشركة المساهمين الأحد بخطتها", ["الأحد=2024-03-03"]),
      ("استأنفت المحكمة جلساتها الأحد", ["الأحد=2024-03-03"]),
      ("ناقشوا الخطة الأحد", ["الأحد=2024-03-03"]),
      ("ما زالت المحادثات معلقة حتى الأحد", ["الأحد=2024-03-10"]),
      ("في الوقت الذي تنطلق فيه القمة الأحد", ["الأحد=2024-03-10"]),
    ] as [(String, [String])])
  func arabicPerfectVerbs(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// "the coming/following/next Saturday" is the nearest ahead; a bare "next Sunday" next week's.
  @Test(
    arguments: [
      ("The coming Sunday will be decisive.", ["coming Sunday=2024-03-10"]),
      ("Voting ends the following Saturday.", ["following Saturday=2024-03-09"]),
      ("Talks resume next Sunday.", ["next Sunday=2024-03-17"]),
    ] as [(String, [String])])
  func comingWeekdays(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Recurrences: a counted period, a weekday after كل يوم, a frequency (the value is the
  /// period); "مرة في الأسبوع الماضي" is once last week.
  @Test(
    arguments: [
      ("The board meets three times a year.", ["three times a year=P1Y"]),
      ("Patients receive the drug twice per week.", ["twice per week=P1W"]),
      ("يجتمع المجلس ثلاث مرات في السنة", ["ثلاث مرات في السنة=P1Y"]),
      ("تصدر النشرة مرتين في الأسبوع", ["مرتين في الأسبوع=P1W"]),
      ("زار الوزير المدينة مرة في الأسبوع الماضي", ["الأسبوع الماضي=2024-W09"]),
      ("Elections are held every five years.", ["every five years=P5Y"]),
      ("تجرى الانتخابات كل عامين", ["كل عامين=P2Y"]),
      ("يتظاهر الطلاب كل يوم خميس", ["كل يوم خميس=XXXX-WXX-4"]),
      ("He tried three times before the deadline.", []),
      ("رحلاتها مبرمجة أيام الثلاثاء والخميس", ["أيام الثلاثاء=XXXX-WXX-2", "الخميس=XXXX-WXX-4"]),
      ("بعد أيام الأحد الماضي", ["الأحد الماضي=2024-03-03"]),
    ] as [(String, [String])])
  func recurrences(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// The anchor's day a period away, and fiscal years; "مارس 15 مرة" is practised 15 times.
  @Test(
    arguments: [
      ("At this time last year, the port was closed.", ["this time last year=2023-03-08"]),
      ("عاد الهدوء في مثل هذا اليوم من العام الماضي", ["هذا اليوم من العام الماضي=2023-03-08"]),
      ("The fiscal year 2024 budget was approved.", ["fiscal year 2024=FY2024"]),
      ("Revenue rose in FY2025.", ["FY2025=FY2025"]),
      ("أقر البرلمان ميزانية السنة المالية 2024", ["السنة المالية 2024=FY2024"]),
      ("مارس 15 مرة الرياضة", []),
      // TimeML's vague amount (round 8; it was left out before).
      ("It was the first time in years.", ["years=PXY"]),
    ] as [(String, [String])])
  func sameDayAndFiscalYears(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Halves of a year (TIMEX3 H1/H2), decades with a modifier, a range of clock times on a
  /// day, a fortnight, the week of a date.
  @Test(
    arguments: [
      ("The economy shrank in the first half of 2023.", ["the first half of 2023=2023-H1"]),
      ("تراجع الاقتصاد في النصف الأول من العام الماضي", ["النصف الأول من العام الماضي=2023-H1"]),
      ("يتوقع النمو في النصف الثاني من العام الجاري", ["النصف الثاني من العام الجاري=2024-H2"]),
      ("The first half of the match was dull.", []),
      ("Macron will visit in the second half of the year.", ["the second half of the year=2024-H2"]),
      ("Sales rose in the second half of last year.", ["the second half of last year=2023-H2"]),
      ("The second half of the debate was tense.", []),
      ("The company was founded in the early 1990s.", ["the early 1990s=199/START"]),
      ("ازدهرت الصناعة في منتصف التسعينيات", ["منتصف التسعينيات=199/MID"]),
      (
        "The meeting lasted from 9 a.m. to 3 p.m. on Tuesday.",
        ["9 a.m.=2024-03-05T09:00", "3 p.m. on Tuesday=2024-03-05T15:00"]
      ),
      ("A fortnight ago, the talks collapsed.", ["A fortnight ago=2024-02-23"]),
      ("Talks are set for the week of March 18.", ["the week of March 18=2024-W12"]),
      ("The week of talks ended.", []),
    ] as [(String, [String])])
  func halvesDecadesAndRanges(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// The last quarter of a year; an amount counted from an event is a DURATION, from now a date.
  @Test(
    arguments: [
      ("تراجعت الأسعار خلال الربع الأخير من العام الماضي", ["الربع الأخير من العام الماضي=2023-Q4"]),
      ("Sales fell in the final quarter of last year.", ["the final quarter of last year=2023-Q4"]),
      ("Profit rose last quarter.", ["last quarter=2023-Q4"]),
      ("The final report was published.", []),
      ("بعد ثلاثة أيام من الاشتباكات", ["ثلاثة أيام=P3D"]),
      ("قبل أسبوع من الانتخابات", ["أسبوع=P1W"]),
      // A past verb: two days after an event the sentence does not date, an amount.
      ("عاد بعد يومين", ["يومين=P2D"]),
      ("يعود بعد يومين", ["بعد يومين=2024-03-10"]),
    ] as [(String, [String])])
  func lastQuartersAndEventOffsets(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }
}
