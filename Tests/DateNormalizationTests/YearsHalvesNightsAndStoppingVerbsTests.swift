import DateNormalization
import Testing

/// Round 18: years after a preposition before "off" or a pronoun, and before 1900; halves of
/// the year without a year; "overnight" with a weekday; Arabic verbs of stopping before من and
/// a month; US zones spelt out. Sentences written for these tests, against Wednesday 2027-11-17
/// unless said: "text=value[/mod]" in text order.
@Suite struct YearsHalvesNightsAndStoppingVerbsTests {
  @Test(
    arguments: [
      ("The liner sank in 1915 off the Irish coast.", ["1915=1915"]),
      ("In 2016 investors lost heavily.", ["2016=2016"]),
      ("The lighthouse was built in 1867.", ["1867=1867"]),
      ("The firm, founded in 1848, makes pianos.", ["1848=1848"]),
      // Counts stay counts.
      ("The odds were one in 1500.", []),
      ("Birds were counted in 2000 gardens.", []),
      ("The crowd grew to a total of 1500.", []),
      ("Output rose from 1200 to 1500 units.", []),
    ] as [(String, [String])])
  func aYearAfterAPreposition(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }

  @Test(
    arguments: [
      ("The retailer expects sales to rebound in the second half.", "2027-11-17", ["the second half=2027-H2"]),
      // A half not yet begun, in a past sentence, is last year's; one over, in a future sentence, next year's.
      ("The insurer said profits slipped in the second half.", "2028-03-08", ["the second half=2027-H2"]),
      ("The carmaker will cut output in the first half.", "2028-09-19", ["the first half=2029-H1"]),
      // A half of a match or of a film is no date.
      ("The striker scored in the first half.", "2027-11-17", []),
      ("Arsenal equalised in the second half.", "2027-11-17", []),
      ("The first half of the film is slow.", "2027-11-17", []),
    ] as [(String, String, [String])])
  func aHalfWithoutAYear(sentence: String, reference: String, expected: [String]) {
    #expect(found(sentence, reference) == expected)
  }

  @Test(
    arguments: [
      ("Drones attacked the port overnight on Saturday, officials said.", ["overnight on Saturday=2027-11-13TNI"]),
      ("Snow will fall overnight on Friday in the mountains.", ["overnight on Friday=2027-11-19TNI"]),
      ("Shelling continued overnight Sunday, residents said.", ["overnight Sunday=2027-11-14TNI"]),
      // The adjective before a noun leaves the weekday alone.
      ("They booked an overnight stay on Saturday.", ["Saturday=2027-11-13"]),
    ] as [(String, [String])])
  func overnightWithAWeekday(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }

  @Test(
    arguments: [
      ("توقفت صادرات القمح من مارس بسبب الجفاف.", ["مارس=2027-03"]),
      ("أوقفت الشركة الإنتاج من يونيو.", ["يونيو=2027-06"]),
      ("يتوقف العمل بالنظام القديم من مارس.", ["مارس=2028-03"]),
      // Without such a verb مارس after من is "he practised".
      ("طلب المدرب من مارس الرياضة طويلا أن يرتاح.", []),
    ] as [(String, [String])])
  func aMonthAfterAVerbOfStopping(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }

  @Test(
    arguments: [
      ("Trading resumes at 9:30 a.m. Eastern time on Monday.", ["9:30 a.m. Eastern time on Monday=2027-11-22T09:30"]),
      ("The launch is at 6 a.m. local time.", ["6 a.m.=2027-11-17T06:00"]),
    ] as [(String, [String])])
  func aSpelledUSZone(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }
}
