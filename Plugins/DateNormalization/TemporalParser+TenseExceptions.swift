extension TemporalParser {
  /// The tense that places the expression at tokens `first..<end`: none for a month a figure is
  /// for ("لشهر أبريل"), the future after a word of onset ("ابتداء من مساء الخميس", "effective
  /// Monday"), else the sentence's (`sentenceTense`).
  func placement(from first: Int, to end: Int) -> TemporalPreference? {
    if tokens[first].purpose { return nil }
    if scheduledFor(first, end) {
      if case .weekday = tokens[first].entry { return .future }
      if namesDayOfMonth(first, end) { return nil }
    }
    if followsOnsetWord(first) || endsOnsetRange(first) { return .future }
    return sentenceTense(from: first, to: end)
  }

  /// Whether English "for" right before token `first` names the date something is set for:
  /// "called an election for July 4", "set the hearing for Monday". The verb's past tense tells
  /// when the setting happened, not the date: a weekday lies ahead, a day of a month takes the
  /// nearest. A month or a quarter keeps the sentence's tense: a figure is often for a past one
  /// ("sales for December rose", "a loss for the second quarter"). A possessive after the date
  /// ("arrested for Friday's attack") keeps it too.
  func scheduledFor(_ first: Int, _ end: Int) -> Bool {
    guard first > 0, tokens[first].latin, tokens[first - 1].latin, !tokens[first].newlineBefore,
      keyword(first - 1) == .forDuration
    else { return false }
    // "The attack planned for Monday was foiled": the plan's own verb tells (see
    // `plannedDateBeforeDeferral`).
    if first > 1, keyword(first - 2) == .planned { return false }
    return !(end < tokens.count && isPunctuation(end, "'", "\u{2019}"))
  }

  /// Whether tokens `first..<end` hold a month name and a number: "July 4", "4 July".
  private func namesDayOfMonth(_ first: Int, _ end: Int) -> Bool {
    var month = false
    var number = false
    for k in first..<min(end, tokens.count) {
      if case .month = tokens[k].entry { month = true }
      if tokens[k].kind == .number { number = true }
    }
    return month && number
  }

  /// Whether a word of onset stands right before token `i`, or before من / "on" right before it:
  /// "starting Monday", "effective on March 1", "اعتبارا من الأحد". A report announces such a
  /// date ahead of it, whatever the tense of its verb ("أعلنت … ابتداء من مساء الخميس").
  func followsOnsetWord(_ i: Int) -> Bool {
    var k = i - 1
    guard k >= 0, !tokens[i].newlineBefore else { return false }
    if keyword(k) == .of || keyword(k) == .on {
      guard k > 0, !tokens[k].newlineBefore else { return false }
      k -= 1
    }
    // "The law became effective on Monday": the verb governs "effective" and tells the tense.
    if tokens[k].latin, k > 0, !tokens[k].newlineBefore, tokens[k - 1].entry == .keyword(.pastMarker) { return false }
    return isOnsetWord(k)
  }

  /// Whether token `k` is a word of onset: starting, effective, ابتداء، اعتبارا، بدءا, or بداية
  /// before من (elsewhere بداية is a period edge: "بداية الأسبوع").
  private func isOnsetWord(_ k: Int) -> Bool {
    if keyword(k) == .onset { return true }
    return tokens[k].entry == .modifier(.start) && keyword(k + 1) == .of && !tokens[k].latin
  }

  /// Whether token `i` ends a range opened by a word of onset: "ابتداء من مساء الخميس وإلى غاية
  /// صباح السبت", "starting Monday through Friday". The end lies ahead as the start does.
  func endsOnsetRange(_ i: Int) -> Bool {
    guard i > 0, !tokens[i].newlineBefore else { return false }
    guard let k = rangeWord(before: i) else { return false }
    var j = k - 1
    while j >= 0, k - j <= 10, !tokens[j + 1].newlineBefore, !endsSentenceOrClause(j) {
      if isOnsetWord(j) { return true }
      j -= 1
    }
    return false
  }

  private func endsSentenceOrClause(_ k: Int) -> Bool {
    tokens[k].kind == .punctuation && tokens[k].number != 0x2C && tokens[k].number != 0x060C
  }

  /// Whether an English future word (will, would, could) governs the English word in -ed at
  /// `k` as its verb's object's adjective: "will publish revised figures", "will file its audited
  /// accounts", within three words, with no comma or clause boundary between. Further back the
  /// -ed word is a verb of another clause: "will meet again after talks collapsed on Monday".
  func futureWord(before k: Int, within limit: Int, _ tense: (Int) -> TemporalPreference?) -> Bool {
    guard tokens[k].latin else { return false }
    var j = k - 1
    while j >= max(limit, 0, k - 3) {
      if tokens[j + 1].newlineBefore || tokens[j].kind == .punctuation || keyword(j) == .complementizer {
        return false
      }
      if tokens[j].tense >= 0, let found = tense(j) { return found == .future }
      j -= 1
    }
    return false
  }
}
