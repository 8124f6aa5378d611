extension TemporalParser {
  /// Whether the weekday at tokens `first..<end` follows English "from" as the day a measure
  /// starts, in a sentence with no tense word: "The airline suspends all flights from
  /// Saturday", "The city bans cars from the old town from Monday". A report announces such a
  /// day ahead of it, as after "starting". Asked only when no tense word placed the date, so a
  /// past verb keeps it behind ("The airline suspended all flights from Saturday"); a word
  /// after the day that may be the sentence's verb makes "from" the day's source ("Figures from
  /// Monday show …"), and a title-case headline is read by `headlineTense`.
  func startsMeasureFrom(_ first: Int, _ end: Int) -> Bool {
    guard first > 0, keyword(first - 1) == .from, tokens[first - 1].latin, !tokens[first].newlineBefore,
      namesAWeekday(first, end), !inHeadline(first)
    else { return false }
    guard end < tokens.count, !tokens[end].newlineBefore, tokens[end].kind == .word, tokens[end].entry == nil else {
      return true
    }
    return TemporalParser.onwardHashes.contains(tokens[end].wordHash)
  }

  static let onwardHashes: Set<UInt64> = Set(["onward", "onwards"].map(WordHasher.hash))
}
