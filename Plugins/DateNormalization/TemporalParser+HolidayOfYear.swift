extension TemporalParser {
  /// "of 2015", "of last year", "of next year" after a holiday's name ("Christmas of 2015",
  /// "MLK Day of last year"): the year it names, as a year right after the name would.
  /// A year in words ("Easter two thousand ten") or a relative one without "of" ("Mother's Day
  /// next year") names it too.
  func yearOfRelativeYear(_ k: Int) -> (year: Int, hijri: Bool, next: Int)? {
    guard continues(k), tokens[k].latin else { return nil }
    let of = keyword(k) == .of
    if of, let found = year(k + 1) { return found }
    let start = of ? k + 1 : k
    if let spoken = spokenYear(start) { return (spoken.year, false, spoken.next) }
    // Without "of" only a direction word opens the year ("next year"; "the year" is no year).
    if !of {
      guard case .direction = tokens[k].entry else { return nil }
    }
    guard let period = relativePeriod(start, allowBare: false), period.items.count == 1,
      period.items[0].value.grain == .year, let year = Int(period.items[0].value.value)
    else { return nil }
    return (year, false, period.next)
  }
}
