extension TemporalParser {
  /// Whether the English "second" at `i`, after "a", is the ordinal before what it counts
  /// rather than one second of time: "for a second straight month", "for a second time", "a
  /// second-half goal", "for a second term". What follows decides: a unit, "straight" /
  /// "consecutive", "time", a glued hyphen, or a noun of rounds and terms. "for a second",
  /// "for a second or two" and "for a second before …" stay an amount.
  func secondIsOrdinal(_ i: Int) -> Bool {
    let next = i + 1
    guard tokens[i].latin, next < tokens.count, !tokens[next].newlineBefore else { return false }
    if isPunctuation(next, "-") { return !tokens[next].spaceBefore }
    guard tokens[next].kind == .word, tokens[next].latin else { return false }
    switch tokens[next].entry {
    case .unit?, .keyword(.consecutive)?, .keyword(.timeWord)?, .keyword(.half)?: return true
    default: return TemporalParser.ordinalNounHashes.contains(tokens[next].wordHash)
    }
  }

  /// Nouns an ordinal "second" counts in news: "a second term", "a second round", "a second
  /// leg", "a second wave", "a second running month".
  static let ordinalNounHashes: Set<UInt64> = Set(
    [
      "term", "terms", "round", "leg", "wave", "season", "game", "match", "attempt", "phase", "stage", "tranche",
      "running", "successive", "place", "spell", "stint", "innings", "period", "set", "goal", "straight",
    ].map(WordHasher.hash))
}
