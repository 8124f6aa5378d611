extension TemporalParser {
  /// The year a day or a week is counted in, after "of": a year ("2025"), "the year" (the
  /// anchor's), or a relative year ("this year", "next year", "last year"). Used by "the last
  /// week of the year", "the second day of next year". The relative forms only when the
  /// phrase has its article (`relative`): "said last week of this year's harvest" is last week.
  func yearOfCountedPeriod(_ k: Int, relative: Bool) -> (year: Int, anchored: Bool, next: Int)? {
    if let found = year(k), !found.hijri { return (found.year, false, found.next) }
    guard relative, continues(k), tokens[k].latin, let anchor else { return nil }
    if keyword(k) == .the, continues(k + 1), case .unit(.year, .singular) = tokens[k + 1].entry,
      !isPunctuation(k + 2, "'", "’")
    {
      return (anchor.date.year, true, k + 2)
    }
    guard let period = relativePeriod(k, allowBare: false), period.items.count == 1,
      period.items[0].value.grain == .year, let year = Int(period.items[0].value.value),
      !isPunctuation(period.next, "'", "’")  // "the last week of this year's campaign"
    else { return nil }
    return (year, true, period.next)
  }
}
