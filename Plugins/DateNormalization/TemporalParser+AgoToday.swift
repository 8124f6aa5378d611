extension TemporalParser {
  /// "a year ago today", "five years ago today", "a month ago today": one expression, the
  /// anchor's day that many weeks, months or years back (2026-03-17 in a text of 2027-03-17),
  /// not a year and a separate today. `at` is the token after "ago"; only "today" with nothing
  /// glued to it counts ("a year ago, today's winner …" and "a year ago today's" stay apart).
  func agoToday(count: Int, unit: TimeUnit, at today: Int) -> CivilDate? {
    guard let anchor, continues(today), tokens[today].latin, entry(today) == .dayOffset(0),
      [.day, .week, .month, .year].contains(unit)
    else { return nil }
    if today + 1 < tokens.count, !tokens[today + 1].spaceBefore, isPunctuation(today + 1, "'", "’") { return nil }
    switch unit {
    case .day: return anchor.date.adding(days: -count)
    case .week: return anchor.date.adding(days: -7 * count)
    case .month: return anchor.date.adding(months: -count)
    default: return anchor.date.adding(months: -12 * count)
    }
  }
}
