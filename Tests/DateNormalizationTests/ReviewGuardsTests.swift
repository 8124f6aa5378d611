import DateNormalization
import Testing

/// Version 26's guards on version 25's readings. Sentences written for these tests: "text=TYPE
/// value" in text order, against Wednesday 2027-03-17 (the nearest Monday and Sunday lie
/// behind, the nearest February lies behind, the nearest June ahead).
@Suite struct ReviewGuardsTests {
  /// "from" + a month that compares a figure with the month's is no start of a measure: the
  /// month keeps its nearest reading. A measure still starts ahead.
  @Test(
    arguments: [
      ("Exports up 4 percent from February, data show.", ["February=DATE 2027-02"]),
      ("Inflation at 3.1 percent, down from January.", ["January=DATE 2027-01"]),
      ("Housing starts, down from February's peak.", ["February=DATE 2027-02"]),
      ("Retail sales, up 0.5 percent from November, beat forecasts.", ["November=DATE 2026-11"]),
      ("Imports down 2% from January, customs figures show.", ["January=DATE 2027-01"]),
      ("Unemployment unchanged from December.", ["December=DATE 2026-12"]),
      ("Factory orders, a 2 percent rise from January.", ["January=DATE 2027-01"]),
      ("Car sales, a sharp drop from November's record.", ["November=DATE 2026-11"]),
      // Guards: a measure ahead (a plain verb of change, "by" before the amount).
      ("Bus fares rise from February.", ["February=DATE 2028-02"]),
      ("Pensions rise by 3 percent from January.", ["January=DATE 2028-01"]),
      ("The new fuel tax applies from February.", ["February=DATE 2028-02"]),
    ] as [(String, [String])])
  func comparisonsFromAMonth(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }

  /// A story's frame narrates its sentence, but not a clause about the story (a relative or
  /// participle clause right after the frame, or the clause after a semicolon), which announces
  /// it ahead; "series" opens no frame.
  @Test(
    arguments: [
      ("In the series, which starts on Monday, a detective returns home.", ["Monday=DATE 2027-03-22"]),
      ("In the drama, which starts on Monday, a nurse moves to Leeds.", ["Monday=DATE 2027-03-22"]),
      (
        "In the play, which opens at the National Theatre on Friday, a king loses his crown.",
        ["Friday=DATE 2027-03-19"]
      ),
      ("In the documentary, airing on Sunday, a family crosses the desert.", ["Sunday=DATE 2027-03-21"]),
      ("In the film, out on Friday, two sisters rob a bank.", ["Friday=DATE 2027-03-19"]),
      ("In the opera, which premieres on March 20, a queen dies.", ["March 20=DATE 2027-03-20"]),
      ("In the series, India play Australia on Friday.", ["Friday=DATE 2027-03-19"]),
      ("In the series, England face Wales on Sunday.", ["Sunday=DATE 2027-03-21"]),
      ("In its memoir, the singer recalls her youth; the book launches on Thursday.", ["Thursday=DATE 2027-03-18"]),
      // Guards: the narration keeps the past, a relative clause inside it too.
      ("In the novel, the detective arrives in Venice on Sunday.", ["Sunday=DATE 2027-03-14"]),
      ("In the film, a spy who hates boats arrives in Lisbon on Monday.", ["Monday=DATE 2027-03-15"]),
    ] as [(String, [String])])
  func clausesAboutAStory(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }

  /// يعود / تعود + a person + إلى + an event is a return to it, ahead; only an abstract subject
  /// "goes back to" an event, behind.
  @Test(
    arguments: [
      ("يعود اللاعب إلى مباراة الأحد بعد تعافيه من الإصابة", ["الأحد=DATE 2027-03-21"]),
      ("يعود النواب إلى جلسة الثلاثاء", ["الثلاثاء=DATE 2027-03-23"]),
      ("يعود المفاوضون إلى اجتماع الخميس في جنيف", ["الخميس=DATE 2027-03-18"]),
      ("يعود الرئيس إلى قمة الجمعة", ["الجمعة=DATE 2027-03-19"]),
      ("تعود اللاعبة إلى بطولة الاثنين بعد غياب طويل", ["الاثنين=DATE 2027-03-22"]),
      // Guards: an abstract subject goes back to the event.
      ("تعود الأزمة إلى اجتماع الاثنين بين الوزيرين.", ["الاثنين=DATE 2027-03-15"]),
      ("يعود الجدل إلى تصريحات الوزير يوم الأحد.", ["يوم الأحد=DATE 2027-03-14"]),
    ] as [(String, [String])])
  func returnsToAnEvent(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }

  /// A past plan set in the past by its sentence (a year, "ago", "last year", a past clause
  /// after it) is no longer placed by nearness: it keeps the past, in the year named.
  @Test(
    arguments: [
      ("Last year she wanted to retire in May, but stayed on.", ["Last year=DATE 2026", "May=DATE 2026-05"]),
      ("In 2025 the ministry planned to open the bridge in June.", ["2025=DATE 2025", "June=DATE 2025-06"]),
      (
        "Two years ago the firm aimed to list its shares in September.",
        ["Two years ago=DATE 2025", "September=DATE 2025-09"]
      ),
      ("They wanted to marry in August, before the war broke out.", ["August=DATE 2026-08"]),
      (
        "In 2024 the government promised to hold elections in December.",
        ["2024=DATE 2024", "December=DATE 2024-12"]
      ),
      ("He intended to retire in June, until the crisis changed his mind.", ["June=DATE 2026-06"]),
      // Guards: a plan with no past anchor is placed by nearness.
      ("The company planned to launch the phone in June.", ["June=DATE 2027-06"]),
      (
        "The talks broke down on March 2, and the envoy planned to return on May 6.",
        ["March 2=DATE 2027-03-02", "May 6=DATE 2027-05-06"]
      ),
    ] as [(String, [String])])
  func pastPlansAnchoredInThePast(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2027-03-17") == expected)
  }
}
