import DateNormalization
import Testing

/// A match score before a part of the day is no clock time ("1-1 مساء الجمعة"); a range of hours
/// before it still is ("5-7 مساء"). Sentences written for these tests, against Friday
/// 2024-11-22: "text=value" in text order.
@Suite struct ScoresBeforeTimesOfDayTests {
  @Test(
    arguments: [
      ("تعادل الهلال مع ضيفه النصر 1-1 مساء الجمعة", ["مساء الجمعة=2024-11-22TEV"]),
      ("فاز الفريق 2-0 مساء الأحد على ملعبه", ["مساء الأحد=2024-11-17TEV"]),
      ("خسر المنتخب 3-2 مساء السبت", ["مساء السبت=2024-11-16TEV"]),
      ("The visitors won 2-1 on Sunday evening.", ["Sunday evening=2024-11-17TEV"]),
      // Ranges of hours keep both ends.
      ("يفتح المعرض أبوابه من 5-7 مساء", ["5=2024-11-22T17:00", "7 مساء=2024-11-22T19:00"]),
      ("The office is open 11-1 pm on weekdays.", ["11=2024-11-22T11:00", "1 pm=2024-11-22T13:00"]),
      ("The clinic is open 8-5 pm.", ["8=2024-11-22T08:00", "5 pm=2024-11-22T17:00"]),
      ("تفتح المكاتب من 8-2 ظهرا", ["8=2024-11-22T08:00", "2 ظهرا=2024-11-22T14:00"]),
      // A 24-hour range with its end in the French style gives both ends.
      ("Le magasin ouvre 14-18h", ["14=2024-11-22T14:00", "18h=2024-11-22T18:00"]),
    ] as [(String, [String])])
  func aScoreIsNoHour(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-11-22") == expected)
  }
}
