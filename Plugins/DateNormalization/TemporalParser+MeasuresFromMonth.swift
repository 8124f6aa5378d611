extension TemporalParser {
  /// Whether the month, or the day of a month, at tokens `first..<end` follows English "from"
  /// as the start of a measure, in a sentence with no tense word: "The new fuel tax applies from
  /// March", "Pensions rise by 3 percent from May 1", said in July, are next year's March and
  /// May. A report announces such a start ahead of it, as after "starting" and as for a weekday
  /// (`startsMeasureFrom`). Not when
  /// - a word that may be the sentence's verb follows, making "from" the date's source ("Data
  ///   from March show a drop": the nearest March);
  /// - the month opens a range ("from March to June"), which the range rules order;
  /// - a perfect stands before it ("Prices have climbed from March": what has happened since);
  /// - "from" compares a figure with the month's (`comparesFigure`): "Exports up 4 percent from
  ///   February", "down from January", "a 2 percent rise from March";
  /// - a possessive follows the month ("down from February's peak"): the month's own figure;
  /// - the line is a title-case headline.
  /// Asked only when no tense word placed the date.
  func monthStartsMeasure(_ first: Int, _ end: Int) -> Bool {
    guard first > 1, tokens[first].latin, case .month? = tokens[first].entry, keyword(first - 1) == .from,
      tokens[first - 1].latin, !tokens[first].newlineBefore, !tokens[first - 1].newlineBefore, !inHeadline(first)
    else { return false }
    if comparesFigure(before: first - 1) { return false }
    var k = first - 2
    while k >= 0, first - k <= 16, !tokens[k + 1].newlineBefore, !endsSentence(k) {
      if tokens[k].latin, keyword(k) == .perfectAuxiliary || TemporalParser.perfectHashes.contains(tokens[k].wordHash) {
        return false
      }
      k -= 1
    }
    guard end < tokens.count, !tokens[end].newlineBefore else { return true }
    if tokens[end].kind == .punctuation { return !isPunctuation(end, "-", "\u{2013}", "'", "\u{2019}") }
    switch keyword(end) {
    case .to?, .and?: return false
    default: break
    }
    if TemporalParser.rangeEndHashes.contains(tokens[end].wordHash) { return false }
    guard tokens[end].kind == .word, tokens[end].entry == nil else { return true }
    return TemporalParser.onwardHashes.contains(tokens[end].wordHash)
  }

  /// Whether the words before "from" at `from` make it the base of a comparison: a word of
  /// change right before it ("up from", "down from", "unchanged from"), or an amount of change
  /// ("up 4 percent from", "higher by 2% from" keeps "by": "Pensions rise by 3 percent from May 1"
  /// is a measure), or a noun of change after an article or an amount ("a rise from", "a 2
  /// percent fall from"). A plain verb of change keeps the measure ("Fares rise from March").
  private func comparesFigure(before from: Int) -> Bool {
    var k = from - 1
    guard k >= 0, !tokens[from].newlineBefore else { return false }
    if tokens[k].latin, TemporalParser.comparisonWordHashes.contains(tokens[k].wordHash) { return true }
    if tokens[k].latin, TemporalParser.changeNounHashes.contains(tokens[k].wordHash) {
      guard k > 0, !tokens[k].newlineBefore else { return false }
      switch tokens[k - 1].entry {
      case .keyword(.article)?, .keyword(.the)?, .keyword(.percent)?: return true
      default: return isPunctuation(k - 1, "%")
      }
    }
    // An amount: "4 percent", "0.5 percent", "4%", "3 points", then the word before it.
    guard keyword(k) == .percent || isPunctuation(k, "%") || TemporalParser.pointsHashes.contains(tokens[k].wordHash)
    else { return false }
    k -= 1
    while k >= 0, from - k <= 6, !tokens[k + 1].newlineBefore,
      tokens[k].kind == .number || isPunctuation(k, ".", ",")
    {
      k -= 1
    }
    guard k >= 0, tokens[k].latin, tokens[k].kind == .word, !tokens[k + 1].newlineBefore else { return false }
    return TemporalParser.comparisonWordHashes.contains(tokens[k].wordHash)
  }

  /// Words of a figure's change or level right before "from" or an amount ("up from", "down 3
  /// percent from").
  static let comparisonWordHashes: Set<UInt64> = Set(
    [
      "up", "down", "unchanged", "higher", "lower", "flat", "steady", "rising", "falling", "rose", "fell",
      "dropped", "climbed", "slipped", "gained", "jumped",
    ].map(WordHasher.hash))

  /// Nouns of change that compare with "from" after an article or an amount ("a rise from").
  static let changeNounHashes: Set<UInt64> = Set(
    ["rise", "fall", "drop", "gain", "increase", "decrease", "decline", "jump"].map(WordHasher.hash))

  /// Units of an amount of change other than percent.
  static let pointsHashes: Set<UInt64> = Set(["points", "pts", "basis"].map(WordHasher.hash))

  /// Words that close a range after its start ("from March through June").
  static let rangeEndHashes: Set<UInt64> = Set(["through", "until", "till", "thru"].map(WordHasher.hash))
}
