import DateNormalization
import Testing

/// Round 10's English forms: amounts with a bound ("more than two years" MORE_THAN, "nearly a
/// decade" LESS_THAN, "about six weeks" APPROX, "أكثر من عامين"), bounds before "ago" (BEFORE,
/// AFTER), "the past week" as an amount, month names in title-case headlines, a second weekday
/// joined to the first by "and", and "this season" in assistant queries. Sentences written for
/// these tests, against Friday 2024-03-08 ("text=value[/mod]" in text order).
@Suite struct AmountBoundsAndHeadlinesTests {
  @Test(
    arguments: [
      ("The blockade has lasted more than three years.", ["more than three years=P3Y/MORE_THAN"]),
      ("The vote took less than an hour.", ["less than an hour=PT1H/LESS_THAN"]),
      ("Fewer than ten days remain before the deadline.", ["Fewer than ten days=P10D/LESS_THAN"]),
      ("The insurgency has gone on for more than a decade.", ["more than a decade=P1DE/MORE_THAN"]),
      ("The port has been closed for nearly a decade.", ["a decade=P1DE/LESS_THAN"]),
      ("Repairs took almost six months.", ["six months=P6M/LESS_THAN"]),
      ("The audit will take about six weeks.", ["six weeks=P6W/APPROX"]),
      ("The dam was finished more than two years ago.", ["more than two years ago=2022/BEFORE"]),
      ("The museum reopened less than a week ago.", ["less than a week ago=2024-03-01/AFTER"]),
      ("استمر الحصار أكثر من عامين.", ["أكثر من عامين=P2Y/MORE_THAN"]),
      ("Fuel prices climbed over the past week.", ["the past week=P1W"]),
      ("Hiring slowed in the last month.", ["the last month=P1M"]),
      ("Rents have doubled over the past year.", ["the past year=P1Y"]),
      // Without the article it stays the calendar period.
      ("Rents rose last year.", ["last year=2023"]),
    ] as [(String, [String])])
  func boundedAmounts(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test(
    arguments: [
      // A bound word without an amount after it is no date.
      ("More than half of the voters stayed home.", []),
      ("The plan is less than ideal.", []),
      ("The deal almost collapsed on Monday.", ["Monday=2024-03-04"]),
      ("Crowds of about 5,000 people marched.", []),
    ] as [(String, [String])])
  func boundWordsAlone(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test(
    arguments: [
      ("Bank Signals April Rate Rise", ["April=2024-04"]),
      ("Factory Orders Slump In January", ["January=2024-01"]),
      // In a sentence a capitalized month before a capitalized word is still a given name.
      ("June Carter opened the exhibition.", []),
      // "May" before a verb in a headline is the modal.
      ("Central Bank May Raise Rates Again", []),
    ] as [(String, [String])])
  func headlines(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  @Test(
    arguments: [
      // The hearings lie ahead: the second weekday takes the first's placement.
      ("The court scheduled hearings for Monday and Tuesday.", ["Monday=2024-03-11", "Tuesday=2024-03-12"]),
      ("Strikes closed the port on Monday and Tuesday.", ["Monday=2024-03-04", "Tuesday=2024-03-05"]),
      (
        "The summit will meet on Monday, Tuesday and Wednesday.",
        ["Monday=2024-03-11", "Tuesday=2024-03-12", "Wednesday=2024-03-13"]
      ),
    ] as [(String, [String])])
  func coordinatedWeekdays(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-03-08") == expected)
  }

  /// Assistant queries (`register: query`): the season of the reference and its neighbours.
  @Test(
    arguments: [
      ("this season", ["this season=2023-WI"]),
      ("last season", ["last season=2023-FA"]),
      ("next season", ["next season=2024-SP"]),
    ] as [(String, [String])])
  func seasonQueries(text: String, expected: [String]) {
    let scalars = Array(text.unicodeScalars)
    let anchor = TemporalAnchor(date: CivilDate(year: 2024, month: 2, day: 8), source: .reference)
    let got = TemporalExtractor(preference: .future, register: .query).extract(text, anchor: anchor).map {
      "\(String(String.UnicodeScalarView(scalars[$0.start..<$0.end])))=\($0.value)"
    }
    #expect(got == expected)
  }

  /// In news "this season" is mostly a sports season: no date.
  @Test func seasonInNews() {
    #expect(found("The striker has scored twelve goals this season.", "2024-03-08") == [])
  }
}
