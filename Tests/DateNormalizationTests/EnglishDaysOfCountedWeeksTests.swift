import DateNormalization
import Testing

/// Days placed by a neighbouring expression ("Monday in 3 weeks", "at 9 tomorrow evening"),
/// the last Friday of Ramadan and Whit Monday, and the query register's weekday that picks a
/// year and two-digit years. Sentences written for these tests, against Monday 2024-06-03:
/// "text=value" in text order.
@Suite struct EnglishDaysOfCountedWeeksTests {
  private func read(_ text: String, _ register: TemporalRegister) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return TemporalExtractor(register: register).extract(text, anchor: reference("2024-06-03")).map {
      "\(String(String.UnicodeScalarView(scalars[$0.start..<$0.end])))=\($0.value)"
    }
  }

  @Test(
    arguments: [
      ("The report is due Monday in 3 weeks.", ["Monday in 3 weeks=2024-06-24"]),
      ("Voting ends Wednesday two weeks from now.", ["Wednesday two weeks from now=2024-06-19"]),
      ("The ship docks at 9 tomorrow evening.", ["9 tomorrow evening=2024-06-04T21:00"]),
      ("Mosques were full on Jumu'atul-Wida 2024.", ["Jumu'atul-Wida 2024=2024-04-05"]),
      // 1 Shawwal 1454 is 3 January 2033: that year's last Friday of Ramadan is the one before
      // 1 Shawwal 1455, in December.
      ("Mosques will be full on Jumu'atul-Wida 2033.", ["Jumu'atul-Wida 2033=2033-12-16"]),
      ("Banks were closed on Whit Monday.", ["Whit Monday=2024-05-20"]),
      ("Schools will be closed from Tuesday to Thursday.", ["Tuesday=2024-06-04", "Thursday=2024-06-06"]),
      ("The fair was open from Friday to Monday.", ["Friday=2024-05-31", "Monday=2024-06-03"]),
      ("Last week's Sunday service was packed.", ["Last week's Sunday=2024-06-02"]),
      ("The meeting will be on Saturday for 10 am.", ["Saturday for 10 am=2024-06-08T10:00"]),
    ] as [(String, [String])])
  func aDayPlacedByItsNeighbour(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-03") == expected)
  }

  /// Query forms, each with its news reading.
  @Test(
    arguments: [
      ("Jul 19, Sat", ["Jul 19, Sat=2025-07-19"], ["Jul 19=2024-07-19"]),
      ("the 4th of July 21", ["the 4th of July 21=2021-07-04"], ["the 4th of July=2024-07-04"]),
      ("10 tomorrow night", ["10 tomorrow night=2024-06-04T22:00"], ["tomorrow night=2024-06-04TNI"]),
    ] as [(String, [String], [String])])
  func queryFormsAndTheirNewsReading(text: String, query: [String], news: [String]) {
    #expect(read(text, .query) == query)
    #expect(read(text, .news) == news)
  }
}
