extension TemporalLexicon {
  /// English verbs that move an event to a later date. Their sentence is past ("the vote was
  /// postponed"), but the date they move it to lies ahead: "postponed until April" is the
  /// coming April, not the last one.
  static let deferralVerbs = [
    "postponed", "delayed", "adjourned", "deferred", "extended", "suspended", "rescheduled",
    "pushed", "moved", "shifted",
  ]
}

extension TemporalParser {
  /// The tense a deferral verb gives a date that starts at token `first`: the future when
  /// the date is where the event was moved to ("until April", "to Monday", "rescheduled for
  /// Friday", "pushed back to June"), the past otherwise ("was postponed on Monday").
  func deferralTense(of first: Int) -> TemporalPreference {
    guard first > 0 else { return .past }
    switch keyword(first - 1) {
    case .to?, .forDuration?: return .future
    default: return .past
    }
  }
}
