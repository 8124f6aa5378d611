extension TemporalParser {
  /// The tense قد at token `k` gives its sentence: before a perfect verb it confirms the past
  /// ("قد أنهت اللجنة أعمالها الخميس", "قد تم"), before an imperfect one it says the event
  /// may happen, which news writes of what lies ahead ("قد يعقد المجلس جلسة طارئة الخميس" is
  /// the coming Thursday). A listed verb after it keeps its own tense.
  func mayTense(_ k: Int) -> TemporalPreference {
    let verb = k + 1
    guard verb < tokens.count, !tokens[verb].newlineBefore else { return .past }
    if tokens[verb].imperfect { return .future }
    if tokens[verb].entry == .keyword(.futureMarker) || tokens[verb].tense > 0 { return .future }
    return .past
  }
}
