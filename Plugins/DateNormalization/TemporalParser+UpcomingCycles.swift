extension TemporalParser {
  /// "upcoming two weeks", "2 upcoming months": Duckling's English reading, the single period
  /// that many periods ahead (said on Tuesday 12 February 2013, the week of 25 February);
  /// "the upcoming week" / "upcoming month": the next one. With the article and a count ("in
  /// the upcoming two weeks") news means an amount of time, which `durationExpression` reads.
  func upcomingCycle(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    var count = 1
    var j = i
    if keyword(j) == .upcoming {
      j += 1
      if let (value, next) = cardinal(j) {
        guard value > 0, i == 0 || keyword(i - 1) != .the else { return nil }
        count = value
        j = next
      }
    } else if keyword(i) == .the, keyword(i + 1) == .upcoming {
      j = i + 2
    } else if let (value, next) = cardinal(i), value > 0, keyword(next) == .upcoming {
      count = value
      j = next + 1
    } else {
      return nil
    }
    guard continues(j), case .unit(let unit, let form) = tokens[j].entry, form != .dual, form != .dualConstruct,
      count > 1 || form == .singular, let anchor
    else { return nil }
    let value: ParsedValue?
    switch unit {
    case .week: value = weekValue(containing: anchor.date.adding(days: 7 * count), anchored: true)
    case .day, .month, .quarter, .year: value = shifted(by: count, unit)
    default: value = nil
    }
    guard let value else { return nil }
    return ParsedMatch(next: j + 1, items: [ParsedItem(first: i, last: j, value: value)])
  }
}
