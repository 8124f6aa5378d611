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
    if inHeadline(month) { return false }
    guard month > 0, !tokens[month].newlineBefore else { return true }
    let before = tokens[month - 1]
    return before.kind == .punctuation || (before.kind == .word && before.entry == nil)
  }

  /// Whether token `k` stands in a title-case headline: every Latin word of four letters or
  /// more on its line around it is capitalized, and there are at least two besides it ("Fed
  /// Signals June Rate Cut", "Exports Slump In March As Demand Fades"). A sentence has
  /// lower-case words ("April Ryan asked the first question").
  func inHeadline(_ k: Int) -> Bool {
    var capitalizedWords = 0
    func look(_ index: Int) -> Bool? {
      let token = tokens[index]
      guard token.kind == .word, token.latin, token.end - token.start >= 4 else { return true }
      guard token.capitalized else { return nil }
      capitalizedWords += 1
      return true
    }
    var index = k - 1
    while index >= 0, k - index <= 8, !tokens[index + 1].newlineBefore {
      if look(index) == nil { return false }
      index -= 1
    }
    index = k + 1
    while index < tokens.count, index - k <= 8, !tokens[index].newlineBefore {
      if look(index) == nil { return false }
      index += 1
    }
    return capitalizedWords >= 2
  }
}
