extension TemporalParser {
  /// Whether token `k` is an English month name written shorter than in full ("Dec", "Sept",
  /// "Jan"), whose dot after it is an abbreviation's, not a sentence's end.
  func isAbbreviatedMonth(_ k: Int) -> Bool {
    guard tokens[k].latin, case .month(let month, _)? = tokens[k].entry, (1...12).contains(month) else { return false }
    return tokens[k].end - tokens[k].start < TemporalParser.englishMonthLengths[month - 1]
  }

  /// Whether the text after the dot at `k` (after an abbreviated month) goes on with the same
  /// sentence: a day or a year ("Dec. 24", "Jan. 2024"), a lowercase word ("Sept. and Oct.") or
  /// punctuation ("Dec., when …"). A capitalised word or a line's end starts a new sentence
  /// ("Sales peaked in Jan. On Monday the firm reports again.").
  func continuesAfterAbbreviatedMonth(_ k: Int) -> Bool {
    guard k + 1 < tokens.count, !tokens[k + 1].newlineBefore else { return false }
    let next = tokens[k + 1]
    switch next.kind {
    case .number, .punctuation: return true
    case .word: return !next.capitalized
    }
  }

  /// Whether the month name at `i` is capitalised, written short and followed by its
  /// abbreviation's dot at `dot` ("Oct.", "Sept."): a month, even where the short name alone
  /// could be a word.
  func abbreviatedMonthWithDot(_ i: Int, dot: Int) -> Bool {
    tokens[i].capitalized && isPunctuation(dot, ".") && !tokens[dot].spaceBefore && isAbbreviatedMonth(i)
  }

  /// The letters of the English month names in full, January to December.
  static let englishMonthLengths = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8]
}
