extension TemporalParser {
  /// The placement of a weekday in a title-case headline whose verb shows no tense: a headline's
  /// present reports what has happened ("Oil Falls on Monday", "Stocks Tumble Friday After Jobs
  /// Report": the last Monday, the last Friday), while "to" before the verb announces it ("Unions
  /// to Strike on Monday") and "for" sets a date ahead ("Strike Set For Monday"). Months keep
  /// the nearest reading ("Fed Signals June Rate Cut"): a headline names a coming month as often
  /// as a past one.
  func headlineTense(_ first: Int) -> TemporalPreference? {
    let day = keyword(first) == .on ? first + 1 : first
    guard day < tokens.count, tokens[day].latin, case .weekday? = tokens[day].entry, inHeadline(day) else {
      return nil
    }
    var k = day - 1
    while k >= 0, !tokens[k + 1].newlineBefore {
      if keyword(k) == .to || keyword(k) == .forDuration || tokens[k].tense > 0 { return .future }
      k -= 1
    }
    return .past
  }
}
