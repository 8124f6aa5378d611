extension TemporalParser {
  /// Whether the number before token `j` is an amount, not an hour: "at 4 billion dollars",
  /// "at 7 million euros", "at 12 dollars", "at 5,000 points", "at 9 per cent". A price, a
  /// level or a count after "at" names no clock time.
  func amountFollows(_ j: Int) -> Bool {
    guard continues(j) else { return false }
    // "5,000": a thousands separator, not a list ("at 5, 6 and 7").
    if isPunctuation(j, ","), !tokens[j].spaceBefore, let (_, digits) = number(j + 1), digits == 3,
      !tokens[j + 1].spaceBefore
    {
      return true
    }
    if keyword(j) == .per { return true }
    return tokens[j].kind == .word && tokens[j].latin && TemporalParser.amountWordHashes.contains(tokens[j].wordHash)
  }

  /// Magnitudes, currencies and units of measure that follow a number in news.
  static let amountWordHashes: Set<UInt64> = Set(
    [
      "thousand", "million", "billion", "trillion", "bn", "mn", "dollar", "dollars", "euro", "euros", "pound",
      "pounds", "yen", "yuan", "rupees", "francs", "dinars", "riyals", "cents", "pence", "points", "point",
      "pct", "basis", "barrels", "tonnes", "tons", "metres", "meters", "kilometres", "kilometers", "miles",
      "degrees", "percentage", "times",
    ].map(WordHasher.hash))
}
