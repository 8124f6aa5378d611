import DateNormalization
import Testing

/// "the following day" after a date of the story, "a year ago today" as one day, and Arabic
/// "نهاية الأسبوع الماضي" as last weekend. Sentences written for these tests: "text=TYPE
/// value[/mod]" in text order. Against Wednesday 2027-03-17 (ISO week 11).
@Suite struct FocusDaysAndWeekendsTests {
  /// The day after the date in focus: of the clause, the sentence or the sentence before.
  @Test(
    arguments: [
      (
        "The ferry sank on March 4 and divers found the wreck the following day.",
        ["March 4=DATE 2027-03-04", "the following day=DATE 2027-03-05"]
      ),
      (
        "Fighting broke out on Monday, and a ceasefire was agreed the next day.",
        ["Monday=DATE 2027-03-15", "the next day=DATE 2027-03-16"]
      ),
      (
        "The talks opened in Geneva on February 20. The delegations walked out the following day.",
        ["February 20=DATE 2027-02-20", "the following day=DATE 2027-02-21"]
      ),
      (
        "The summit opens on Monday, and leaders meet the next day.",
        ["Monday=DATE 2027-03-22", "the next day=DATE 2027-03-23"]
      ),
      (
        "اندلع الحريق يوم الأحد وأخمده رجال الإطفاء في اليوم التالي.",
        ["يوم الأحد=DATE 2027-03-14", "اليوم التالي=DATE 2027-03-15"]
      ),
      // Guards: no date to count from, or one coarser than a day.
      ("The minister resigned and his deputy took over the following day.", []),
      ("Prices fell in February and recovered the following day.", ["February=DATE 2027-02"]),
    ] as [(String, [String])])
  func followingDayCountsFromTheStory(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }

  /// An amount "ago today": the anchor's day that far back, one expression.
  @Test(
    arguments: [
      ("Two years ago today, the referendum passed.", ["Two years ago today=DATE 2025-03-17"]),
      ("The plant closed a month ago today.", ["a month ago today=DATE 2027-02-17"]),
      ("Exactly a week ago today, rebels seized the airport.", ["a week ago today=DATE 2027-03-10"]),
      // Guards: "today's" and a sentence break keep two expressions.
      ("A year ago, today's champion was unknown.", ["A year ago=DATE 2026", "today=DATE 2027-03-17"]),
      ("He left a year ago. Today he returned.", ["a year ago=DATE 2026", "Today=DATE 2027-03-17"]),
    ] as [(String, [String])])
  func agoTodayIsOneDay(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }

  /// نهاية الأسبوع الماضي is last weekend, as English "last weekend"; late last week and the end
  /// of next week keep END.
  @Test(
    arguments: [
      ("شهدت العاصمة احتجاجات واسعة نهاية الأسبوع الماضي.", ["نهاية الأسبوع الماضي=DATE 2027-W10-WE"]),
      ("أغلقت السلطات الطريق في عطلة نهاية الأسبوع الماضي.", ["نهاية الأسبوع الماضي=DATE 2027-W10-WE"]),
      ("Protests spread last weekend.", ["last weekend=DATE 2027-W10-WE"]),
      ("ارتفعت الأسعار أواخر الأسبوع الماضي.", ["أواخر الأسبوع الماضي=DATE 2027-W10/END"]),
      ("سيتم خفض الإنتاج في نهاية الأسبوع المقبل.", ["نهاية الأسبوع المقبل=DATE 2027-W12/END"]),
    ] as [(String, [String])])
  func arabicLastWeekend(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }
}
