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
  /// - the line is a title-case headline.
  /// Asked only when no tense word placed the date.
  func monthStartsMeasure(_ first: Int, _ end: Int) -> Bool {
    guard first > 1, tokens[first].latin, case .month? = tokens[first].entry, keyword(first - 1) == .from,
      tokens[first - 1].latin, !tokens[first].newlineBefore, !tokens[first - 1].newlineBefore, !inHeadline(first)
    else { return false }
    var k = first - 2
    while k >= 0, first - k <= 16, !tokens[k + 1].newlineBefore, !endsSentence(k) {
      if tokens[k].latin, keyword(k) == .perfectAuxiliary || TemporalParser.perfectHashes.contains(tokens[k].wordHash) {
        return false
      }
      k -= 1
    }
    guard end < tokens.count, !tokens[end].newlineBefore else { return true }
    if tokens[end].kind == .punctuation { return !isPunctuation(end, "-", "\u{2013}") }
    switch keyword(end) {
    case .to?, .and?: return false
    default: break
    }
    if TemporalParser.rangeEndHashes.contains(tokens[end].wordHash) { return false }
    guard tokens[end].kind == .word, tokens[end].entry == nil else { return true }
    return TemporalParser.onwardHashes.contains(tokens[end].wordHash)
  }

  /// Words that close a range after its start ("from March through June").
  static let rangeEndHashes: Set<UInt64> = Set(["through", "until", "till", "thru"].map(WordHasher.hash))
}
