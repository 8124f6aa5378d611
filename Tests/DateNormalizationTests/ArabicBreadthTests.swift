import DateNormalization
import Testing

/// Round six, Arabic: counted periods with the article, noon and night before a day, قد before
/// an imperfect verb, seasons of a relative year, and holidays mentioned in passing (both
/// languages). Sentences written for these tests, against Friday 2024-03-08: "text=value" in
/// text order.
@Suite struct ArabicBreadthTests {
  /// A definite dual, or a definite plural and its number, with a direction: a DURATION whose
  /// extent holds the direction word; a vague plural ("السنوات الأخيرة") is TimeML's `PXY`.
  @Test(
    arguments: [
      ("ارتفعت الأسعار خلال الشهرين الماضيين", ["الشهرين الماضيين=P2M"]),
      ("تضاعفت الصادرات في العامين الماضيين", ["العامين الماضيين=P2Y"]),
      ("ستشهد البلاد أمطارا خلال اليومين المقبلين", ["اليومين المقبلين=P2D"]),
      ("نمت الصادرات في السنتين الأخيرتين", ["السنتين الأخيرتين=P2Y"]),
      ("تراجع الدينار خلال الأشهر الستة الماضية", ["الأشهر الستة الماضية=P6M"]),
      ("سيتم تعديل القانون خلال الأيام العشرة المقبلة", ["الأيام العشرة المقبلة=P10D"]),
      ("تراجعت الواردات خلال السنوات الخمس الماضية", ["السنوات الخمس الماضية=P5Y"]),
      ("تغيرت المدينة كثيرا في السنوات الأخيرة", ["السنوات الأخيرة=PXY"]),
    ] as [(String, [String])])
  func countedPeriods(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// ظهر / ظهيرة before a day is noon, "بعد ظهر" the afternoon, ليل the night after the day;
  /// ظهر without a day after it is the verb "appeared".
  @Test(
    arguments: [
      ("أعلن الناطق الرسمي ظهر اليوم عن التشكيلة", ["ظهر اليوم=2024-03-08T12:00"]),
      ("ستصل القافلة ظهر الأحد", ["ظهر الأحد=2024-03-10T12:00"]),
      ("تنطلق المسيرة ظهيرة غد", ["ظهيرة غد=2024-03-09T12:00"]),
      ("وقع الانفجار بعد ظهر أمس", ["بعد ظهر أمس=2024-03-07TAF"]),
      ("سمعت أصوات انفجارات ليل أمس", ["ليل أمس=2024-03-07TNI"]),
      ("ظهر الوزير في التلفزيون متعبا", []),
    ] as [(String, [String])])
  func noonAndNight(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// قد before an imperfect verb looks ahead; before a perfect one (listed or by its suffix)
  /// it stays past, as لقد and لم do.
  @Test(
    arguments: [
      ("قد يصل الوفد السبت إلى تونس", ["السبت=2024-03-09"]),
      ("قد يلتقي الوزيران الأربعاء في الجزائر", ["الأربعاء=2024-03-13"]),
      ("قد نشهد تغييرات الثلاثاء", ["الثلاثاء=2024-03-12"]),
      ("قد تم توقيع الاتفاق الثلاثاء", ["الثلاثاء=2024-03-05"]),
      ("قد أنهت اللجنة أعمالها الأربعاء", ["الأربعاء=2024-03-06"]),
      ("لقد تراجع المؤشر الأربعاء", ["الأربعاء=2024-03-06"]),
      ("لم تعلن الشركة نتائجها الأربعاء", ["الأربعاء=2024-03-06"]),
    ] as [(String, [String])])
  func mayBeforeImperfect(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// بعد أن / منذ أن with a perfect verb tell of what happened, even when the verb is unlisted
  /// or carries a pronoun ("رفعها"); with an imperfect the event may lie ahead (the nearest
  /// reading stays). Anchored on Thursday 14 November 2024, where March is nearer ahead.
  @Test(
    arguments: [
      ("ارتفع الجنيه بعد أن رفعها البنك في مارس", ["مارس=2024-03"]),
      ("عاد إلى بلاده منذ أن غادرها في مارس", ["مارس=2024-03"]),
      ("بعد أن يرفعها البنك في مارس", ["مارس=2025-03"]),
      ("يأمل المستثمرون خفض الفائدة في مارس", ["مارس=2025-03"]),
    ] as [(String, [String])])
  func afterThatWithAPerfectVerb(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-11-14") == expected)
  }

  /// A season followed by a year named relative to the anchor.
  @Test(
    arguments: [
      ("تنطلق الحملة في خريف هذا العام", ["خريف هذا العام=2024-FA"]),
      ("اشتد البرد في شتاء العام الماضي", ["شتاء العام الماضي=2023-WI"]),
      ("يبدأ التشغيل في صيف السنة المقبلة", ["صيف السنة المقبلة=2025-SU"]),
    ] as [(String, [String])])
  func seasonOfRelativeYear(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Holidays mentioned in passing, as the name of a feast, are not dates.
  @Test(
    arguments: [
      "تتزين المحلات بزينة عيد الميلاد",
      "تحدث الكاتب عن تقاليد عيد الميلاد في قريته",
      "يعد الكسكسي من أطباق عيد الفطر التقليدية",
      "قدمت الفرقة أغاني رأس السنة",
      "نظمت الجالية الهندية مهرجان هولي في الحديقة",
      "Christmas traditions vary from village to village.",
      "Halloween costumes sold out in the shop.",
      "Thanksgiving dinner was cancelled.",
      "Christmas shoppers crowded the mall.",
    ])
  func holidaysInPassing(sentence: String) {
    #expect(found(sentence, "2024-03-08") == [])
  }

  /// With a preposition, a direction, a time word, a tense word or a date next to it, or alone
  /// on its line, the holiday stays a date.
  @Test(
    arguments: [
      ("ستغلق الأسواق في عيد الفطر المقبل", ["عيد الفطر المقبل=2024-04-10"]),
      ("يحتفل المسيحيون بعيد الميلاد", ["عيد الميلاد=2023-12-25"]),
      ("تستعد العائلات لعيد الأضحى المقبل", ["عيد الأضحى المقبل=2024-06-16"]),
      ("هنأ الرئيس المواطنين بمناسبة عيد الفطر", ["عيد الفطر=2024-04-10"]),
      ("نظم الاتحاد تظاهرة بمناسبة عيد الشغل", ["عيد الشغل=2023-05-01"]),
      ("قضى الممثل سهرة عيد الحب في باريس", ["عيد الحب=2024-02-14"]),
      ("يستعد التونسيون لاستقبال عيد الأضحى", ["عيد الأضحى=2024-06-16"]),
      ("ارتفعت أسعار الأضاحي قبيل عيد الأضحى", ["عيد الأضحى=2023-06-28"]),
      ("يصادف عيد الأضحى يوم 16 يونيو", ["عيد الأضحى=2024-06-16", "16 يونيو=2024-06-16"]),
      ("The markets close on Christmas Day.", ["Christmas Day=2023-12-25"]),
      ("Families celebrated Christmas at home.", ["Christmas=2023-12-25"]),
      ("Easter", ["Easter=2024-03-31"]),
      ("He spent Christmas with his family.", ["Christmas=2023-12-25"]),
      ("Easter falls early this year.", ["Easter=2024-03-31", "early this year=2024/START"]),
    ] as [(String, [String])])
  func holidaysInContext(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A numeric date after يوم is the date, not the day alone and a month of a year.
  @Test(
    arguments: [
      ("وقعت الحادثة يوم 14/01/2011", ["14/01/2011=2011-01-14"]),
      ("وقعت الحادثة يوم 14-01-2011", ["14-01-2011=2011-01-14"]),
      ("وصل الوفد يوم 5/3", ["5/3=2024-03-05"]),
      ("عدت يوم 27 من السفر", ["يوم 27=2024-02-27"]),
    ] as [(String, [String])])
  func numericDateAfterDayWord(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// TimeML types: counted periods are DURATIONs, frequencies SETs, noon and night TIMEs.
  @Test(
    arguments: [
      ("خلال الشهرين الماضيين", TemporalLabel.duration),
      ("تجتمع اللجنة أسبوعيا", TemporalLabel.set),
      ("ظهر غد", TemporalLabel.time),
      ("ليل الثلاثاء", TemporalLabel.time),
    ] as [(String, TemporalLabel)])
  func types(text: String, label: TemporalLabel) {
    let expressions = TemporalExtractor(preference: .nearest).extract(text, anchor: reference("2024-03-08"))
    #expect(expressions.map(\.label) == [label])
  }
}
