import DateNormalization
import Testing

/// English modals in news: "could", "might" and "should" put a date ahead of a past reporting
/// verb, a negation or a perfect after them does not, and the modal "may" is no month.
/// Sentences written for these tests, against Monday 2024-06-03: "text=value" in text order.
@Suite struct EnglishModalTests {
  /// A possibility ahead, even after "said".
  @Test(
    arguments: [
      ("Officials said the plant could reopen in July.", ["July=2024-07"]),
      ("Prices should fall in September, the bank said.", ["September=2024-09"]),
      ("She could attend the summit on Friday, aides said.", ["Friday=2024-06-07"]),
      ("Economists said the bank might cut rates in March.", ["March=2025-03"]),
    ] as [(String, [String])])
  func aModalPutsTheDateAhead(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }

  /// A negation or a perfect after the modal leaves the tense to the reporting verb.
  @Test(
    arguments: [
      ("He said they might have met on Friday.", ["Friday=2024-05-31"]),
      ("The company said it could not ship the parts in April.", ["April=2024-04"]),
    ] as [(String, [String])])
  func aNegationOrAPerfectIsNoPossibilityAhead(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }

  /// The modal "may" before "last" or "next" is no month; "May last year" is May of last year.
  @Test(
    arguments: [
      ("Talks may last until July.", ["July=2024-07"]),
      ("Trading may next resume on Tuesday.", ["Tuesday=2024-06-04"]),
      ("The vote took place in May last year.", ["May last year=2023-05"]),
      ("Fees will rise in May next year.", ["May next year=2025-05"]),
      ("The plant closed in May.", ["May=2024-05"]),
    ] as [(String, [String])])
  func theModalMayIsNoMonth(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }
}
