import DateNormalization
import Testing

/// A bare singular unit after منذ، قبل or a bound that heads a name rather than counting one
/// ("منذ العام الماضي", "حوالي عام 2000", "نحو عقد جولة": holding a round). Sentences written for these tests, against
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
}
