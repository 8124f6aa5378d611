extension TemporalParser {
  /// Whether the English word at `k` is a past verb of intention before "to" whose infinitive
  /// holds a date with a month at tokens `first..<end`: "the envoy planned to return on January
  /// 6", "he intended to visit Baghdad on January 10", "planned to launch the phone in March".
  /// The past tells when the plan was made, not when its date falls, which may still lie ahead:
  /// such a date is placed by its nearness (`nil`), not by the past. A weekday keeps the past
  /// ("The minister hoped to sign the accord on Monday" is the Monday behind): a plan of the
  /// past for a day of the week is mostly for the week it was made in. A comma between the verb
  /// and the date ends the infinitive ("planned to cut jobs, a filing on Tuesday showed").
  /// Asked only at a word with a past tense that the tense search visits around a found date.
  func pastIntentionGoverns(_ k: Int, date first: Int, end: Int) -> Bool {
    // "planned" is the lexicon's word of plans ("planned for"); the others are read as pasts.
    guard tokens[k].tense < 0 || tokens[k].entry == .keyword(.planned), k + 1 < first, tokens[k].latin,
      keyword(k + 1) == .to,
      !tokens[k + 1].newlineBefore, TemporalParser.pastIntentionVerbHashes.contains(tokens[k].wordHash),
      !namesAWeekday(first, end)
    else { return false }
    var j = k + 2
    while j < first {
      if tokens[j].newlineBefore || isPunctuation(j, ",") { return false }
      j += 1
    }
    return true
  }

  /// Past forms of verbs of intention and of promise, which govern a plan's infinitive.
  static let pastIntentionVerbHashes: Set<UInt64> = Set(
    ["planned", "intended", "hoped", "aimed", "wanted", "vowed", "pledged", "promised"].map(WordHasher.hash))
}
