import DateNormalization
import Testing

/// Round 16: "start" / "end" before "the" are verbs, Martin Luther King Jr. Day, a story's
/// release clause that a narrated verb does not place, years before the common era, fractions. Sentences written for these tests,
/// against Wednesday 2027-11-17: "text=value[/mod]" in text order.
@Suite struct EdgeVerbsHolidayNamesAndStoryReleasesTests {
  @Test(
    arguments: [
      ("Repairs on the bridge start the week after next.", ["the week after next=2027-W48"]),
      ("Hearings resume the week after next, the court said.", ["the week after next=2027-W48"]),
      ("The ministry will end the month with a surplus.", []),
      ("The league wants to start the season in March.", ["March=2028-03"]),
      // The edge with "of", and the adverbs before "the", keep the modifier.
      ("Prices rose at the start of the week.", ["the start of the week=2027-W46/START"]),
      ("The ceasefire collapsed early the next week.", ["early the next week=2027-W47/START"]),
      ("The plant reopens at the end of the month.", ["the end of the month=2027-11/END"]),
    ] as [(String, [String])])
  func anEdgeNounBeforeTheIsAVerb(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }

  @Test(
    arguments: [
      ("Federal offices close on Martin Luther King Jr. Day.", ["Martin Luther King Jr. Day=2028-01-17"]),
      ("Marches were held on MLK Jr. Day in 2025.", ["MLK Jr. Day in 2025=2025-01-20"]),
      ("Banks were shut on Martin Luther King Day.", ["Martin Luther King Day=2027-01-18"]),
    ] as [(String, [String])])
  func martinLutherKingJrDay(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }

  @Test(
    arguments: [
      // The release clause's day lies ahead, though the narration's present tells the story.
      ("في الفيلم، الذي يعرض يوم الخميس، تلعب الممثلة دور طبيبة.", ["يوم الخميس=2027-11-18"]),
      ("في المسلسل، الذي يعرض الأحد، يعود ضابط إلى قريته.", ["الأحد=2027-11-21"]),
      (
        "In the drama, which airs on Monday, a nurse meets her brother on Friday.",
        ["Monday=2027-11-22", "Friday=2027-11-12"]
      ),
      // The narration alone stays told.
      ("في الفيلم، يصل جاسوس إلى لشبونة يوم الاثنين.", ["يوم الاثنين=2027-11-15"]),
      ("In the novel, the detective arrives in Venice on Sunday.", ["Sunday=2027-11-14"]),
    ] as [(String, [String])])
  func aStoryReleaseClauseIsAhead(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }

  @Test(
    arguments: [
      ("The city was founded in 1200 B.C. and its walls rebuilt in 1995.", ["1995=1995"]),
      ("Tools dated to 2500 BC were found near the river in 2019.", ["2019=2019"]),
      ("Bronze coins from 1100 BCE went on show.", []),
      ("بني المعبد عام 1200 قبل الميلاد.", []),
      ("بني المعبد عام 1200 ق.م وجدد عام 1990.", ["عام 1990=1990"]),
      // The common era's years keep their value.
      ("بني المعبد عام 1200 م.", ["عام 1200 م=1200"]),
    ] as [(String, [String])])
  func aYearBeforeTheCommonEraIsNoCalendarYear(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }

  @Test(
    arguments: [
      ("The pump restarts in 3/4 hour.", []),
      ("The pump restarts in 3/4 hour and then runs for 4 hours.", ["4 hours=PT4H"]),
    ] as [(String, [String])])
  func aFractionsDenominatorCountsNoUnits(sentence: String, expected: [String]) {
    #expect(found(sentence, "2027-11-17") == expected)
  }
}
