extension TemporalParser {
  /// "of 2015", "of last year", "of next year" after a holiday's name ("Christmas of 2015",
  /// "MLK Day of last year"): the year it names, as a year right after the name would.
  /// A year in words ("Easter two thousand ten") or a relative one without "of" ("Mother's Day
  /// next year") names it too.
  func yearOfRelativeYear(_ k: Int) -> (year: Int, hijri: Bool, next: Int)? {
    if keyword(k) == .of, tokens[k].latin, let found = year(k + 1) { return found }
    if let spoken = spokenYear(keyword(k) == .of ? k + 1 : k) { return (spoken.year, false, spoken.next) }
    if continues(k), tokens[k].latin, case .direction = tokens[k].entry,
      let period = relativePeriod(k, allowBare: false),
      period.items.count == 1, period.items[0].value.grain == .year, let year = Int(period.items[0].value.value)
    {
      return (year, false, period.next)
    }
    guard keyword(k) == .of, tokens[k].latin, let period = relativePeriod(k + 1, allowBare: false),
      period.items.count == 1, period.items[0].value.grain == .year, let year = Int(period.items[0].value.value)
    else { return nil }
    return (year, false, period.next)
  }
}
