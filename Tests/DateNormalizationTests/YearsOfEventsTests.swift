import DateNormalization
import Testing

/// A bare year names the time of the event or period after it ("the 2016 election") or, in
/// Arabic, before it ("أزمة 2008"); a counted noun leaves it a number. Sentences written for
/// these tests, against Friday 2024-11-22: "text=value" in text order.
@Suite struct YearsOfEventsTests {
  @Test(
    arguments: [
      ("The river rose above its 1994 peak on Tuesday.", ["1994=1994", "Tuesday=2024-11-19"]),
      ("Since the 2008 crisis, lenders hold more capital.", ["2008=2008"]),
      ("The senator lost the 2016 election narrowly.", ["2016=2016"]),
      ("Britain's 2016 referendum split the country.", ["2016=2016"]),
      ("Argentina won the 2022 World Cup in Qatar.", ["2022=2022"]),
      ("خسر الحزب مقاعد كثيرة في انتخابات 2016", ["2016=2016"]),
      ("تغيرت قواعد الإقراض منذ أزمة 2008", ["2008=2008"]),
      ("جرت الانتخابات الرئاسية 2016 وسط انقسام حاد", ["2016=2016"]),
      ("فاز المنتخب بكأس العالم 2018", ["2018=2018"]),
      ("انطلق موسم 2023-2024 متأخرا", ["2023=2023", "2024=2024"]),
      // Counted nouns and prices: the number is a count or a level.
      ("The plant hired 2000 workers.", []),
      ("Gold tested the 2000 level again.", []),
      ("أقر البرلمان ميزانية 2000 مليون دينار", []),
      ("شارك في احتجاجات 2000 شخص", []),
      ("The team scored 2016 points in the regular season.", []),
      ("وظفت الشركة 2000 عامل", []),
    ] as [(String, [String])])
  func aYearBeforeOrAfterAnEventIsADate(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-11-22") == expected)
  }
}
