import DateNormalization
import Testing

/// A bare singular unit after منذ، قبل or a bound that heads a name rather than counting one
/// ("منذ العام الماضي", "حوالي عام 2000", "نحو عقد جولة": holding a round), and Arabic منذ
/// with an amount read by its clause's verb. Sentences written for these tests, against
/// Wednesday 2025-04-16: "text=value[/mod]" in text order.
@Suite struct ArabicSinceAndBareUnitsTests {
  @Test(
    arguments: [
      ("تراجعت المبيعات منذ العام الماضي", ["العام الماضي=2024"]),
      ("يعمل المصنع منذ الشهر الماضي", ["الشهر الماضي=2025-03"]),
      ("يعتصم العمال منذ شهر مارس", ["شهر مارس=2025-03"]),
      ("يضرب الأطباء منذ يوم الجمعة", ["يوم الجمعة=2025-04-11"]),
      ("ولد الكاتب حوالي عام 2000", ["عام 2000=2000"]),
      ("ارتفعت الصادرات أكثر من عام 2010", ["عام 2010=2010"]),
      ("تتجه الأطراف نحو عقد جولة مفاوضات", []),
      ("وقعت الوزارة أكثر من عقد مع شركات", []),
      ("غادر الوفد منذ عام", ["منذ عام=2024"]),
      ("ظل السجين معتقلا أكثر من عام", ["أكثر من عام=P1Y/MORE_THAN"]),
      ("أعلن الجيش الهدنة قبل نحو شهر من الانتخابات", ["شهر=P1M/APPROX"]),
    ] as [(String, [String])])
  func bareSingularUnits(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      ("سافر الوزير إلى باريس منذ يومين", ["منذ يومين=2025-04-14"]),
      ("يعيش السوريون الذين نزحوا إلى تركيا منذ عشر سنوات", ["عشر سنوات=P10Y"]),
      ("اختطف المسلحون الصحفي منذ أسبوعين", ["منذ أسبوعين=2025-W14"]),
      ("فر السجناء منذ ثلاثة أيام", ["منذ ثلاثة أيام=2025-04-13"]),
      ("انفجر خط الغاز منذ يومين", ["منذ يومين=2025-04-14"]),
      ("ما زال الصحفي محتجزا منذ عامين", ["عامين=P2Y"]),
      ("ينتظر المسافرون منذ ساعة ونصف", ["ساعة ونصف=PT90M"]),
      ("ينتظر الجرحى منذ ربع ساعة", ["ربع ساعة=PT15M"]),
      ("يحاصر الجيش المدينة منذ عامين ونصف", ["عامين ونصف=P30M"]),
      ("يعيش هنا منذ عدة أعوام", ["عدة أعوام=PXY"]),
      ("وصل الوفد منذ عدة أيام", ["منذ عدة أيام=2025-04-13/APPROX"]),
    ] as [(String, [String])])
  func sinceByItsVerb(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }

  @Test(
    arguments: [
      ("يتجمع الصيادون كل صباح يوم الجمعة", ["كل صباح يوم الجمعة=XXXX-WXX-5TMO"]),
      ("تنظم السوق كل مساء الأحد", ["كل مساء الأحد=XXXX-WXX-7TEV"]),
      ("يتجمع الصيادون في الميناء كل صباح", ["كل صباح=XXXX-XX-XXTMO"]),
    ] as [(String, [String])])
  func dayPartOfEveryWeekday(sentence: String, expected: [String]) {
    #expect(found(sentence, "2025-04-16") == expected)
  }
}
