extension TemporalParser {
  /// Whether an English month name alone at `month` is a given name, its surname at `next`:
  /// "April Ryan asked …", "June Almeida took …". A capitalized month before a capitalized word
  /// the grammar does not know, with neither a day nor a year, and no word of the grammar
  /// before it ("in", "since", "last": "Since April Congress has …" keeps the month). "May
  /// Day", "April 14" and "April 2024" are read before this question is asked.
  func monthReadsAsGivenName(_ month: Int, next: Int) -> Bool {
    guard tokens[month].latin, tokens[month].capitalized, next == month + 1, next < tokens.count,
      !tokens[next].newlineBefore, tokens[next].spaceBefore, tokens[next].kind == .word, tokens[next].latin,
      tokens[next].capitalized, tokens[next].entry == nil
    else { return false }
    guard month > 0, !tokens[month].newlineBefore else { return true }
    let before = tokens[month - 1]
    return before.kind == .punctuation || (before.kind == .word && before.entry == nil)
  }
}
