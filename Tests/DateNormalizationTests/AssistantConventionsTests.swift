import DateNormalization
import Testing

/// Forms added in the third round: English "this/next <weekday>", clock times that have
/// passed when expressions are placed in the future, deadlines ("by the end of the month"),
/// "a couple of", and Hijri months without a day (Ramadan). Sentences written for these tests,
/// against Friday 2024-03-08 unless said: "text=value/mod" in text order.
@Suite struct AssistantConventionsTests {
  /// "next Wednesday" is the Wednesday of next week; "this Monday" follows the sentence.
  @Test(
    arguments: [
      ("The envoy arrives next Wednesday.", "2024-03-06", ["next Wednesday=2024-03-13"]),
      ("The envoy arrives next Thursday.", "2024-03-05", ["next Thursday=2024-03-14"]),
      ("Talks resume next Saturday.", "2024-03-05", ["next Saturday=2024-03-16"]),
      ("The vote is this coming Saturday.", "2024-03-05", ["coming Saturday=2024-03-09"]),
      ("The court will rule this Monday.", "2024-03-05", ["this Monday=2024-03-11"]),
      ("The verdict will be announced this Monday.", "2024-03-05", ["this Monday=2024-03-11"]),
      ("The court ruled this Monday.", "2024-03-05", ["this Monday=2024-03-04"]),
      ("Ministers met last Tuesday.", "2024-03-05", ["last Tuesday=2024-02-27"]),
    ] as [(String, String, [String])])
  func englishWeekdays(sentence: String, date: String, expected: [String]) {
    #expect(found(sentence, date) == expected)
  }

  /// With `prefer: future` and a reference instant, an English clock time already past is
  /// tomorrow's; Arabic keeps today's (as Duckling's Arabic corpus), and so does a reference
  /// that is only a day.
  @Test(
    arguments: [
      ("The flight leaves at 3am.", ["2024-03-09T03:00"]),
      ("Call me at 3:18am.", ["2024-03-09T03:18"]),
      ("The market opens at 9am.", ["2024-03-08T09:00"]),
      ("وصل الوفد الساعة 3 صباحا", ["2024-03-08T03:00"]),
    ] as [(String, [String])])
  func passedClockTimes(sentence: String, expected: [String]) {
    let anchor = TemporalAnchor(
      date: CivilDate(year: 2024, month: 3, day: 8), secondOfDay: 4 * 3600 + 30 * 60, source: .reference)
    let values = TemporalExtractor(preference: .future).extract(sentence, anchor: anchor).map(\.value)
    #expect(values == expected)
    let dayOnly = TemporalExtractor(preference: .future).extract(sentence, anchor: reference("2024-03-08"))
    #expect(dayOnly.map(\.value).allSatisfy { $0.hasPrefix("2024-03-08") })
  }

  @Test(
    arguments: [
      ("The report is due by the end of the month.", ["the end of the month=2024-03/ON_OR_BEFORE"]),
      ("Troops will leave by the end of 2025.", ["the end of 2025=2025/ON_OR_BEFORE"]),
      ("Prices rose at the end of the month.", ["the end of the month=2024-03/END"]),
      ("The bill was passed by parliament in March.", ["March=2024-03"]),
      ("Protests began a couple of days ago.", ["a couple of days ago=2024-03-06"]),
      ("A couple of weeks ago the dam burst.", ["A couple of weeks ago=2024-02-23"]),
      ("The couple married in 2019.", ["2019=2019"]),
      ("Send the figures by EOM.", ["EOM=2024-03/ON_OR_BEFORE"]),
      ("Targets are reviewed at the EOY.", ["the EOY=2024/END"]),
      ("Rates were cut on the second Monday of last month.", ["second Monday of last month=2024-02-12"]),
    ] as [(String, [String])])
  func deadlinesAndCouples(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Weeks and days counted in a month or a year, from either end; weekends of a month.
  @Test(
    arguments: [
      ("Harvest starts in the last week of September 2025.", ["the last week of September 2025=2025-W39"]),
      ("Exams fall in the second last week of June 2025.", ["the second last week of June 2025=2025-W25"]),
      ("The fund closes on the third last day of May.", ["the third last day of May=2024-05-29"]),
      ("Shipments peak in the third last week of 2025.", ["the third last week of 2025=2025-W50"]),
      ("The fair will be held on the last weekend of October.", ["the last weekend of October=2024-W43-WE"]),
      ("Prices fell last week, the bank said.", ["last week=2024-W09"]),
      ("The envoy returns the Wednesday after next.", ["Wednesday after next=2024-03-20"]),
      ("The vote is on February the 15th.", ["February the 15th=2024-02-15"]),
      ("Rain is expected over the next few days.", ["the next few days=P3D/APPROX"]),
    ] as [(String, [String])])
  func countedWeeksAndDays(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Spoken clock times with "tonight" or after a part of the day and "at"; written fractions
  /// of an hour; "am" counts without "at".
  @Test(
    arguments: [
      ("The rally starts at eight tonight.", ["eight tonight=2024-03-08T20:00"]),
      ("In the evening at nine the curfew begins.", ["In the evening at nine=2024-03-08T21:00"]),
      ("Doors open ten thirty am on Saturday.", ["ten thirty am on Saturday=2024-03-09T10:30"]),
      ("I am told the vote is close.", []),
      ("The index rose 1/2 point.", []),
    ] as [(String, [String])])
  func spokenTimesAndFractions(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test func aWrittenFractionOfAnHourIsNotADate() {
    let anchor = TemporalAnchor(
      date: CivilDate(year: 2024, month: 3, day: 8), secondOfDay: 10 * 3600, source: .reference)
    let values = TemporalExtractor().extract("The shelling resumed in 1/2 hour.", anchor: anchor).map(\.value)
    #expect(values == ["2024-03-08T10:30:00"])  // one grain finer than the amount, as "in 30 minutes"
  }

  /// Days counted from a date or a holiday, a holiday in the year a shift lands in, and
  /// holidays kept on a weekday; a plural weekday not counted is every such day (a SET).
  @Test(
    arguments: [
      ("The talks ended three days after Christmas.", ["three days after Christmas=2023-12-28"]),
      ("He left two weeks before March 3.", ["two weeks before March 3=2024-02-18"]),
      ("Ten days after the vote, prices fell.", ["Ten days=P10D"]),
      ("The mall was packed on Thanksgiving two years ago.", ["Thanksgiving two years ago=2022-11-24"]),
      ("Offices close for Boss's Day 2026.", ["Boss's Day 2026=2026-10-16"]),
      ("Offices close for Boss's Day 2027.", ["Boss's Day 2027=2027-10-15"]),
      ("The boss said the day was long.", []),
      ("Sunday from last week was the coldest day.", ["Sunday from last week=2024-03-03"]),
      ("The trial opens 3 fridays from now.", ["3 fridays from now=2024-03-29"]),
      ("Shops close on Fridays.", ["Fridays=XXXX-WXX-5"]),
    ] as [(String, [String])])
  func countedFromADay(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// A Hijri month without a day: its first day (Umm al-Qura), grain month, and the Hijri
  /// month in `hijri`. Names stay out.
  @Test(
    arguments: [
      ("يبدأ شهر رمضان يوم الاثنين", ["شهر رمضان=2024-03-11", "يوم الاثنين=2024-03-11"]),
      ("صام المسلمون رمضان 1440 في الصيف", ["رمضان 1440=2019-05-06"]),
      ("ارتفعت الأسعار في رمضان الماضي", ["رمضان الماضي=2023-03-23"]),
      ("Food prices rise during Ramadan.", ["Ramadan=2024-03-11"]),
      ("Ramadan 2019 was hot.", ["Ramadan 2019=2019-05-06"]),
      ("Tariq Ramadan spoke in Geneva.", []),
      ("قال طارق رمضان إن", []),
      ("قال إن التدخين محرم شرعا", []),
      ("ستجري الفرق خلال شهر رمضان 1587 زيارة", ["شهر رمضان=2024-03-11"]),
      ("يتابع التونسيون القنوات خلال رمضان.", ["رمضان=2024-03-11"]),
    ] as [(String, [String])])
  func hijriMonths(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test func hijriMonthCarriesItsMonth() {
    let expression = TemporalExtractor().extract(
      "During Ramadan 1445 the markets open late.", anchor: reference("2024-03-08"))
    #expect(expression.map(\.value) == ["2024-03-11"])
    #expect(expression.map(\.grain) == ["month"])
    #expect(expression.map(\.hijri) == ["1445-09"])
  }
}
