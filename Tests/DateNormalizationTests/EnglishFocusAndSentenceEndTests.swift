import DateNormalization
import Testing

/// English news forms whose reading depends on where a sentence or a clause ends: the dot of an
/// abbreviated month before a capitalised word, the date "a year earlier" is counted from (its
/// clause only, not a reporting date, not after "since", not a bare clock time), an amount set
/// after a date by a comma, and schedule headlines and fixture lists. Sentences written for these tests, against
/// Friday 2024-11-22 unless a row says.
@Suite struct EnglishFocusAndSentenceEndTests {
  /// A capitalised word after "Jan." starts a new sentence, whose tense is its own; a day, a
  /// year or a lowercase word goes on with the same one.
  @Test(
    arguments: [
      (
        "Orders slumped in Oct. On Tuesday the board will meet again.",
        ["Oct.=DATE 2024-10", "Tuesday=DATE 2024-11-26"]
      ),
      (
        "Rents climbed in Sept. Landlords expect them to ease in April.",
        ["Sept.=DATE 2024-09", "April=DATE 2025-04"]
      ),
      // Guards: a day or a lowercase word after the dot continues the sentence.
      ("The bridge was closed from Dec. 27 to Dec. 29.", ["Dec. 27=DATE 2023-12-27", "Dec. 29=DATE 2023-12-29"]),
    ] as [(String, [String])])
  func sentenceEndAfterAbbreviatedMonth(sentence: String, expected: [String]) {
    #expect(typed(sentence) == expected)
  }

  /// "a year earlier" is counted from a date of its own clause that is the period compared;
  /// otherwise from the document date. An amount set after a date by a comma is no date.
  @Test(
    arguments: [
      (
        "She took office in 1961 and retired in 1995, 34 years later.",
        ["1961=DATE 1961", "1995=DATE 1995", "34 years=DURATION P34Y"]
      ),
      (
        "The airline, created in 2005, said bookings rose 8 percent from a year earlier.",
        ["2005=DATE 2005", "a year earlier=DATE 2023"]
      ),
      (
        "The retailer said Wednesday its sales fell 2 percent from a year earlier.",
        ["Wednesday=DATE 2024-11-20", "a year earlier=DATE 2023"]
      ),
      (
        "The index has climbed since May 2021 and margins widened from a year earlier.",
        ["May 2021=DATE 2021-05", "a year earlier=DATE 2023"]
      ),
      // Guards: a date of the same clause that is the period compared.
      ("Imports fell in March from a month earlier.", ["March=DATE 2024-03", "a month earlier=DATE 2024-02"]),
      (
        "Car sales rose in October, up 12 percent from a year earlier.",
        ["October=DATE 2024-10", "a year earlier=DATE 2023-10"]
      ),
      (
        "The ferry sailed on June 4 and returned three days later.",
        ["June 4=DATE 2024-06-04", "three days later=DATE 2024-06-07"]
      ),
    ] as [(String, [String])])
  func focusInTheSameClause(sentence: String, expected: [String]) {
    #expect(typed(sentence) == expected)
  }

  /// A half-year or a season keeps its part a year earlier; a date that cannot be counted from
  /// ("recently") leaves the document date; a bare clock time is no date to count from.
  @Test(
    arguments: [
      (
        "Profit grew in the second half of 2023 from a year earlier.",
        ["the second half of 2023=DATE 2023-H2", "a year earlier=DATE 2022-H2"]
      ),
      ("Lately, exports fell 3 percent from a year earlier.", ["Lately=DATE PAST_REF", "a year earlier=DATE 2023"]),
      (
        "The mine flooded at 6 am and reopened two weeks later.",
        ["6 am=TIME 2024-11-22T06:00", "two weeks=DURATION P2W"]
      ),
    ] as [(String, [String])])
  func focusThatCannotBeCounted(sentence: String, expected: [String]) {
    #expect(typed(sentence) == expected)
  }

  /// A schedule verb right before the day puts it ahead; a line of fixtures is no headline,
  /// so its days keep the nearest reading.
  @Test(
    arguments: [
      ("Union Says Strike Starts Monday", ["Monday=DATE 2024-11-25"]),
      ("Berlin Film Festival Opens Thursday", ["Thursday=DATE 2024-11-28"]),
      ("Ceasefire Talks Resume on Sunday in Cairo", ["Sunday=DATE 2024-11-24"]),
      (
        "Fixtures: Leeds v Hull on Saturday, Derby v Stoke on Monday.",
        ["Saturday=DATE 2024-11-23", "Monday=DATE 2024-11-25"]
      ),
      // Guard: a market report's verb with a word between it and the day stays past.
      ("Stocks Close Higher on Monday After Rally", ["Monday=DATE 2024-11-18"]),
      // "to" after a verb of movement and "for" not right before the day announce nothing.
      ("Copper Jumps to Record High on Tuesday", ["Tuesday=DATE 2024-11-19"]),
      ("Bonds Slide for Fourth Straight Session on Thursday", ["Thursday=DATE 2024-11-21"]),
      // Guards: "to" before the verb and "for" right before the day still announce it.
      ("Pilots to Strike on Tuesday Over Pay", ["Tuesday=DATE 2024-11-26"]),
      ("Rail Walkout Set For Thursday", ["Thursday=DATE 2024-11-28"]),
    ] as [(String, [String])])
  func scheduleHeadlines(sentence: String, expected: [String]) {
    #expect(typed(sentence) == expected)
  }
}
