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
    case .to? where endsSuspensionRange(first - 1): return .past
    case .to?, .forDuration?: return .future
    default: return .past
    }
  }

  /// Whether "to" at `to` closes a "from … to …" range after "suspended": "trains were
  /// suspended from Jan. 2 to Jan. 4" names the time of the suspension, both ends past; after
  /// the verbs that move an event ("postponed from March 3 to April 7") the end is the new date.
  private func endsSuspensionRange(_ to: Int) -> Bool {
    var k = to - 1
    var from = false
    while k >= 0, to - k <= 12, !tokens[k + 1].newlineBefore, !endsSentence(k) {
      if keyword(k) == .from { from = true }
      if keyword(k) == .deferral { return from && tokens[k].wordHash == TemporalParser.suspendedHash }
      k -= 1
    }
    return false
  }

  static let suspendedHash = WordHasher.hash("suspended")

  /// "Elections first planned for May 12 were postponed": the date a deferred event was first
  /// planned or scheduled for may have passed or not; neither the participle nor the
  /// deferral's past places it, so it is the nearest (Monday 12 May said in March).
  func plannedDateBeforeDeferral(_ first: Int) -> Bool {
    guard first >= 2, keyword(first - 1) == .forDuration || keyword(first - 1) == .on,
      keyword(first - 2) == .planned || keyword(first - 2) == .futureMarker
    else { return false }
    var k = first
    while k < tokens.count, k - first < 14, !tokens[k].newlineBefore || k == first {
      if keyword(k) == .deferral { return true }
      if tokens[k].kind == .punctuation, tokens[k].number == 0x2E, k + 1 >= tokens.count || tokens[k + 1].spaceBefore {
        return false
      }
      k += 1
    }
    return false
  }
}
