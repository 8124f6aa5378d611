import DateNormalization
import Testing

/// International observances (United Nations days, church feasts, weekday rules) and the
/// apostrophe and dot forms of their names. Sentences written for these tests, against Monday
/// 2024-06-03: "text=value" in text order.
@Suite struct InternationalDaysTests {
  @Test(
    arguments: [
      ("Rallies are planned for World Refugee Day.", ["World Refugee Day=2024-06-20"]),
      ("Clinics offered free tests on World AIDS Day 2022.", ["World AIDS Day 2022=2022-12-01"]),
      ("Schools closed for Ascension Day.", ["Ascension Day=2024-05-09"]),
      ("Marches were held on International Women's Day.", ["International Women's Day=2024-03-08"]),
      ("Crowds gathered on All Saints' Day last year.", ["All Saints' Day last year=2023-11-01"]),
      ("The parade on St. George's Day was cancelled.", ["St. George's Day=2024-04-23"]),
      ("World Kidney Day 2025 falls on a Thursday.", ["World Kidney Day 2025=2025-03-13"]),
    ] as [(String, [String])])
  func anInternationalDay(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }

  /// Not a day: an apostrophe after a singular, an organisation, a plural of days.
  @Test(
    arguments: [
      "Martin Luther King' day", "The World Health Organisation said so.", "A Mars year lasts 687 Earth days.",
    ])
  func notADay(sentence: String) {
    #expect(found(sentence, "2024-06-03").isEmpty)
  }
}
