extension TemporalParser {
  /// Whether the English word at `k` is a verb of intention or expectation governing a
  /// to-infinitive: "expects to close the deal in the first quarter", "plans to return on
  /// January 6", "hopes to visit on Monday". What it governs lies ahead, and it is the nearest
  /// verb of its clause, so a past verb of an earlier clause ("Talks ended on Monday, and the
  /// envoy plans to return on January 6") does not place the date. Only the present and the
  /// -ing forms count: a past form ("hoped to return on Monday") is read by the -ed rule. After
  /// an article, a determiner or a possessive the word is a noun ("The plans to build the
  /// bridge on Monday were dropped", "the government's plans to …").
  func intentionVerbGoverns(_ k: Int) -> Bool {
    guard k + 1 < tokens.count, keyword(k + 1) == .to, tokens[k].latin, tokens[k].tense == 0,
      !tokens[k + 1].newlineBefore, TemporalParser.intentionVerbHashes.contains(tokens[k].wordHash)
    else { return false }
    guard k > 0, !tokens[k].newlineBefore else { return true }
    switch tokens[k - 1].entry {
    case .keyword(.the)?, .keyword(.article)?, .keyword(.determiner)?: return false
    default: break
    }
    // "the government's plans to …": a possessive before the word.
    if tokens[k - 1].wordHash == TemporalParser.possessiveSHash, k > 1, isPunctuation(k - 2, "'", "\u{2019}") {
      return false
    }
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
}
