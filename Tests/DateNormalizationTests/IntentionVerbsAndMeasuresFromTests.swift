import DateNormalization
import Testing

/// Version 23's forms, against Tuesday 2026-12-29 (the nearest Monday and Sunday lie behind it,
/// the coming ones in January; the nearest first quarter is the current year's). Sentences
/// written for these tests: "text=TYPE value" in text order.
@Suite struct IntentionVerbsAndMeasuresFromTests {
  /// A verb of intention or expectation before "to" places what it governs ahead, and as the
  /// nearest verb it wins over a past verb of an earlier clause.
  @Test(
    arguments: [
      ("The insurer expects to finish the takeover in the first quarter.", ["the first quarter=DATE 2027-Q1"]),
      ("The carmaker is expecting to launch the model in the third quarter.", ["the third quarter=DATE 2027-Q3"]),
      ("The port authority aims to reopen the dock in November.", ["November=DATE 2027-11"]),
      ("The council intends to vote on the budget on Monday.", ["Monday=DATE 2027-01-04"]),
      ("We plan to hold the auction on Sunday.", ["Sunday=DATE 2027-01-03"]),
      ("The coach hopes to name his squad on Monday.", ["Monday=DATE 2027-01-04"]),
      (
        "The siege ended on Sunday, and aid groups hope to enter the city on January 4.",
        ["Sunday=DATE 2026-12-27", "January 4=DATE 2027-01-04"]
      ),
      (
        "Rescuers found the boat on Monday, and the navy plans to tow it to port on January 7.",
        ["Monday=DATE 2026-12-28", "January 7=DATE 2027-01-07"]
      ),
    ] as [(String, [String])])
  func intentionVerbsLookAhead(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-12-29") == expected)
  }

  /// Past readings stay past: a past verb, a past form of the verb of intention, or the word as
  /// a noun.
  @Test(
    arguments: [
      ("The merger was completed in the first quarter.", ["the first quarter=DATE 2026-Q1"]),
      ("Exports fell in the first quarter.", ["the first quarter=DATE 2026-Q1"]),
      ("The minister hoped to sign the accord on Monday.", ["Monday=DATE 2026-12-28"]),
      ("The plans to close the school on Monday were scrapped.", ["Monday=DATE 2026-12-28"]),
      ("The mayor's plans to open the bridge on Monday were shelved.", ["Monday=DATE 2026-12-28"]),
    ] as [(String, [String])])
  func pastReadingsStayPast(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-12-29") == expected)
  }

  /// A weekday after "from" in a sentence without a tense word is the day a measure starts,
  /// ahead; a past verb keeps it behind, and a verb after the day makes "from" its source.
  @Test(
    arguments: [
      ("The railway cancels all night trains from Sunday.", ["Sunday=DATE 2027-01-03"]),
      ("The city closes the bridge to lorries from Monday.", ["Monday=DATE 2027-01-04"]),
      ("Shops open late from Monday onwards.", ["Monday=DATE 2027-01-04"]),
      ("The railway cancelled all night trains from Sunday.", ["Sunday=DATE 2026-12-27"]),
      ("Figures from Monday show a fall in orders.", ["Monday=DATE 2026-12-28"]),
    ] as [(String, [String])])
  func weekdayAfterFromStartsAMeasure(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-12-29") == expected)
  }

  /// Version 24, against Thursday 2026-10-15: "plans"/"hopes" as a noun (after a past verb, a
  /// possessive apostrophe, or capitalised at a sentence's start), an -ing form after
  /// "was"/"were", a comma before the date, or a past verb after the date leave the past
  /// reading; the verb still looks ahead.
  @Test(
    arguments: [
      ("The airline announced plans to close two routes on Tuesday.", ["Tuesday=DATE 2026-10-13"]),
      ("The ministry unveiled plans to sell its stake on Monday.", ["Monday=DATE 2026-10-12"]),
      ("The bank said it plans to shut 40 branches, in a filing on Tuesday.", ["Tuesday=DATE 2026-10-13"]),
      ("Divers were hoping to reach the wreck on Monday, but storms moved in.", ["Monday=DATE 2026-10-12"]),
      ("Shoppers hoping to buy the phone on Sunday were sent home.", ["Sunday=DATE 2026-10-11"]),
      ("The unions' plans to rally on Monday drew criticism.", ["Monday=DATE 2026-10-12"]),
      ("Hopes to reopen the border on Monday faded by evening.", ["Monday=DATE 2026-10-12"]),
      ("The union plans to rally on Monday.", ["Monday=DATE 2026-10-19"]),
      ("The club is hoping to sign the striker on Tuesday.", ["Tuesday=DATE 2026-10-20"]),
      ("Families who fled hope to return on Monday.", ["Monday=DATE 2026-10-19"]),
      ("The firm was planning to list its shares on Tuesday, but markets fell.", ["Tuesday=DATE 2026-10-13"]),
    ] as [(String, [String])])
  func intentionWordsThatDoNotPlaceTheDate(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// Version 24: a weekday after "from" with an apostrophe after it, or after a one-word
  /// caption, is the day something comes from, behind; a measure still starts ahead.
  @Test(
    arguments: [
      ("Goals from Sunday's derby in Milan.", ["Sunday=DATE 2026-10-11"]),
      ("Photos from Tuesday's march through the city.", ["Tuesday=DATE 2026-10-13"]),
      ("Scenes from Sunday.", ["Sunday=DATE 2026-10-11"]),
      ("Reaction from Tuesday night's vote in the Senate.", ["Tuesday night=TIME 2026-10-13TNI"]),
      ("The ferry company suspends sailings from Monday.", ["Monday=DATE 2026-10-19"]),
    ] as [(String, [String])])
  func weekdaySourcesAndCaptions(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }
}
