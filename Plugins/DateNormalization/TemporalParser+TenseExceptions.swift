extension TemporalParser {
  /// The tense that places the expression at tokens `first..<end`: none for a month a figure is
  /// for ("لشهر أبريل"), the future after a word of onset ("ابتداء من مساء الخميس", "effective
  /// Monday"), else the sentence's (`sentenceTense`); with no tense word, a weekday after "from"
  /// starts a measure ahead (`startsMeasureFrom`) or is the day something comes from, behind
  /// (`isSourceWeekday`).
  func placement(from first: Int, to end: Int) -> TemporalPreference? {
    if tokens[first].purpose { return nil }
    if let previous = coordinatedWeekday(before: first) { return placement(from: previous, to: previous + 1) }
    if scheduledFor(first, end) { return .future }
    if outlookForMonthQuarter(first, end) || dateOfEvent(first, end) { return .future }
    if followsOnsetWord(first) || endsOnsetRange(first) { return .future }
    if let tense = sentenceTense(from: first, to: end) { return tense }
    if startsMeasureFrom(first, end) || monthStartsMeasure(first, end) || arabicMonthStartsMeasure(first, end) {
      return .future
    }
    // "In the play, the old king dies on Tuesday": a story's present narrates what is told.
    if inStoryFrame(first) { return .past }
    // "In the documentary, airing on Sunday, …": a clause about the story announces it.
    if inStoryRelease(first), namesAWeekday(first, end) { return .future }
    return isSourceWeekday(first, end) ? .past : headlineTense(first)
  }

  /// The weekday a bare English weekday at `first` is joined to by "and" or a comma: "set
  /// hearings for Monday and Tuesday", "on Monday, Tuesday and Wednesday". The second takes the
  /// first's placement (here the hearings lie ahead for both), not the tense the verb would give
  /// it alone.
  func coordinatedWeekday(before first: Int) -> Int? {
    guard first >= 2, tokens[first].latin, case .weekday? = tokens[first].entry, !tokens[first].newlineBefore,
      !tokens[first - 1].newlineBefore, keyword(first - 1) == .and || isPunctuation(first - 1, ","),
      tokens[first - 2].latin, case .weekday? = tokens[first - 2].entry
    else { return nil }
    return first - 2
  }

  /// Whether English "for" after a noun of an event names the date the event is set for:
  /// "called an election for July 4", "set the hearing for Monday", "a referendum for 4 July".
  /// The verb's tense tells when the setting happened, not the date: the event lies ahead. A
  /// figure "for" a day or a month is no event ("the death toll for Monday rose", "sales for
  /// December") and keeps the verb's tense; so do a possessive ("the polls for Sunday's
  /// election") and "planned for" ("The attack planned for Monday was foiled").
  func scheduledFor(_ first: Int, _ end: Int) -> Bool {
    guard first > 1, tokens[first].latin || tokens[first].kind == .number, tokens[first - 1].latin,
      !tokens[first].newlineBefore, !tokens[first - 1].newlineBefore, keyword(first - 1) == .forDuration,
      isEnglishEventNoun(first - 2)
    else { return false }
    // "went to the polls for Sunday's election": a possessive names the event of a day, which
    // the verb places.
    return !isPunctuation(end, "'", "\u{2019}")
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

extension TemporalParser {
  /// Whether the month at `first` names a fiscal quarter (the quarter ending that month) in a
  /// company's outlook: "raised its guidance for the January quarter", "the forecast for the
  /// April quarter". An outlook is for a quarter still to come, whatever the tense of the verb
  /// that gave it; results for such a quarter ("Revenue in the January quarter rose") keep the
  /// verb's tense.
  func outlookForMonthQuarter(_ first: Int, _ end: Int) -> Bool {
    guard end < tokens.count, first >= 2, tokens[first].latin, case .month? = tokens[first].entry,
      case .unit(.quarter, .singular)? = tokens[end].entry, !tokens[end].newlineBefore
    else { return false }
    var k = first - 1
    while k >= 0, first - k <= 4, !tokens[k + 1].newlineBefore, !endsSentence(k) {
      if tokens[k].kind == .word, TemporalParser.outlookNounHashes.contains(tokens[k].wordHash) {
        // "beat its guidance for the January quarter": the results are out, the quarter over.
        return !(k >= 2 && TemporalParser.outlookMetHashes.contains(tokens[k - 2].wordHash))
          && !(k >= 1 && TemporalParser.outlookMetHashes.contains(tokens[k - 1].wordHash))
      }
      k -= 1
    }
    return false
  }

  /// Verbs of results measured against an outlook.
  static let outlookMetHashes: Set<UInt64> = Set(
    ["beat", "beats", "met", "meets", "missed", "misses", "topped", "exceeded", "matched"].map(WordHasher.hash))

  /// Nouns and verbs of a company's outlook.
  static let outlookNounHashes: Set<UInt64> = Set(
    [
      "guidance", "outlook", "forecast", "forecasts", "projection", "projections", "expects", "expected", "sees",
      "predicts", "targets", "estimate", "estimates", "view",
    ].map(WordHasher.hash))
}

extension TemporalParser {
  /// Whether the date at `first` follows "date of" or "deadline of": "set a trial date of
  /// March 2", "a deadline of Jan. 20". The verb tells when the date was set; the date is ahead.
  /// A past verb right after the date says it has come ("The deadline of Jan. 20 passed").
  func dateOfEvent(_ first: Int, _ end: Int) -> Bool {
    guard first >= 2, keyword(first - 1) == .of, tokens[first - 1].latin, !tokens[first - 1].newlineBefore,
      !tokens[first].newlineBefore
    else { return false }
    guard TemporalParser.dateNounHashes.contains(tokens[first - 2].wordHash) else { return false }
    if end < tokens.count, !tokens[end].newlineBefore,
      tokens[end].tense < 0 || tokens[end].entry == .keyword(.pastMarker)
    {
      return false
    }
    return true
  }

  static let dateNounHashes: Set<UInt64> = Set(["date", "deadline"].map(WordHasher.hash))
}
