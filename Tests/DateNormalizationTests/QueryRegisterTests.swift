import DateNormalization
import Testing

/// The query register (`register: query`): assistant shorthand read only when asked for, and
/// the news forms of the same round. Sentences written for these tests, against Friday
/// 2024-03-08 ("text=value" in text order).
@Suite struct QueryRegisterTests {
  private func read(_ text: String, _ register: TemporalRegister, secondOfDay: Int? = nil) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let anchor = TemporalAnchor(
      date: CivilDate(year: 2024, month: 3, day: 8), secondOfDay: secondOfDay, source: .reference)
    return TemporalExtractor(register: register).extract(text, anchor: anchor).map {
      "\(String(String.UnicodeScalarView(scalars[$0.start..<$0.end])))=\($0.value)"
    }
  }

  /// Each query form, and what the same text gives as news (nothing, or the news reading).
  @Test(
    arguments: [
      ("Remind me sat.", ["sat=2024-03-09"], []),
      ("Book the room for mon.", ["mon=2024-03-11"], []),
      ("Any plans sun?", ["sun=2024-03-10"], []),
      ("Send it by BOY.", ["BOY=2024"], []),
      ("Lunch on 4 / 12", ["4 / 12=2024-04-12"], []),
      ("Dinner 4-12", ["4-12=2024-04-12"], []),
      ("book it for 2 - 20", ["2 - 20=2024-02-20"], []),
      ("call at 1145", ["1145=2024-03-08T11:45"], []),
      ("meet around 1145", ["around 1145=2024-03-08T11:45"], []),
      ("tomorrow at 245ish", ["tomorrow at 245=2024-03-09T02:45"], ["tomorrow=2024-03-09"]),
      ("meet at 4 20", ["4 20=2024-03-08T04:20"], ["4=2024-03-08T04:00"]),
      ("wake me at 845 in the evening", ["845 in the evening=2024-03-08T20:45"], ["in the evening=2024-03-08TEV"]),
      ("see you tonight at 3", ["tonight at 3=2024-03-08T15:00"], ["tonight at 3=2024-03-08T03:00"]),
      ("meet this evening at 12", ["this evening at 12=2024-03-09T00:00"], ["this evening at 12=2024-03-08T12:00"]),
      ("this afternoon at 3", ["this afternoon at 3=2024-03-08T15:00"], ["this afternoon at 3=2024-03-08T15:00"]),
      ("ring me at three forty", ["three forty=2024-03-08T03:40"], []),
      ("is the shop open at this time", ["this time=2024-03-08"], []),
      ("mid day meeting", ["mid day=2024-03-08T12:00"], []),
      ("May", ["May=2024-05"], []),
      ("on the third", ["on the third=2024-03-03"], []),
      ("ten forty a m", ["ten forty a m=2024-03-08T10:40"], []),
      ("in 15 days", ["in 15 days=2024-03-23"], ["in 15 days=2024-03-23"]),
    ] as [(String, [String], [String])])
  func queryForms(text: String, query: [String], news: [String]) {
    #expect(read(text, .query) == query)
    #expect(read(text, .news) == news)
  }

  /// News text keeps these words and numbers out, as before.
  @Test(
    arguments: [
      "The sun rose over the hills.", "The boy sat on the bench.", "The score was 2 - 1 at half time.",
      "Call 650-650-6500 for tickets.", "The Mon people live in Myanmar.",
    ])
  func newsNonDates(text: String) {
    #expect(read(text, .news).isEmpty)
  }

  /// "in 20" is twenty minutes ahead of the reference instant (Duckling's implicit minutes).
  @Test func implicitMinutes() {
    #expect(read("back in 20", .query, secondOfDay: 4 * 3600 + 30 * 60) == ["in 20=2024-03-08T04:50:00"])
    #expect(read("back in 20", .news, secondOfDay: 4 * 3600 + 30 * 60).isEmpty)
  }

  /// A phone number after "at" is not a clock time, even in a query.
  @Test func phoneNumberIsNotAClock() {
    #expect(read("call me at 650.650.6500", .query).isEmpty)
    #expect(read("call me at 650-650-6500", .query).isEmpty)
  }

  /// A clock time still in the reference's hour is not moved to the afternoon when expressions
  /// are placed in the future (said at 04:30): "at 4:12" is 04:12; "at 3:15", already past, is 15:15.
  @Test(arguments: [("Call at 4:12", "2024-03-08T04:12"), ("Call at 3:15", "2024-03-08T15:15")])
  func currentHour(text: String, value: String) {
    let anchor = TemporalAnchor(
      date: CivilDate(year: 2024, month: 3, day: 8), secondOfDay: 4 * 3600 + 30 * 60, source: .reference)
    #expect(TemporalExtractor(preference: .future).extract(text, anchor: anchor).map(\.value) == [value])
  }

  /// News forms of this round, in both registers: a part of the day without a date is the
  /// reference day's; a date first planned before a deferral is the nearest.
  @Test(
    arguments: [
      ("The convoy reached the town in the afternoon.", ["in the afternoon=2024-03-08TAF"]),
      ("Markets steadied in the morning.", ["in the morning=2024-03-08TMO"]),
      ("The rally resumed in the evening.", ["in the evening=2024-03-08TEV"]),
      ("Gunfire was heard in the night.", []),
      ("The shelling stopped at 9 in the morning.", ["9 in the morning=2024-03-08T09:00"]),
      ("Talks resumed on Monday in the afternoon.", ["Monday in the afternoon=2024-03-04TAF"]),
      ("Elections first planned for May 12 were postponed.", ["May 12=2024-05-12"]),
      ("The vote, planned for February 3, was delayed.", ["February 3=2024-02-03"]),
      ("The summit scheduled for March 1 was postponed.", ["March 1=2024-03-01"]),
      ("The hearing was postponed until June 12.", ["June 12=2024-06-12"]),
      ("The vote on Monday was postponed.", ["Monday=2024-03-04"]),
      ("The attack planned for Monday was foiled.", ["Monday=2024-03-04"]),
      ("Voting falls on the closest Sunday to March 20.", ["the closest Sunday to March 20=2024-03-17"]),
      ("The fair opens the second closest Friday to April 3.", ["the second closest Friday to April 3=2024-03-29"]),
      ("Talks resume Thu 15th.", ["Thu 15th=2024-02-15"]),
      ("The briefing is at 9 am (BST) on Monday.", ["9 am (BST) on Monday=2024-03-11T09:00"]),
      ("Fares peaked last week-end in February.", ["last week-end in February=2024-W08-WE"]),
    ] as [(String, [String])])
  func newsForms(text: String, expected: [String]) {
    #expect(read(text, .news) == expected)
    #expect(read(text, .query) == expected)
  }
}
