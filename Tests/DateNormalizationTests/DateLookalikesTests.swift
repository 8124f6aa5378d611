import DateNormalization
import Testing

/// Words around a date that make it something else, or leave it a date: newspaper titles, a
/// count after a holiday, an amount that starts at a time, a full stop after a month, the minutes
/// of a meeting. Sentences written for these tests, against Wednesday 2024-01-17: "text=value"
/// in text order.
@Suite struct DateLookalikesTests {
  @Test(
    arguments: [
      // A title's weekday is no date; a weekday after a newspaper's name is one.
      ("The Mail on Sunday reported the deal.", []),
      ("The Washington Post on Monday reported the deal.", ["Monday=2024-01-15"]),
      ("The minister told the Guardian on Tuesday that talks would resume.", ["Tuesday=2024-01-16"]),
      ("نظم المحتجون وقفة أسبوعية الجمعة.", ["الجمعة=2024-01-12"]),
      // "two thousand" before a noun counts; it is no year.
      ("Over Easter two thousand pilgrims visited the church.", ["Easter=2023-04-09"]),
      // "for N hours from 7 pm" is an amount and a time, not a point 12 hours after it.
      ("A curfew will be in force for 12 hours from 7 pm.", ["12 hours=PT12H", "7 pm=2024-01-17T19:00"]),
      // A month that ends a sentence is no abbreviation of a holiday's name.
      ("Elections were held in May. Day-long queues formed.", ["May=2023-05"]),
      // "in minutes" of a meeting is no vague amount.
      ("The Fed said in minutes released on Wednesday that rates would stay high.", ["Wednesday=2024-01-17"]),
    ] as [(String, [String])])
  func aLookalikeIsReadForWhatItIs(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-01-17") == expected)
  }
}
