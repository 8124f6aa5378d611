extension TemporalParser {
  /// "the first weekend of September", "the 2nd weekend in June 2025", "the third weekend of
  /// next month": Duckling's "nth <time> of <time>" with a weekend, the nth weekend (Friday
  /// evening to Monday) that overlaps the month. The first is the one holding the month's
  /// first Friday, Saturday or Sunday: with 1 September on a Sunday, the weekend of 31 August
  /// and 1 September. "the last weekend of October" is read in `weekendExpression`.
  func ordinalWeekendOfMonth(_ i: Int) -> ParsedMatch? {
    // Cheap first: "weekend" one or two tokens on ("second weekend", "the 2nd weekend" is three).
    guard keyword(i + 1) == .weekend || keyword(i + 2) == .weekend || keyword(i + 3) == .weekend else { return nil }
    var j = i
    if keyword(j) == .the, tokens[j].latin { j += 1 }
    guard continues(j), tokens[j].latin || tokens[j].kind == .number, let (nth, afterOrdinal) = ordinal(j),
      (1...5).contains(nth),
      keyword(afterOrdinal) == .weekend,
      keyword(afterOrdinal + 1) == .of || keyword(afterOrdinal + 1) == .inPreposition,
      let spec = monthSpec(afterOrdinal + 1), let year = spec.year
    else { return nil }
    let first = CivilDate(year: year, month: spec.month, day: 1)
    // The month's first Friday, Saturday or Sunday (weekdays 5 to 7).
    let start = first.weekday >= 5 ? first : first.adding(days: 5 - first.weekday)
    let day = start.adding(days: 7 * (nth - 1))
    guard day.month == spec.month else { return nil }
    var value = weekValue(containing: day, anchored: spec.anchored)
    value.value += "-WE"
    return ParsedMatch(next: spec.next, items: [ParsedItem(first: i, last: spec.next - 1, value: value)])
  }
}
