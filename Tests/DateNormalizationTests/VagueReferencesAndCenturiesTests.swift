import DateNormalization
import Testing

/// Round seven, Arabic breadth in TimeML's conventions: vague references (PAST_REF,
/// PRESENT_REF, FUTURE_REF), vague amounts (PXY), decades and centuries in both languages,
/// bare duals, the spring of a year, month ranges sharing a relative year, forecast verbs and
/// seasons as sets; and expressions at the start of a line. Sentences written for these
/// tests, against Friday 2024-03-08: "text=value" in text order.
@Suite struct VagueReferencesAndCenturiesTests {
  @Test(
    arguments: [
      ("افتتحت البلدية مؤخرا مكتبة عامة جديدة", ["مؤخرا=PAST_REF"]),
      ("يدرس البرلمان حالياً مشروع قانون الانتخابات", ["حالياً=PRESENT_REF"]),
      ("ستعلن اللجنة قريبا عن أسماء الفائزين", ["قريبا=FUTURE_REF"]),
      ("تصدر نتائج المسابقة قريبا", ["قريبا=FUTURE_REF"]),
      ("سنحتاج في المستقبل إلى مزيد من المياه", ["المستقبل=FUTURE_REF"]),
      ("تراجعت السياحة في الآونة الأخيرة", ["الآونة الأخيرة=PAST_REF"]),
      ("يعمل المصنع في الوقت الراهن بنصف طاقته", ["الوقت الراهن=PRESENT_REF"]),
      ("ستركز الوزارة خلال الفترة المقبلة على التشغيل", ["الفترة المقبلة=FUTURE_REF"]),
      ("تسعى الحكومة إلى إنهاء المرحلة الحالية من الخطة", []),
      ("شهدت الفترة الأخيرة ارتفاعا في الأسعار", ["الفترة الأخيرة=PAST_REF"]),
    ] as [(String, [String])])
  func vagueReferences(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Names, adjectives and places that share a word with a vague reference or a century.
  @Test(
    arguments: [
      "فاز حزب المستقبل بعشرة مقاعد",
      "يقع المنتجع قريبا من البحر",
      "قال المفاوض إن الاتفاق بات قريبا",
      "يتواصل الصراع في القرن الأفريقي",
      "تجمع المصلون منذ أيام الاستعمار",
      "تكثر الزيارات خلال أيام العيد",
      "حددت الفترة من الأول إلى الخامس من الشهر للتسجيل",
      "يستقبل مستقبل الأمة زواره",
    ])
  func nonDates(sentence: String) {
    #expect(found(sentence, "2024-03-08").isEmpty)
  }

  @Test(
    arguments: [
      ("تعود الكنيسة إلى القرن الرابع عشر", ["القرن الرابع عشر=13"]),
      ("شهد القرن الحادي والعشرين ثورة رقمية", ["القرن الحادي والعشرين=20"]),
      ("بنيت الأسوار في القرن 16 الميلادي", ["القرن 16=15"]),
      ("كانت المدينة مزدهرة في القرن الماضي", ["القرن الماضي=19"]),
      ("عرفت المنطقة حروبا كثيرة في القرن العشرين", ["القرن العشرين=19"]),
      ("هاجروا في أواخر القرن التاسع عشر", ["أواخر القرن التاسع عشر=18/END"]),
      ("ازدهرت الصناعة في ستينيات القرن الماضي", ["ستينيات القرن الماضي=196"]),
      ("بنيت السكة في ثمانينيات القرن التاسع عشر", ["ثمانينيات القرن التاسع عشر=188"]),
      ("The bridge was built in the 19th century.", ["the 19th century=18"]),
      ("Trade grew in the eighteenth century.", ["the eighteenth century=17"]),
      ("This is a twenty-first century problem.", ["twenty-first century=20"]),
      ("استمرت الأزمة ثلاثة عقود", ["ثلاثة عقود=P3DE"]),
      ("It took two decades to finish.", ["two decades=P2DE"]),
      ("انتظر السكان قرنين", ["قرنين=P2CE"]),
      ("عاش في المنفى عقدين", ["عقدين=P2DE"]),
      ("استمر الاعتصام يومين كاملين", ["يومين=P2D"]),
      ("خلال العقود الماضية تغيرت المدينة", ["العقود الماضية=PXDE"]),
      ("تعرضت المنطقة لهجمات خلال الساعات الماضية", ["الساعات الماضية=PTXH"]),
      ("ارتفعت الأسعار خلال الأسابيع الأخيرة", ["الأسابيع الأخيرة=PXW"]),
      ("هاجرت العائلة منذ سنوات", ["سنوات=PXY"]),
      ("يصدر الحكم في غضون أيام", ["أيام=PXD"]),
    ] as [(String, [String])])
  func centuriesDecadesAndAmounts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test(
    arguments: [
      ("سيبدأ البناء في ربيع العام المقبل", ["ربيع العام المقبل=2025-SP"]),
      ("تفتح الحدائق في ربيع 2025", ["ربيع 2025=2025-SP"]),
      ("ولد الشاعر في ربيع الأول 1440 هـ", ["ربيع الأول 1440 هـ=2018-11-09"]),
      ("يزور الحجاج المدينة كل شتاء", ["كل شتاء=XXXX-WI"]),
      ("The festival returns every summer.", ["every summer=XXXX-SU"]),
      ("ارتفعت المبيعات بين فبراير وأبريل من العام الماضي", ["فبراير=2023-02", "أبريل من العام الماضي=2023-04"]),
      ("تنظم الدورة من مايو إلى يوليو من العام المقبل", ["مايو=2025-05", "يوليو من العام المقبل=2025-07"]),
      ("توقعت الأرصاد الجوية رياحا قوية حتى صباح الخميس", ["صباح الخميس=2024-03-14TMO"]),
      ("توقع الخبراء أن يرفع البنك الفائدة الأربعاء", ["الأربعاء=2024-03-13"]),
      ("رجحت مصادر أن تعقد القمة الأحد", ["الأحد=2024-03-10"]),
      ("توقعت الحكومة يوم الاثنين نموا بثلاثة بالمئة", ["يوم الاثنين=2024-03-04"]),
    ] as [(String, [String])])
  func seasonsRangesAndForecasts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A word that needs the word before it (a preposition before an ambiguous month, a
  /// season with the article, a numeric date; صلاة before الجمعة) finds it only on its own
  /// line: the line break separates them.
  @Test(
    arguments: [
      ("The vote was held in May.", ["May=2023-05"]),
      ("The vote was held in\nMay the crowds returned.", []),
      ("The plant closed in the fall.", ["the fall=2023-FA"]),
      ("The plant closed in\nthe fall of the dollar.", []),
      ("وصل الوفد في 3/4", ["3/4=2023-04-03"]),
      ("وصل الوفد في\n3/4 المقاعد شاغرة", []),
      ("أقيمت صلاة الجمعة في المسجد", []),
      ("انتهت الصلاة\nالجمعة المقبلة يبدأ الموسم", ["الجمعة المقبلة=2024-03-15"]),
      ("حضر المصلون صلاة\nالجمعة الماضية", ["الجمعة الماضية=2024-03-01"]),
    ] as [(String, [String])])
  func wordBeforeOnTheSameLine(text: String, expected: [String]) {
    #expect(found(text, "2024-03-08") == expected)
  }
}
