import DateNormalization
import Testing

/// The forms news writes beyond the seeds, each in a sentence written for these tests, against
/// Friday 2024-03-08: "text=value" ("text=value/MOD" with a modifier), in text order.
@Suite struct BeyondSeedsTests {
  @Test(
    arguments: [
      ("The vote was held on March 3rd.", ["March 3rd=2024-03-03"]),
      ("Prices were set on Feb. 12, 2024.", ["Feb. 12, 2024=2024-02-12"]),
      ("It opened on the 3rd of March.", ["the 3rd of March=2024-03-03"]),
      ("The deadline was 02/22/2016.", ["02/22/2016=2016-02-22"]),
      ("Talks will resume Oct. 2.", ["Oct. 2=2024-10-02"]),
      ("The law took effect Jan first.", ["Jan first=2024-01-01"]),
      ("The festival ends May twenty-first.", ["May twenty-first=2024-05-21"]),
      ("The ministry said on February 12 that exports fell.", ["February 12=2024-02-12"]),
      ("The ruling came on Tuesday, January 12th, 2016.", ["Tuesday, January 12th, 2016=2016-01-12"]),
      ("Results are due 4/22.", ["4/22=2024-04-22"]),
      ("Figures released on 3/4 showed a deficit.", ["3/4=2024-03-04"]),
      ("Shops close early on Christmas Eve.", ["Christmas Eve=2023-12-24"]),
      // The day after is read since round 8 (it was the holiday alone).
      ("Stores reopened the day after Thanksgiving 2023.", ["the day after Thanksgiving 2023=2023-11-24"]),
    ] as [(String, [String])])
  func englishNewsForms(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A past verb takes the last occurrence, a future marker the next, neither the nearest.
  @Test(
    arguments: [
      ("Oil prices fell sharply on Monday.", ["Monday=2024-03-04"]),
      ("Oil prices will rise on Monday.", ["Monday=2024-03-11"]),
      ("Friday's attack killed 12 people, police said on Saturday.", ["Friday=2024-03-08", "Saturday=2024-03-02"]),
      ("Results are due on Monday.", ["Monday=2024-03-11"]),
      ("سأعود الجمعة", ["الجمعة=2024-03-15"]),
      ("أفرج عن الرهائن الأحد", ["الأحد=2024-03-03"]),
      ("أعلنت الحكومة الثلاثاء عن خطة جديدة", ["الثلاثاء=2024-03-05"]),
      ("ستعقد القمة يوم الثلاثاء", ["يوم الثلاثاء=2024-03-12"]),
      ("وقعت الحادثة في 10 تشرين الأول", ["10 تشرين الأول=2023-10-10"]),
      ("سيزور الوفد المدينة في 10 شباط", ["10 شباط=2025-02-10"]),
    ] as [(String, [String])])
  func tenseDecides(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test func preferOverridesTheTense() {
    #expect(found("أفرج عن الرهائن الأحد", "2024-03-08", preference: .future) == ["الأحد=2024-03-10"])
    #expect(found("Oil prices will rise on Monday.", "2024-03-08", preference: .past) == ["Monday=2024-03-04"])
  }

  @Test(
    arguments: [
      ("يبدأ الحفل الساعة السابعة والنصف مساء", ["الساعة السابعة والنصف مساء=2024-03-08T19:30"]),
      ("وصل الوفد بعد الظهر عند الساعة الرابعة", ["بعد الظهر عند الساعة الرابعة=2024-03-08T16:00"]),
      ("بدأ الاجتماع الساعة 8.30 صباحا", ["الساعة 8.30 صباحا=2024-03-08T08:30"]),
      ("The meeting ended at 7:30 p.m. yesterday", ["7:30 p.m. yesterday=2024-03-07T19:30"]),
      ("The train left at 8.10 pm", ["8.10 pm=2024-03-08T20:10"]),
      ("Talks resume at a quarter past 3pm", ["a quarter past 3pm=2024-03-08T15:15"]),
      ("The market opens at 9 in the morning", ["9 in the morning=2024-03-08T09:00"]),
      ("The curfew starts at 15h00", ["15h00=2024-03-08T15:00"]),
      ("اجتمع المجلس صباح الخميس", ["صباح الخميس=2024-03-07TMO"]),
      ("The vote was on Monday morning", ["Monday morning=2024-03-04TMO"]),
    ] as [(String, [String])])
  func timesOfDay(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Halves, quarters and decimals: Duckling's way, in the next smaller unit when whole.
  @Test(
    arguments: [
      ("قضى 3.5 سنوات في المنفى", ["3.5 سنوات=P42M"]),
      ("سجل العداء 123.45 ثانية", ["123.45 ثانية=PT123.45S"]),
      ("استمر الحصار سنة ونصف", ["سنة ونصف=P18M"]),
      ("عاش هناك عامين ونصف", ["عامين ونصف=P30M"]),
      ("انخفضت الأسعار خلال نصف سنة", ["نصف سنة=P6M"]),
      ("Officials met for three and a half hours", ["three and a half hours=PT210M"]),
      ("The meeting lasted an hour and a half", ["an hour and a half=PT90M"]),
      ("The project will take 2.5 years", ["2.5 years=P30M"]),
      ("Authorities imposed a 48-hour curfew after a two-year truce.", ["48-hour=PT48H", "two-year=P2Y"]),
    ] as [(String, [String])])
  func fractionalDurations(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// "in N minutes" is a time; without a clock in the reference, its clock stays unknown.
  @Test func countedMinutesAreATime() {
    #expect(found("يصل القطار بعد 5 دقائق", "2024-03-08") == ["بعد 5 دقائق=2024-03-08TXX:XX"])
    let instant = DateNormalizationStage.anchor("2024-03-08T10:00:00", source: .reference)
    let expression = TemporalExtractor().extract("in half an hour", anchor: instant).first
    #expect(expression?.value == "2024-03-08T10:30:00")
    #expect(expression?.label == .time)
    #expect(TemporalExtractor().extract("بعد 5 دقائق", anchor: reference("2024-03-08")).first?.offset == "PT5M")
  }

  @Test(
    arguments: [
      ("قال الوزير بالأمس إن المحادثات مستمرة", ["الأمس=2024-03-07"]),
      ("وصل قبل يوم أمس", ["قبل يوم أمس=2024-03-06"]),
      ("أعلنت الوزارة أمس الخميس عن الخطة", ["أمس الخميس=2024-03-07"]),
      ("غادر قبل بضعة أيام", ["قبل بضعة أيام=2024-03-05/APPROX"]),
      ("Rescuers arrived a few days ago.", ["a few days ago=2024-03-05/APPROX"]),
      ("نلتقي الأسبوع المقبل يوم الجمعة", ["الأسبوع المقبل يوم الجمعة=2024-03-15"]),
      ("لم يره منذ 22/2", ["22/2=2024-02-22"]),
      ("تنعقد الدورة في 22-4", ["22-4=2024-04-22"]),
      ("عدت يوم 27", ["يوم 27=2024-02-27"]),
      ("The company reported results on the 15th.", ["on the 15th=2024-02-15"]),
      ("تنتهي المهلة في 20 من الشهر المقبل", ["20 من الشهر المقبل=2024-04-20"]),
      ("احتفلوا بعيد الميلاد", ["عيد الميلاد=2023-12-25"]),
      ("تستعد المدينة لرأس السنة", ["رأس السنة=2024-01-01"]),
      ("يحتفل المسلمون بعيد الفطر", ["عيد الفطر=2024-04-10"]),
      ("تحتفل البلاد بالمولد النبوي", ["المولد النبوي=2023-09-27"]),
    ] as [(String, [String])])
  func relativeAndPartialDates(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Decades and seasons; Arabic vague references are TimeML's PAST_REF and FUTURE_REF (since
  /// round 7), and English "currently" PRESENT_REF (since round 8).
  @Test(
    arguments: [
      ("The economy boomed in the 1990s and in the eighties.", ["the 1990s=199", "the eighties=198"]),
      ("شهدت البلاد ازدهارا في التسعينيات وتراجعا مؤخرا", ["التسعينيات=199", "مؤخرا=PAST_REF"]),
      ("يتوقع أن تنخفض الأسعار قريبا وفي المستقبل", ["قريبا=FUTURE_REF", "المستقبل=FUTURE_REF"]),
      ("Prices are currently high.", ["currently=PRESENT_REF"]),
      ("تعقد الانتخابات صيف 2025 بعد الشتاء الماضي", ["صيف 2025=2025-SU", "الشتاء الماضي=2023-WI"]),
      ("The talks resumed last summer.", ["last summer=2023-SU"]),
      ("انطلقت شرارة الربيع العربي", []),
      ("Prices fall as demand slows.", []),
    ] as [(String, [String])])
  func decadesSeasonsAndVagueReferences(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Weekday words that are names or numbers, scores, fractions and look-alikes.
  @Test(arguments: [
    "قال مهدي جمعة إن الحكومة مستمرة",
    "التقى اثنين من المسؤولين",
    "صرح خميس الجهيناوي للصحفيين",
    "حضر اثنان من النواب الاجتماع",
    "أدى المصلون صلاة الجمعة في الجامع",
    "وصلت الشحنة إلى سوق الأحد",
    "حل الفريق الأول في المغرب",
    "فاز الفريق 3-1 على منافسه",
    "تعمل الصيدلية 24/7",
    "بلغت نسبة المشاركة 3/4 في المئة",
    "The 25 delegates voted 3 to 2 in favour.",
    "May said they would march on.",
    "Sat in the sun, he read the second half.",
    "The United Nations needed 3.5 million doses.",
    "Inflation rose to 3.4 percent, up from 3.1 percent.",
    "ارتفعت الصادرات بنسبة 1/2 في المئة",
    "A 3/4 percent share went to 2/15 percent of voters.",
    "The bank kept its deposit rate at 3.25% after the vote.",
    "Mortgage rates held at 6.75 percent.",
    "The jobless rate stood at 6% and later at 7 percent.",
  ])
  func nonDates(sentence: String) {
    #expect(found(sentence, "2024-03-08") == [])
  }

  @Test(arguments: [
    (NumericDateOrder.auto, "2024-04-03"), (.dayFirst, "2024-04-03"), (.monthFirst, "2024-03-04"),
  ])
  func numericOrderOption(order: NumericDateOrder, expected: String) {
    let value = TemporalExtractor(numericOrder: order).extract("تنعقد الدورة في 3/4", anchor: reference("2024-03-08"))
      .first?.value
    #expect(value == expected)
  }
}
