import DateNormalization
import Testing

/// Periods and amounts counted from another date (Duckling's English rule families "the
/// <cycle> after <time>", "<duration> before <time>", "<time> after next", "<n> <weekday>s
/// ago"), spoken years after a holiday's name, and a text that ends on "last". Sentences
/// written for these tests, against Monday 2024-06-03: "text=value" in text order.
@Suite struct EnglishCyclesAroundDatesTests {
  @Test(
    arguments: [
      ("Shops reopened the day after Christmas.", ["the day after Christmas=2023-12-26"]),
      ("Fares rose the week after Easter last year.", ["the week after Easter last year=2023-W15"]),
      ("The ceasefire began 3 days before Easter.", ["3 days before Easter=2024-03-28"]),
      ("Talks resumed the week after Easter.", ["the week after Easter=2024-W14"]),
      ("The minister arrives two hours before noon.", ["two hours before noon=2024-06-03T10:00"]),
      ("Polls close 45 minutes from 7 pm.", ["45 minutes from 7 pm=2024-06-03T19:45"]),
      ("The review will end two weeks from Friday.", ["two weeks from Friday=2024-06-21"]),
      ("The shop reopens 2 days from tomorrow.", ["2 days from tomorrow=2024-06-06"]),
      ("The summit is planned for the week after next.", ["the week after next=2024-W25"]),
      ("Turnout was higher the year before last.", ["the year before last=2022"]),
      ("August after next is the deadline.", ["August after next=2025-08"]),
      ("Crowds gathered 3 Sundays ago.", ["3 Sundays ago=2024-05-19"]),
      ("The weekend after next is sold out.", ["The weekend after next=2024-W25-WE"]),
      ("The plant reopens in 1 year and 6 months.", ["in 1 year and 6 months=2025-12"]),
      ("The treaty was signed 2 weeks and 3 days ago.", ["2 weeks and 3 days ago=2024-05-17"]),
    ] as [(String, [String])])
  func aPeriodCountedFromAnotherDate(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }

  /// A year in words after a holiday's name, and a relative year without "of".
  @Test(
    arguments: [
      ("The parade on Easter two thousand and twenty was cancelled.", ["Easter two thousand and twenty=2020-04-12"]),
      ("They married at Christmas nineteen ninety nine.", ["Christmas nineteen ninety nine=1999-12-25"]),
      ("Mother's Day next year falls on a Sunday.", ["Mother's Day next year=2025-05-11"]),
    ] as [(String, [String])])
  func aHolidayWithItsYear(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }

  /// No date follows, or "next" opens one; and a text that ends on "last" (it crashed).
  @Test(
    arguments: [
      ("She left the day after the vote.", []),
      ("He spent two thousand days in prison.", []),
      ("the year before last", ["the year before last=2022"]),
      ("The runner who started fastest finished last", []),
    ] as [(String, [String])])
  func noDateOrTheEndOfTheText(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }
}
