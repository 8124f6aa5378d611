import DateNormalization
import Testing

/// Round six, English news: deadlines after a deferral verb, "would" in reported speech,
/// counts of consecutive units, seasons with the article and year-less quarters placed by
/// tense. Sentences written for these tests, against Friday 2024-03-08: "text=value" in text
/// order.
@Suite struct EnglishNewsTenseAndPeriodsTests {
  /// A deferral verb is past, but the date it moves an event to lies ahead.
  @Test(
    arguments: [
      ("The hearing was postponed until June 12.", ["June 12=2024-06-12"]),
      ("The board delayed the decision until next month.", ["next month=2024-04"]),
      ("The court adjourned the case until Thursday.", ["Thursday=2024-03-14"]),
      ("The ban was extended until the end of May.", ["the end of May=2024-05/END"]),
      ("The ministry suspended the scheme until September.", ["September=2024-09"]),
      ("The match was rescheduled for Sunday.", ["Sunday=2024-03-10"]),
      ("The vote on Monday was postponed.", ["Monday=2024-03-04"]),
      ("The summit was postponed on Tuesday.", ["Tuesday=2024-03-05"]),
      ("Negotiations lasted until Wednesday.", ["Wednesday=2024-03-06"]),
      ("The vote will be postponed on Monday.", ["Monday=2024-03-11"]),
      ("The trial has been adjourned until May 6.", ["May 6=2024-05-06"]),
    ] as [(String, [String])])
  func deferrals(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// "would" is the future of a reported clause; "had" keeps it past.
  @Test(
    arguments: [
      ("She said she would announce her decision on Monday.", ["Monday=2024-03-11"]),
      ("The spokesman said the minister would visit Cairo on Sunday.", ["Sunday=2024-03-10"]),
      ("The ministry said the exam had taken place on Wednesday.", ["Wednesday=2024-03-06"]),
    ] as [(String, [String])])
  func reportedFuture(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A count of consecutive units is an amount of time; an ordinal count is not.
  @Test(
    arguments: [
      ("Retail sales have declined for five consecutive months.", ["five consecutive months=P5M"]),
      ("Shares gained 12 percent over two successive weeks.", ["two successive weeks=P2W"]),
      ("Unemployment has fallen for 3 straight years.", ["3 straight years=P3Y"]),
      ("The index rose for a sixth straight day.", []),
      ("She won in straight sets.", []),
    ] as [(String, [String])])
  func consecutiveUnits(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Seasons with the article: with a year, or after a preposition of time (placed by tense);
  /// modifiers and the nouns "fall" and "autumn of …" stay out.
  @Test(
    arguments: [
      ("The harvest failed in the autumn of 2019.", ["the autumn of 2019=2019-FA"]),
      ("Tourism collapsed over the summer of 2020.", ["the summer of 2020=2020-SU"]),
      ("The works are planned for the summer.", ["the summer=2024-SU"]),
      ("Fighting intensified during the winter.", ["the winter=2023-WI"]),
      ("Parliament will reconvene in the spring.", ["the spring=2024-SP"]),
      ("The plant closed in the fall.", ["the fall=2023-FA"]),
      ("Investors feared the fall of the currency.", []),
      ("Prices dropped in the autumn of his presidency.", []),
      ("The summer heat killed dozens.", []),
      ("Exporters suffered from the fall in prices.", []),
      ("Athletes arrived for the Winter Olympics.", []),
    ] as [(String, [String])])
  func seasonsWithArticle(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A quarter without a year is this year's, unless the tense points to one that has not
  /// begun (past) or has ended (future).
  @Test(
    arguments: [
      ("The firm lost money in the second quarter.", "2024-03-08", ["the second quarter=2023-Q2"]),
      ("The firm expects to break even in the third quarter.", "2024-03-08", ["the third quarter=2024-Q3"]),
      ("The firm lost money in the first quarter.", "2024-03-08", ["the first quarter=2024-Q1"]),
      ("The plant will reopen in the first quarter.", "2024-05-20", ["the first quarter=2025-Q1"]),
    ] as [(String, String, [String])])
  func yearlessQuarters(sentence: String, reference: String, expected: [String]) {
    #expect(found(sentence, reference) == expected)
  }

  /// "upcoming" with a count and no article: Duckling's single period that many ahead; with
  /// the article, an amount of time.
  @Test(
    arguments: [
      ("Prices are frozen for upcoming three weeks.", ["upcoming three weeks=2024-W13"]),
      ("Filings close in 2 upcoming months.", ["2 upcoming months=2024-05"]),
      ("Results land in upcoming 2 quarters.", ["upcoming 2 quarters=2024-Q3"]),
      ("Talks are set for the upcoming week.", ["the upcoming week=2024-W11"]),
      ("Prices are frozen in the upcoming two weeks.", ["two weeks=P2W"]),
      ("Voters await the upcoming elections.", []),
    ] as [(String, [String])])
  func upcomingCycles(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Other English names of Islamic holidays (Umm al-Qura), and a holiday "of" a year.
  @Test(
    arguments: [
      ("Pilgrims gathered before the sacrifice feast 2024.", ["sacrifice feast 2024=2024-06-16"]),
      ("Fireworks marked Isra and Mi'raj 2018.", ["Isra and Mi'raj 2018=2018-04-13"]),
      ("Shops closed on Christmas of 2015.", ["Christmas of 2015=2015-12-25"]),
      ("Offices shut on MLK Day of last year.", ["MLK Day of last year=2023-01-16"]),
      ("Sales peak before Easter of next year.", ["Easter of next year=2025-04-20"]),
      ("They made a long night journey across the desert.", []),
      ("Amsterdam celebrated King's Day 2014 with street markets.", ["King's Day 2014=2014-04-26"]),
      ("Koningsdag 2024 fell on a Saturday.", ["Koningsdag 2024=2024-04-27"]),
      ("Rome stages a play on the Ides of March.", ["Ides of March=2024-03-15"]),
      ("Caesar was warned about the Ides of March.", ["Ides of March=2023-03-15"]),
      ("Retailers are preparing for this Christmas.", ["this Christmas=2024-12-25"]),
      ("Schools will close this Civil Rights Day.", ["this Civil Rights Day=2025-01-20"]),
      ("Crowds were thin this Valentine's Day.", ["this Valentine's Day=2024-02-14"]),
    ] as [(String, [String])])
  func holidayNames(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Compact periods and glued units: a year and a quarter or a month; a span of two years
  /// ("2010-11") is not a month; "in 1h" is an hour from now, not 1 o'clock.
  @Test(
    arguments: [
      ("Revenue guidance for 2025Q2 was cut.", ["2025Q2=2025-Q2"]),
      ("The figures for 2023/11 were revised.", ["2023/11=2023-11"]),
      ("The 2010-11 season ended early.", []),
      ("The 2023-24 budget was approved.", []),
      ("Markets reopen in 2h.", ["in 2h=2024-03-08TXX:XX"]),
      ("The shift ran from 6a to 11a.", ["6a=2024-03-08T06:00", "11a=2024-03-08T11:00"]),
      ("The quake struck at 4:12a.", ["4:12a=2024-03-08T04:12"]),
      ("Flight 4a was delayed.", []),
      ("The treaty was signed on 12-Sep-1978 at Camp David.", ["12-Sep-1978=1978-09-12"]),
      ("The ship sank on 15/Apr/12.", ["15/Apr/12=2012-04-15"]),
      ("The city was founded in 1120 AD.", ["1120 AD=1120"]),
      ("The blast came at 3h20.", ["3h20=2024-03-08T03:20"]),
    ] as [(String, [String])])
  func compactForms(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A zone after a range of clock times is the opening's too: converted alike when the
  /// reference states its zone (here UTC).
  @Test func zoneAfterARange() {
    let anchor = TemporalAnchor(
      date: CivilDate(iso: "2024-03-08")!, secondOfDay: 36_000, utcOffsetMinutes: 0, source: .reference)
    let values = TemporalExtractor(preference: .nearest).extract("Polls open 9:30 - 11:00 EST.", anchor: anchor).map(
      \.value)
    #expect(values == ["2024-03-08T14:30", "2024-03-08T16:00"])
  }

  /// English number words past twelve and tens with units; short and irregular pasts.
  @Test(
    arguments: [
      ("The party was founded twenty-five years ago.", ["twenty-five years ago=1999"]),
      ("The siege lasted forty days.", ["forty days=P40D"]),
      ("Fifteen years ago the dam burst.", ["Fifteen years ago=2009"]),
      ("He served eighteen months in prison.", ["eighteen months=P18M"]),
      ("Fifteen people died on Monday.", ["Monday=2024-03-04"]),
      ("Thousands fled on Sunday.", ["Sunday=2024-03-03"]),
      ("Forty-two delegates voted on the motion.", []),
      ("A verdict is expected in about two weeks.", ["in about two weeks=2024-03-22/APPROX"]),
      ("They agreed in three days of talks.", ["three days=P3D"]),
    ] as [(String, [String])])
  func numberWordsAndPasts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }
}
