extension TemporalParser {
  /// "in the morning", "in the afternoon", "in the evening" without a day: that part of the
  /// reference day, as TIMEX3 resolves it ("in the afternoon" said on 8 March 2024 is
  /// `2024-03-08TAF`). "at 9 in the morning", "Monday in the afternoon" and "in the
  /// afternoon of March 3" are longer matches of other rules; "in the night" stays out (the
  /// night before or after is not known).
  func dayPartAlone(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .inPreposition, tokens[i].latin, keyword(i + 1) == .the, continues(i + 2),
      case .dayPart(let part) = tokens[i + 2].entry, part != .noon, part != .night,
      keyword(i + 3) != .of, let anchor,
      let value = partOfDayValue(anchor.date, part, anchored: true)
    else { return nil }
    return ParsedMatch(next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: value)])
  }
}
