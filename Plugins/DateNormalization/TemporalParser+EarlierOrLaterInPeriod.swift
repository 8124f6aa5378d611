extension TemporalParser {
  /// "earlier in the week", "later in the month", "later in the day", "earlier in the year":
  /// the period the story is in, at the unit's grain. The period is the one of the date in
  /// focus (`focusDate`, as for "the following week": "Shares fell on Monday, and later in the
  /// week the firm …" is Monday's week; "The plant was sold in 2019. Earlier in the year it had
  /// cut jobs." is 2019), else the anchor's ("The election will be held later in the year").
  /// The word stays in the extent, as in "earlier this week".
  func earlierOrLaterInPeriod(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin, case .earlierOrLater? = keyword(i), keyword(i + 1) == .inPreposition,
      keyword(i + 2) == .the, continues(i + 3), tokens[i + 3].latin,
      case .unit(let unit, .singular) = tokens[i + 3].entry,
      unit == .day || TemporalParser.followingPeriodUnits.contains(unit)
    else { return nil }
    let focus: ParsedValue?
    switch focusDate(before: i, unit: unit, later: true) {
    case .date(let found)?: focus = found
    default: focus = anchor.map { dayValue($0.date, anchored: true) }
    }
    guard let focus, let value = TemporalParser.period(after: focus, by: 0, unit) else { return nil }
    return ParsedMatch(next: i + 4, items: [ParsedItem(first: i, last: i + 3, value: value)])
  }
}
