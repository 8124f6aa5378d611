extension TemporalParser {
  /// Whether the English word at `k` is a verb of intention or expectation governing a
  /// to-infinitive that holds the date at tokens `first..<end`: "expects to close the deal in
  /// the first quarter", "plans to return on January 6", "hopes to visit on Monday". What it
  /// governs lies ahead, and it is the nearest verb of its clause, so a past verb of an earlier
  /// clause ("Talks ended on Monday, and the envoy plans to return on January 6") does not
  /// place the date. Only the present and the -ing forms count: a past form ("hoped to return
  /// on Monday") is read by the -ed rule. The word is no verb of the date's clause
  /// - as a noun: after an article, a determiner or a possessive ("The plans to build the
  ///   bridge on Monday were dropped", "the government's plans", "the ministers' plans"), after
  ///   a word with a past tense ("announced plans to cut jobs on Tuesday"), or capitalised at
  ///   the start of a sentence ("Hopes to revive the talks on Monday faded");
  /// - as an -ing form after "was"/"were", which the past word places ("Rescuers were hoping to
  ///   reach the miners on Monday");
  /// - when a comma stands between it and the date ("said it plans to cut jobs, in a statement
  ///   on Tuesday": the date is the statement's);
  /// - when a past verb follows the date, the clause's verb ("Fans hoping to see the team on
  ///   Sunday were turned away"), as for nouns like "votes" (`scheduleVerbTense`).
  func intentionVerbGoverns(_ k: Int, date first: Int, end: Int) -> Bool {
    guard k + 1 < tokens.count, keyword(k + 1) == .to, tokens[k].latin, tokens[k].tense == 0,
      !tokens[k + 1].newlineBefore, TemporalParser.intentionVerbHashes.contains(tokens[k].wordHash)
    else { return false }
    var j = k + 2
    while j < first {
      if isPunctuation(j, ",") { return false }
      j += 1
    }
    if end < tokens.count, !tokens[end].newlineBefore,
      tokens[end].tense < 0 || tokens[end].entry == .keyword(.pastMarker)
    {
      return false
    }
    guard k > 0, !tokens[k].newlineBefore, !endsSentence(k - 1) else {
      return !(tokens[k].capitalized && TemporalParser.intentionNounHashes.contains(tokens[k].wordHash))
    }
    switch tokens[k - 1].entry {
    case .keyword(.the)?, .keyword(.article)?, .keyword(.determiner)?: return false
    default: break
    }
    // A past word before it: "announced plans", "renewed hopes" (nouns), "were hoping" (a past
    // progressive). A plural verb stays one after a past word of a relative clause ("Those
    // who came hope to return on Monday", "Those affected hope to …").
    if tokens[k - 1].tense < 0 || tokens[k - 1].entry == .keyword(.pastMarker) {
      if TemporalParser.intentionNounHashes.contains(tokens[k].wordHash) { return false }
      if TemporalParser.pastBeHashes.contains(tokens[k - 1].wordHash),
        TemporalParser.intentionProgressiveHashes.contains(tokens[k].wordHash)
      {
        return false
      }
    }
    // "the government's plans to …": a possessive before the word.
    if tokens[k - 1].wordHash == TemporalParser.possessiveSHash, k > 1, isPunctuation(k - 2, "'", "\u{2019}") {
      return false
    }
    // "the ministers' plans to …": a plural's possessive apostrophe.
    if isPunctuation(k - 1, "'", "\u{2019}"), !tokens[k - 1].spaceBefore { return false }
    return true
  }

  static let possessiveSHash = WordHasher.hash("s")

  /// Verbs of intention and expectation in the present and -ing forms ("expected" and "due"
  /// are future words of the lexicon).
  static let intentionVerbHashes: Set<UInt64> = Set(
    [
      "expect", "expects", "expecting", "plan", "plans", "planning", "aim", "aims", "aiming", "intend", "intends",
      "intending", "hope", "hopes", "hoping",
    ].map(WordHasher.hash))

  /// The forms of `intentionVerbHashes` that are as often plural nouns ("Plans to …", "Hopes
  /// to …" opening a sentence).
  static let intentionNounHashes: Set<UInt64> = Set(["plans", "hopes"].map(WordHasher.hash))

  /// The -ing forms of `intentionVerbHashes`, past after "was"/"were".
  static let intentionProgressiveHashes: Set<UInt64> = Set(
    ["expecting", "planning", "aiming", "intending", "hoping"].map(WordHasher.hash))

  static let pastBeHashes: Set<UInt64> = Set(["was", "were"].map(WordHasher.hash))
}
