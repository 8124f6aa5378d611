extension TemporalParser {
  /// Whether the weekday at tokens `first..<end` follows English "from" as the day a measure
  /// starts, in a sentence with no tense word: "The airline suspends all flights from
  /// Saturday", "The city bans cars from the old town from Monday". A report announces such a
  /// day ahead of it, as after "starting". Asked only when no tense word placed the date, so a
  /// past verb keeps it behind ("The airline suspended all flights from Saturday"); a word
  /// after the day that may be the sentence's verb makes "from" the day's source ("Figures from
  /// Monday show …"), a title-case headline is read by `headlineTense`, and a day something comes
  /// from is behind (`isSourceWeekday`).
  func startsMeasureFrom(_ first: Int, _ end: Int) -> Bool {
    guard weekdayAfterFrom(first, end), !isSourceWeekday(first, end) else { return false }
    guard end < tokens.count, !tokens[end].newlineBefore, tokens[end].kind == .word, tokens[end].entry == nil else {
      return true
    }
    return TemporalParser.onwardHashes.contains(tokens[end].wordHash)
  }

  /// Whether the weekday after "from" at tokens `first..<end` is the day something comes from,
  /// which lies behind: an apostrophe after it makes it the day of an event ("Highlights from
  /// Monday's match", "Reaction from Monday night's debate"), and a caption of one word before
  /// "from" has no verb to take a measure ("Scenes from Monday"). Asked, as `startsMeasureFrom`,
  /// only when no tense word placed the date.
  func isSourceWeekday(_ first: Int, _ end: Int) -> Bool {
    guard weekdayAfterFrom(first, end) else { return false }
    if isPunctuation(end, "'", "\u{2019}") { return true }
    return first < 3 || tokens[first - 2].newlineBefore || endsSentence(first - 3)
  }

  /// Whether a weekday at tokens `first..<end` follows English "from", outside a title-case
  /// headline.
  private func weekdayAfterFrom(_ first: Int, _ end: Int) -> Bool {
    first > 1 && keyword(first - 1) == .from && tokens[first - 1].latin && !tokens[first].newlineBefore
      && !tokens[first - 1].newlineBefore && namesAWeekday(first, end) && !inHeadline(first)
  }

  static let onwardHashes: Set<UInt64> = Set(["onward", "onwards"].map(WordHasher.hash))
}
