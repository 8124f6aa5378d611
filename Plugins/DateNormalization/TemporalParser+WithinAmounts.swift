extension TemporalParser {
  /// Whether English "in" before an amount at token `i` says how long, not when: after a
  /// negation, a perfect or a superlative of its clause ("have not held talks in two decades",
  /// "prices have risen 30 percent in two years", "the smallest harvest in a decade", "for the
  /// first time in two years"), the amount is TimeML's DURATION (P2DE, P2Y), not a point ahead.
  /// A future word or a modal nearer to "in" keeps the point ahead ("has said it will double
  /// output in two years", "could vanish in two decades"), and a complementizer ends the clause.
  func inMeansWithin(_ i: Int) -> Bool {
    guard tokens[i].latin else { return false }
    var k = i - 1
    while k >= 0, i - k <= 14 {
      if tokens[k + 1].newlineBefore || endsSentence(k) { return false }
      switch tokens[k].entry {
      case .keyword(.futureMarker)?, .keyword(.englishModal)?, .keyword(.complementizer)?: return false
      case .keyword(.negation)?, .keyword(.perfectAuxiliary)?: return true
      default: break
      }
      if tokens[k].kind == .word, TemporalParser.withinCueHashes.contains(tokens[k].wordHash) { return true }
      k -= 1
    }
    return false
  }

  /// Words (besides the lexicon's "not" and "have") that make "in" + an amount a span: other
  /// perfect auxiliaries and negations, and superlatives.
  static let withinCueHashes: Set<UInt64> = Set(
    [
      "has", "had", "never", "no", "hasn", "haven", "hadn", "didn", "isn", "wasn", "weren", "aren",
      "highest", "lowest", "biggest", "largest", "smallest", "worst", "best", "strongest", "weakest",
      "fastest", "slowest", "longest", "shortest", "sharpest", "steepest", "deepest", "busiest",
      "hottest", "coldest", "wettest", "driest", "warmest", "heaviest", "widest", "narrowest", "greatest",
      "cheapest", "tightest", "first", "most", "least",
    ].map(WordHasher.hash))
}
