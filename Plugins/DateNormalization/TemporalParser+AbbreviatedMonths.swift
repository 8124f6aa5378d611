extension TemporalParser {
  /// Whether token `k` is an English month name written shorter than in full ("Dec", "Sept",
  /// "Jan"), whose dot after it is an abbreviation's, not a sentence's end.
  func isAbbreviatedMonth(_ k: Int) -> Bool {
    guard tokens[k].latin, case .month(let month, _)? = tokens[k].entry, (1...12).contains(month) else { return false }
    return tokens[k].end - tokens[k].start < TemporalParser.englishMonthLengths[month - 1]
  }

  /// The letters of the English month names in full, January to December.
  static let englishMonthLengths = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8]
}
