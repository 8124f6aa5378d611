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

  /// The tense of a clause opened by the complementizer at `k` when بعد or منذ stands before it:
  /// "بعد أن رفعها في مارس" (after it raised it in March) tells of what happened, since an
  /// event still to come takes the imperfect ("بعد أن يرفعها"). Any other أن says nothing.
  func afterThatTense(_ k: Int) -> TemporalPreference? {
    let verb = k + 1
    guard k > 0, keyword(k - 1) == .after || keyword(k - 1) == .since, !tokens[k].newlineBefore,
      verb < tokens.count, !tokens[verb].newlineBefore, !tokens[verb].latin
    else { return nil }
    if tokens[verb].imperfect || tokens[verb].tense > 0 || tokens[verb].entry == .keyword(.futureMarker) {
      return nil
    }
    guard tokens[verb].kind == .word, tokens[verb].entry == nil || tokens[verb].entry == .keyword(.pastMarker) else {
      return nil
    }
    return .past
  }
}
