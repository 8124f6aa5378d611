extension TemporalParser {
  /// "قبل أسبوعين", "منذ ثلاثة أسابيع", "بعد أسبوع" in running text: the week that many weeks
  /// from the anchor's (`2025-W14`), not the day. TimeML keeps the granularity of the
  /// expression, and HeidelTime's Arabic rules write these as `UNDEF-this-week-MINUS-2`, a week
  /// (resources/arabic/rules/resources_rules_daterules.txt, rules date_r19b, date_r19c,
  /// date_r19e). Duckling's records are queries and count days ("قبل اسبوع" is the day a week
  /// back), so the query register keeps the day.
  func arabicWeekShift(_ weeks: Int, _ unit: TimeUnit) -> ParsedValue? {
    guard unit == .week, options.register == .news, let anchor else { return nil }
    return weekValue(containing: anchor.date.adding(days: 7 * weeks), anchored: true)
  }
}
