import DateNormalization
import Testing

/// "march" and "may" in lower case after "to" are verbs; with a capital after "to" they close a
/// range of months. Sentences written for these tests, against Wednesday 2024-01-17:
/// "text=value" in text order.
@Suite struct InfinitiveMonthNamesTests {
  @Test(
    arguments: [
      ("The opposition called on supporters to march on the electoral commission.", []),
      ("Veterans plan to march through the capital on Sunday.", ["Sunday=2024-01-21"]),
      ("The season runs from October to March.", ["October=2023-10", "March=2024-03"]),
      ("Prices fell in March, the ministry said.", ["March=2023-03"]),
      // A day after the name makes it a date again.
      ("The exhibition will run from february 20 to march 15.", ["february 20=2024-02-20", "march 15=2024-03-15"]),
    ] as [(String, [String])])
  func aLowerCaseMonthAfterToIsAVerb(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }

  /// A headline in title case or capitals capitalises "to" too; prose never does mid-sentence.
  @Test(
    arguments: [
      ("Supporters Urged To March On Parliament", []),
      ("THOUSANDS EXPECTED TO MARCH ON PARLIAMENT", []),
      ("Nurses Vote To March Again In May", ["May=2024-05"]),
      // A range in a headline keeps its months; a day keeps the date.
      ("Exports Rose From May To March", ["May=2022-05", "March=2023-03"]),
      ("Output Fell October To March", ["October=2022-10", "March=2023-03"]),
      ("Strikers Plan To March 15 Rally", ["March 15=2024-03-15"]),
      // "To" opening a sentence is no headline's.
      ("To March, the ministry counted 40 strikes.", ["March=2023-03"]),
    ] as [(String, [String])])
  func aHeadlineMonthAfterToIsAVerb(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }
}
