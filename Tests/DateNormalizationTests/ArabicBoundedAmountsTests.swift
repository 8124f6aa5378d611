import DateNormalization
import Testing

/// Round ten, Arabic news: amounts with a bound or an approximation (TIMEX3's MORE_THAN,
/// LESS_THAN, APPROX), amounts without a count, منذ with an amount as a duration or a date by
/// its verb, a quarter of an hour, last night and the first hour. Sentences written for these tests, against Wednesday 2025-04-16:
/// "text=value[/mod]" in text order.
@Suite struct ArabicBoundedAmountsTests {
  @Test(
    arguments: [
      ("ظل الميناء مغلقا أكثر من عامين", ["أكثر من عامين=P2Y/MORE_THAN"]),
      ("بقيت القضية أمام القضاء لأكثر من عقد", ["لأكثر من عقد=P1DE/MORE_THAN"]),
      ("تستغرق الرحلة أقل من ثلاث ساعات", ["أقل من ثلاث ساعات=PT3H/LESS_THAN"]),
      ("عمل في الخارج ما يزيد على عشرين عاما", ["يزيد على عشرين عاما=P20Y/MORE_THAN"]),
      ("دام الحصار نحو ثلاثة أشهر", ["ثلاثة أشهر=P3M/APPROX"]),
      ("استمرت المعارك قرابة أسبوع", ["أسبوع=P1W/APPROX"]),
      ("انتظر الركاب حوالي ساعة ونصف", ["ساعة ونصف=PT90M/APPROX"]),
      ("قتل أكثر من مئة شخص في الهجوم", []),
      ("ارتفعت الأسعار أكثر من العام الماضي", ["العام الماضي=2024"]),
      ("يزيد عدد السكان على مليون نسمة", []),
    ] as [(String, [String])])
  func boundedAmounts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      ("يقيم اللاجئون في المخيم منذ خمسة أعوام", ["خمسة أعوام=P5Y"]),
      ("لم يتقاض العمال أجورهم منذ أربعة أشهر", ["منذ أربعة أشهر=2024-12"]),
      ("تنتظر الأسر منذ نحو عامين", ["عامين=P2Y/APPROX"]),
      ("غادر الوفد المدينة منذ يومين", ["منذ يومين=2025-04-14"]),
      ("اندلع الحريق في تونس منذ ثلاثة أيام", ["منذ ثلاثة أيام=2025-04-13"]),
      ("أعلن الجيش الهدنة قبل نحو شهرين", ["قبل نحو شهرين=2025-02/APPROX"]),
      ("زار المبعوث الأممي البلاد قبل أسبوعين", ["قبل أسبوعين=2025-W14"]),
      ("تصدر النتائج بعد أسبوع", ["بعد أسبوع=2025-W17"]),
      ("تعود البعثة بعد ثلاثة أيام", ["بعد ثلاثة أيام=2025-04-19"]),
    ] as [(String, [String])])
  func sinceAndShifts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      ("بقي المفقودون تحت الركام عدة أيام", ["عدة أيام=PXD"]),
      ("تحتاج الأشغال بضعة أسابيع أخرى", ["بضعة أسابيع=PXW"]),
      ("عاش المهاجر في فرنسا سنوات طويلة", ["سنوات طويلة=PXY"]),
      ("ظل الحي مهمشا لسنوات عديدة", ["سنوات عديدة=PXY"]),
      ("قبل بضعة أيام", ["قبل بضعة أيام=2025-04-13/APPROX"]),
      ("تأخرت الطائرة ربع ساعة", ["ربع ساعة=PT15M"]),
      ("سمع السكان إطلاق نار ليلة أمس", ["ليلة أمس=2025-04-15TNI"]),
      ("افتتحت الجلسة الساعة الواحدة ظهرا", ["الساعة الواحدة ظهرا=2025-04-16T13:00"]),
    ] as [(String, [String])])
  func countlessAmountsAndTimes(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      ("تراجعت المبيعات الأسبوع قبل الماضي", ["الأسبوع قبل الماضي=2025-W14"]),
      ("سجلت البلاد العام قبل الماضي نموا ضعيفا", ["العام قبل الماضي=2023"]),
      ("تنطلق الأشغال الشهر بعد المقبل", ["الشهر بعد المقبل=2025-06"]),
      ("يتجمع الصيادون في الميناء كل صباح", ["كل صباح=XXXX-XX-XXTMO"]),
      ("تنقطع الكهرباء كل ليلة", ["كل ليلة=XXXX-XX-XXTNI"]),
      ("تسير الدوريات كل مساء", ["كل مساء=XXXX-XX-XXTEV"]),
    ] as [(String, [String])])
  func secondPeriodsAndDailyParts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }
}
