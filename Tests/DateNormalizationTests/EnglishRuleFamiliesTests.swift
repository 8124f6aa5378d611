import DateNormalization
import Testing

/// English rule families read from Duckling's English rules and written anew (round 9):
/// clock times with a part of the day after them, minutes before noon or midnight, weekdays
/// before last, weekdays with a day of the month, the Ides, days and weekdays counted from a
/// holiday, the nth weekend of a month, the last week or day of a year, day ranges ending on
/// "the 9th", early mornings and late nights, fractional amounts from now, military hours with
/// a.m./p.m., and a clock time on another day than the reference's. Sentences written for
/// these tests, against Friday 2024-03-08 ("text=value[/mod]" in text order).
@Suite struct EnglishRuleFamiliesTests {
  /// News text (the default register, nearest occurrence).
  @Test(
    arguments: [
      ("The minister arrived late Thursday night.", ["late Thursday night=2024-03-07TNI/END"]),
      ("Troops left early Monday morning.", ["early Monday morning=2024-03-04TMO/START"]),
      ("Flights resume the Monday after Easter.", ["the Monday after Easter=2024-04-01"]),
      ("The fast ends the third day after Easter.", ["the third day after Easter=2024-04-03"]),
      ("Prices will be cut the Sunday before Christmas.", ["the Sunday before Christmas=2024-12-22"]),
      ("Sales peak in the last week of the year.", ["the last week of the year=2024-W52"]),
      ("Shops close on the last day of the year.", ["the last day of the year=2024-12-31"]),
      ("The hearing is set for Tuesday the 12th.", ["Tuesday the 12th=2024-03-12"]),
      // A word ordinal before a noun is no day of the month.
      ("On Tuesday the first aid convoy crossed the border.", ["Tuesday=2024-03-05"]),
      ("Protesters gathered on the Thursday before last.", ["the Thursday before last=2024-02-29"]),
      ("The senate meets on the Ides of May.", ["Ides of May=2024-05-15"]),
      ("Rent is due on the ides of June.", ["ides of June=2024-06-13"]),
      ("The market closes between 2 and 4 pm.", ["2=2024-03-08T14:00", "4 pm=2024-03-08T16:00"]),
      ("The festival runs from August 3rd to the 9th.", ["August 3rd=2024-08-03", "the 9th=2024-08-09"]),
      ("Polls close at eleven o'clock at night.", ["eleven o'clock at night=2024-03-08T23:00"]),
      (
        "The curfew starts at a quarter to six in the evening.", ["a quarter to six in the evening=2024-03-08T17:45"]
      ),
      ("The fair is on the second weekend of June.", ["the second weekend of June=2024-W23-WE"]),
      ("The race will be held on the first weekend of September.", ["the first weekend of September=2024-W35-WE"]),
      ("The drought began in the summer of 2019.", ["the summer of 2019=2019-SU"]),
    ] as [(String, [String])])
  func newsForms(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Non-dates and limits in news text.
  @Test(
    arguments: [
      // A count before a part of the day is not an hour in news.
      ("Police arrested three in the morning raid.", ["in the morning=2024-03-08TMO"]),
      ("He scored six in the evening session.", ["in the evening=2024-03-08TEV"]),
      // A range of hours, not ten minutes to noon.
      ("The store is open from ten to noon.", ["ten=2024-03-08T10:00", "noon=2024-03-08T12:00"]),
      ("The committee voted 3 to 2.", []),
      ("Talks resumed the Monday after the vote.", ["Monday=2024-03-04"]),
      ("The worst came the third day after the storm.", []),
      ("Farmers said last week of this year's harvest that prices fell.", ["last week=2024-W09", "this year=2024"]),
      ("At the end of the day, voters want jobs.", []),
      ("Over 1130 am listeners called in.", []),
      ("Rates rose two and a half points.", []),
      // Texts that end right after the first word of a rule (a range past the end crashed).
      ("for an hour", ["an hour=PT1H"]),
      ("It ended early", []),
    ] as [(String, [String])])
  func newsNonDates(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  private func query(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let anchor = TemporalAnchor(
      date: CivilDate(year: 2024, month: 3, day: 8), secondOfDay: 10 * 3600 + 30 * 60, source: .reference)
    return TemporalExtractor(preference: .future, register: .query).extract(text, anchor: anchor).map {
      var line = "\(String(String.UnicodeScalarView(scalars[$0.start..<$0.end])))=\($0.value)"
      if let mod = $0.mod { line += "/\(mod)" }
      return line
    }
  }

  /// Assistant queries (`register: query`, the future), said on Friday 2024-03-08 at 10:30.
  @Test(
    arguments: [
      ("six in the evening", ["six in the evening=2024-03-08T18:00"]),
      ("eleven at night", ["eleven at night=2024-03-08T23:00"]),
      ("quarter to six in the evening", ["quarter to six in the evening=2024-03-08T17:45"]),
      ("ten to noon", ["ten to noon=2024-03-08T11:50"]),
      ("half three in the afternoon", ["half three in the afternoon=2024-03-08T15:30"]),
      ("1130am", ["1130am=2024-03-08T11:30"]),
      ("930 pm", ["930 pm=2024-03-08T21:30"]),
      ("an hour and a half from now", ["an hour and a half from now=2024-03-08T12:00:00"]),
      ("this coming weekend", ["this coming weekend=2024-W10-WE"]),
      ("the Saturday before last", ["the Saturday before last=2024-02-24"]),
      ("late tonight", ["late tonight=2024-03-08TNI/END"]),
      ("late tonite", ["late tonite=2024-03-08TNI/END"]),
      ("monday early in the morning", ["monday early in the morning=2024-03-11TMO/START"]),
      ("tuesday in the early hours of the morning", ["tuesday in the early hours of the morning=2024-03-12TMO/START"]),
      ("early morning @ 3", ["morning @ 3=2024-03-09T03:00"]),
      ("ten to midnight", ["ten to midnight=2024-03-08T23:50"]),
      // A clock on another day is that day's hour, even when it has passed today.
      ("the 2nd of April at 9", ["the 2nd of April at 9=2024-04-02T09:00"]),
      ("from 9:30 - 11:00 on Thursday", ["9:30=2024-03-14T09:30", "11:00 on Thursday=2024-03-14T11:00"]),
      ("at 9", ["9=2024-03-08T21:00"]),
      ("3-4pm tomorrow", ["3=2024-03-09T15:00", "4pm tomorrow=2024-03-09T16:00"]),
    ] as [(String, [String])])
  func queries(text: String, expected: [String]) {
    #expect(query(text) == expected)
  }
}
