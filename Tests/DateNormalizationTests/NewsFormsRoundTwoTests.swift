import DateNormalization
import Testing

/// English news forms added after the first round (quarters in short form, time zones, the
/// ordinal "second", a quarter of an hour, holidays of other calendars), each in a sentence
/// written for these tests, against Friday 2024-03-08: "text=value" in text order.
@Suite struct NewsFormsRoundTwoTests {
  @Test(
    arguments: [
      ("Revenue fell in Q3 2014, the company said.", ["Q3 2014=2014-Q3"]),
      ("Analysts expect a rebound in Q1.", ["Q1=2024-Q1"]),
      ("Growth slowed in the second quarter of 2023.", ["the second quarter of 2023=2023-Q2"]),
      ("The treaty was signed on the second of March.", ["the second of March=2024-03-02"]),
    ] as [(String, [String])])
  func quartersAndOrdinals(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A zone after a clock time belongs to the expression; against a reference without a zone
  /// the clock stays as written.
  @Test(
    arguments: [
      ("The president will speak at 8 p.m. EST on Thursday.", ["8 p.m. EST on Thursday=2024-03-14T20:00"]),
      ("Trading halted at 4:15 pm CET.", ["4:15 pm CET=2024-03-08T16:15"]),
      ("The launch window opens at 9 am PDT.", ["9 am PDT=2024-03-08T09:00"]),
      ("The truce took effect at 0600 GMT on Sunday.", ["0600 GMT on Sunday=2024-03-03T06:00"]),
      ("Markets will reopen on Jan. 5 at 10 a.m. ET.", ["Jan. 5 at 10 a.m. ET=2025-01-05T10:00"]),
      ("The firm sold 1430 cars in 2023.", ["2023=2023"]),
    ] as [(String, [String])])
  func timeZones(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Clock times in words need a.m./p.m. or o'clock; a part of the day after the date sets
  /// the hour.
  @Test(
    arguments: [
      ("Polls close at six p.m. on Sunday.", ["six p.m. on Sunday=2024-03-10T18:00"]),
      ("seven thirty p.m. is when the vigil starts.", ["seven thirty p.m.=2024-03-08T19:30"]),
      ("The bells rang at 3 o'clock in the afternoon.", ["3 o'clock in the afternoon=2024-03-08T15:00"]),
      ("The ministers will meet at 5 tomorrow afternoon.", ["5 tomorrow afternoon=2024-03-09T17:00"]),
      ("Three people were hurt and seven thirty were arrested.", []),
      ("Shops closed before noon on Friday.", ["noon on Friday=2024-03-08T12:00"]),
      ("By midday the square was empty.", ["midday=2024-03-08T12:00"]),
    ] as [(String, [String])])
  func spokenClockTimes(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test func timeZoneConvertsToTheReferenceZone() {
    // A reference at 10:00 UTC: 8:00 PST is 16:00 UTC.
    let anchor = TemporalAnchor(
      date: CivilDate(year: 2024, month: 3, day: 8), secondOfDay: 36_000, utcOffsetMinutes: 0, source: .reference)
    let values = TemporalExtractor().extract("The call starts at 8:00 PST.", anchor: anchor).map(\.value)
    #expect(values == ["2024-03-08T16:00"])
  }

  /// "a quarter" next to a clock or an hour is not three months.
  @Test(
    arguments: [
      ("The shelling stopped for a quarter of an hour.", ["a quarter of an hour=PT15M"]),
      ("Doors open for a quarter past 7pm.", ["a quarter past 7pm=2024-03-08T19:15"]),
    ] as [(String, [String])])
  func quarterOfAnHour(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// "the past two weeks" keeps TIMEX3's DURATION, with the direction word in its extent; a
  /// verb "last" stays out of it.
  @Test(
    arguments: [
      ("Prices rose over the past two weeks.", ["the past two weeks=P2W"]),
      ("Rain is forecast for the next 3 days.", ["the next 3 days=P3D"]),
      ("The talks will last three days.", ["three days=P3D"]),
      ("The truce is expected to last 10 days.", ["10 days=P10D"]),
    ] as [(String, [String])])
  func countedPeriods(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Weekends (TIMEX3 week + WE) and "last" before a one-word holiday.
  @Test(
    arguments: [
      ("Protesters marched last weekend.", ["last weekend=2024-W09-WE"]),
      ("Crowds gathered this past weekend.", ["this past weekend=2024-W09-WE"]),
      ("The talks will continue over the weekend.", ["the weekend=2024-W10-WE"]),
      ("Fighting resumed over the weekend.", ["the weekend=2024-W09-WE"]),
      ("The weekend edition sold out.", []),
      ("Sales were weak last Christmas.", ["last Christmas=2023-12-25"]),
    ] as [(String, [String])])
  func weekendsAndLastHolidays(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test(
    arguments: [
      (
        "Orthodox Easter 2024 falls five weeks after the Western one.",
        ["Orthodox Easter 2024=2024-05-05", "five weeks=P5W"]
      ),
      ("Churches were full on Orthodox Christmas 2023.", ["Orthodox Christmas 2023=2023-01-07"]),
      ("Fasting begins on Clean Monday 2024.", ["Clean Monday 2024=2024-03-18"]),
      ("Fireworks marked Chinese New Year 2024 in Hong Kong.", ["Chinese New Year 2024=2024-02-10"]),
      ("Travel peaks before the Lunar New Year 2025 holiday.", ["Lunar New Year 2025=2025-01-29"]),
      ("Markets shut for Eid ul-Adha 2023.", ["Eid ul-Adha 2023=2023-06-28"]),
      ("Prayers were held on Laylat al-Qadr 2023.", ["Laylat al-Qadr 2023=2023-04-18"]),
    ] as [(String, [String])])
  func holidaysOfOtherCalendars(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }
}
