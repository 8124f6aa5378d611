extension TemporalParser {
  /// Whether English "in" before an amount at token `i` says how long, not when: after a
  /// negation, a perfect or a superlative of its clause ("have not held talks in two decades",
  /// "prices have risen 30 percent in two years", "the smallest harvest in a decade", "for the
  /// first time in two years"), the amount is TimeML's DURATION (P2DE, P2Y), not a point ahead.
  /// A future word, a modal, an infinitive or a verb of plans nearer to "in" keeps the point
  /// ahead ("has said it will double output in two years", "could vanish in two decades",
  /// "has promised to double output in five years", "expect a recovery in two years"), a
  /// complementizer ends the clause, and "have" counts only before a participle ("have a plan").
  func inMeansWithin(_ i: Int) -> Bool {
    guard tokens[i].latin else { return false }
    var k = i - 1
    while k >= 0, i - k <= 14 {
      if tokens[k + 1].newlineBefore || endsSentence(k) { return false }
      switch tokens[k].entry {
      case .keyword(.futureMarker)?, .keyword(.englishModal)?, .keyword(.complementizer)?: return false
      case .keyword(.negation)?: return true
      case .keyword(.perfectAuxiliary)?: if participleFollows(k) { return true }
      default: break
      }
      // "promised to double output in five years", "plans to list in two years": an infinitive
      // looks ahead.
      if keyword(k) == .to, infinitiveFollows(k) { return false }
      if tokens[k].kind == .word {
        let hash = tokens[k].wordHash
        if TemporalParser.intentionHashes.contains(hash) { return false }
        if TemporalParser.perfectHashes.contains(hash) {
          if participleFollows(k) { return true }
        } else if TemporalParser.withinCueHashes.contains(hash) {
          return true
        }
      }
      k -= 1
    }
    return false
  }

  /// Whether a past participle follows "have"/"has"/"had" at `k` within two words, so that it
  /// is a perfect ("have tripled", "has not yet risen"), not a possession ("have a plan").
  private func participleFollows(_ k: Int) -> Bool {
    var index = k + 1
    while index < tokens.count, index - k <= 2, !tokens[index].newlineBefore {
      let token = tokens[index]
      guard token.kind == .word else { return false }
      if token.tense < 0 || token.entry == .keyword(.pastMarker) || token.entry == .keyword(.negation)
        || TemporalParser.participleHashes.contains(token.wordHash)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether "to" at `k` comes before a verb (an infinitive), not before a number, a name or a
  /// determiner ("fallen to 3 million", "risen to a record").
  private func infinitiveFollows(_ k: Int) -> Bool {
    guard k + 1 < tokens.count, !tokens[k + 1].newlineBefore else { return false }
    let next = tokens[k + 1]
    return next.kind == .word && next.entry == nil && !next.capitalized
      && !TemporalParser.determinerHashes.contains(next.wordHash)
  }

  /// Perfect auxiliaries besides the lexicon's "have": a perfect only with a participle after.
  static let perfectHashes: Set<UInt64> = Set(["has", "had"].map(WordHasher.hash))

  /// Words (besides the lexicon's "not") that make "in" + an amount a span: negations and
  /// their contractions, and superlatives.
  static let withinCueHashes: Set<UInt64> = Set(
    [
      "never", "no", "hasn", "haven", "hadn", "didn", "isn", "wasn", "weren", "aren",
      "highest", "lowest", "biggest", "largest", "smallest", "worst", "best", "strongest", "weakest",
      "fastest", "slowest", "longest", "shortest", "sharpest", "steepest", "deepest", "busiest",
      "hottest", "coldest", "wettest", "driest", "warmest", "heaviest", "widest", "narrowest", "greatest",
      "cheapest", "tightest", "first", "most", "least",
    ].map(WordHasher.hash))

  /// Verbs and nouns of plans, promises and schedules: "in" + an amount after them is a point
  /// ahead ("expect a recovery in two years", "the first phase opens in two years").
  static let intentionHashes: Set<UInt64> = Set(
    [
      "plan", "plans", "planned", "planning", "expect", "expects", "expected", "expecting", "aim", "aims",
      "aimed", "aiming", "promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows",
      "vowed", "intend", "intends", "intended", "hope", "hopes", "hoped", "target", "targets", "targeted",
      "forecast", "forecasts", "predict", "predicts", "predicted", "project", "projects", "projected",
      "open", "opens", "start", "starts", "begin", "begins", "launch", "launches", "due", "scheduled",
      "set", "goal", "going",
    ].map(WordHasher.hash))

  /// Irregular past participles the -ed rule and the past-verb list miss.
  static let participleHashes: Set<UInt64> = Set(
    [
      "been", "risen", "fallen", "grown", "seen", "done", "gone", "taken", "given", "shown", "known",
      "become", "begun", "written", "driven", "broken", "frozen", "spoken", "stolen", "chosen", "come",
      "run", "cut", "put", "shut", "hit", "spread", "sunk", "shrunk", "slid", "won", "lost", "held", "met", "had",
      "yet", "also", "already", "barely", "hardly", "only", "just",
    ].map(WordHasher.hash))

  /// Determiners and possessives after "to" that make it a preposition.
  static let determinerHashes: Set<UInt64> = Set(
    [
      "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
      "those", "record", "levels", "level", "about", "around", "nearly", "almost", "just", "under", "over",
      "below", "above", "zero",
    ].map(WordHasher.hash))
}
