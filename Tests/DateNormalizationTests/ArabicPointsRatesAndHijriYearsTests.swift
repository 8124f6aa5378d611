import DateNormalization
import Testing

/// Arabic news forms: the present as "الوقت الحالي", hour ranges joined by a glued و, decades
/// with "من القرن", Hijri years alone, midnight and noon in words, bounded amounts back from
/// the reference, "per hour" rates, منذ after a long subject, and counted weeks as weeks.
/// Sentences written for these tests, against Wednesday 2025-04-16: "text=value[/mod]" in
/// text order. The rows of each new reading failed before it; the others (the year of
/// "العام الحالي", a time after a quantity, a present or negated clause before منذ) guard what
/// must stay.
@Suite struct ArabicPointsRatesAndHijriYearsTests {
  @Test(
    arguments: [
      // TimeML's PRESENT_REF, as "الوقت الحاضر" already was; "العام الحالي" is still the year.
      ("تعمل الحكومة في الوقت الحالي على إعداد الميزانية", ["الوقت الحالي=PRESENT_REF"]),
      ("تراجعت البطالة خلال العام الحالي", ["العام الحالي=2025"]),
      // The part of the day after the range applies to both hours.
      (
        "يفتح المتحف أبوابه بين الساعة الثانية والرابعة بعد الظهر",
        ["الساعة الثانية=2025-04-16T14:00", "الرابعة بعد الظهر=2025-04-16T16:00"]
      ),
      ("عرفت البلاد تحولات كبيرة في السبعينيات من القرن الماضي", ["السبعينيات من القرن الماضي=197"]),
      ("ظهرت الحركة في الثمانينات من القرن العشرين", ["الثمانينات من القرن العشرين=198"]),
      // The first day of the Hijri year by the Umm al-Qura tables (1 Muharram 1445 =
      // 2023-07-19, 1 Muharram 1446 = 2024-07-07), with the Hijri year beside it.
      ("أسس المعهد عام 1445 هـ", ["عام 1445 هـ=2023-07-19"]),
      ("طبع الديوان سنة 1446 هجرية", ["سنة 1446 هجرية=2024-07-07"]),
      // Midnight ends the reference day (ISO 8601's 24:00); noon is 12:00.
      ("يسري حظر التجول عند منتصف الليل", ["منتصف الليل=2025-04-16T24:00"]),
      ("تصل القافلة منتصف النهار", ["منتصف النهار=2025-04-16T12:00"]),
      ("يبدأ الاجتماع عند الظهيرة", ["الظهيرة=2025-04-16T12:00"]),
      ("انطلقت القافلة\nعند الظهيرة", ["الظهيرة=2025-04-16T12:00"]),
    ] as [(String, [String])])
  func newsForms(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      // After a past verb, منذ and a bounded amount is a past point, as "منذ عامين" is.
      ("غادر اللاعب النادي منذ أكثر من عامين", ["منذ أكثر من عامين=2023/BEFORE"]),
      ("سافر الوفد قبل أكثر من أسبوعين", ["قبل أكثر من أسبوعين=2025-W14/BEFORE"]),
      ("وقع الحادث قبل أقل من شهر", ["قبل أقل من شهر=2025-03/AFTER"]),
      // After a present verb it stays how long.
      ("يقيم اللاجئون في المخيم منذ أكثر من عامين", ["أكثر من عامين=P2Y/MORE_THAN"]),
      ("لم يزر الوزير المدينة منذ أكثر من عام", ["أكثر من عام=P1Y/MORE_THAN"]),
      // A counted week back or ahead is that week, not a day.
      ("أفرج عن الناشط قبل أسبوعين", ["قبل أسبوعين=2025-W14"]),
      // A long subject between the verb and منذ: the verb still decides.
      (
        "أطلقت وزارة الصحة في المناطق الريفية بالشراكة مع المنظمات الدولية والجمعيات المحلية برنامجا واسعا منذ خمسة أيام",
        ["منذ خمسة أيام=2025-04-11"]
      ),
    ] as [(String, [String])])
  func amountsBack(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      // A quantity, then "في الساعة الواحدة": per hour.
      ("تطلق المدافع 50 قذيفة في الساعة الواحدة", []),
      ("ينتج المصنع ألف قطعة في الساعة الواحدة", []),
      ("ينتج الحقل 500 برميل في الساعة", []),
      // With a part of the day, or another hour, it is a time.
      ("تطلق المدافع 50 قذيفة في الساعة الواحدة ظهرا", ["الساعة الواحدة ظهرا=2025-04-16T13:00"]),
      ("وصل الرئيس في الساعة الواحدة ظهرا", ["الساعة الواحدة ظهرا=2025-04-16T13:00"]),
      ("قتل 5 أشخاص في الساعة الثالثة فجرا", ["الساعة الثالثة فجرا=2025-04-16T03:00"]),
    ] as [(String, [String])])
  func perHourRates(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }
}
