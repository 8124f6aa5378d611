extension TemporalParser {
  /// Whether the unit at `i`, when it is a bare singular after منذ، قبل، بعد or a bound
  /// ("منذ عام", "أكثر من عقد"), is one of that unit rather than the head of a name: a definite
  /// unit names a period ("منذ العام الماضي"), and so does a unit before a month, a weekday, a
  /// year's digits or a direction word ("منذ شهر مارس", "منذ يوم الجمعة", "حوالي عام 2000").
  /// With `nounMayFollow` false an unknown word after it makes it a noun of another sense too:
  /// "نحو عقد جولة مفاوضات" (holding a round), "أكثر من عقد مع شركات" (contracts). Any other
  /// unit form (a dual, a counted plural) is an amount.
  func bareSingularCounts(_ i: Int, nounMayFollow: Bool) -> Bool {
    guard i < tokens.count, case .unit(_, .singular) = tokens[i].entry else { return true }
    if tokens[i].definite { return false }
    let next = i + 1
    guard continues(next) else { return true }
    if tokens[next].kind == .number { return false }
    switch tokens[next].entry {
    case .month?, .monthHead?, .hijriMonth?, .hijriMonthPrefix?, .weekday?, .direction?, .dayOffset?, .decadeWord?,
      .season?, .holiday?, .holidayWord?, .ordinal?:
      return false
    case nil:
      return nounMayFollow || tokens[next].kind != .word
    default:
      return true
    }
  }
}
