extension TemporalParser {
  /// Whether "the first half" / "the second half" at tokens `first..<end`, with no year after
  /// it, is a half of the story's year: an English sentence that speaks of business or the
  /// economy ("Profits are expected to improve in the second half", "The economy grew 2 percent
  /// in the first half") and not of a match ("Liverpool scored twice in the second half", "the
  /// team rallied in the second half"). The words are looked for in the sentence, at most
  /// twelve tokens before the half and eight after it.
  func yearlessHalfIsOfYear(_ first: Int, _ end: Int) -> Bool {
    guard tokens[first].latin else { return false }
    var business = false
    var k = first - 1
    while k >= 0, first - k <= 12, !tokens[k + 1].newlineBefore, !endsSentence(k) {
      if TemporalParser.gameWordHashes.contains(tokens[k].wordHash) { return false }
      if TemporalParser.businessWordHashes.contains(tokens[k].wordHash) || isPunctuation(k, "%") { business = true }
      k -= 1
    }
    k = end
    while k < tokens.count, k - end < 8, !tokens[k].newlineBefore, !endsSentence(k) {
      if TemporalParser.gameWordHashes.contains(tokens[k].wordHash) { return false }
      if TemporalParser.businessWordHashes.contains(tokens[k].wordHash) { business = true }
      k += 1
    }
    return business
  }

  /// The year of a half without one, by the sentence's tense: the story's year, except a half
  /// not yet begun in a past sentence (last year's) and one already over in a future sentence
  /// (next year's), as for a quarter without a year.
  func yearOfYearlessHalf(_ half: Int, anchor: CivilDate) -> Int {
    let current = anchor.month <= 6 ? 1 : 2
    switch options.preference {
    case .past where half > current: return anchor.year - 1
    case .future where half < current: return anchor.year + 1
    default: return anchor.year
    }
  }

  /// Words of business and the economy that make a bare half a half of the year.
  static let businessWordHashes: Set<UInt64> = Set(
    [
      "sales", "profit", "profits", "earnings", "revenue", "revenues", "income", "loss", "losses", "growth",
      "economy", "economic", "demand", "margins", "margin", "inflation", "output", "production", "exports",
      "imports", "deliveries", "orders", "shipments", "prices", "investment", "investments", "spending",
      "company", "firm", "group", "bank", "lender", "insurer", "carmaker", "retailer", "airline", "merger",
      "acquisition", "takeover", "forecast", "forecasts", "outlook", "guidance", "percent", "gdp", "fiscal",
      "results", "market", "markets", "shares", "stocks", "dividend", "jobs", "unemployment", "tourism",
      "traffic", "volumes", "consumer", "consumers", "rates", "launch", "listing", "ipo",
    ].map(WordHasher.hash))

  /// Words of a match: a half of the game, not of the year.
  static let gameWordHashes: Set<UInt64> = Set(
    [
      "scored", "score", "scores", "goal", "goals", "match", "game", "games", "halftime", "half-time", "team",
      "teams", "win", "won", "points", "minute", "minutes", "rallied", "trailed", "led", "coach", "season",
      "league", "penalty", "try", "tries", "touchdown", "innings", "striker", "side", "players", "player",
      "substitute", "fans", "referee", "equaliser", "equalizer", "header", "cup", "final", "semifinal",
      "quarterfinal", "film", "movie", "book", "novel", "speech", "concert", "show",
    ].map(WordHasher.hash))
}
