extension TemporalParser {
  /// The placement of a weekday in a title-case headline whose verb shows no tense: a headline's
  /// present reports what has happened ("Oil Falls on Monday", "Stocks Tumble Friday After Jobs
  /// Report": the last Monday, the last Friday), while "to" before the verb announces it ("Unions
  /// to Strike on Monday"), "for" sets a date ahead ("Strike Set For Monday") and so does a
  /// schedule verb right before the day ("Tariffs Start Monday", "Forum Opens on Monday");
  /// a line of fixtures is no headline ("Fixtures: Leeds v Hull on Saturday"). Months keep
  /// the nearest reading ("Fed Signals June Rate Cut"): a headline names a coming month as often
  /// as a past one.
  func headlineTense(_ first: Int) -> TemporalPreference? {
    let day = keyword(first) == .on ? first + 1 : first
    guard day < tokens.count, tokens[day].latin, case .weekday? = tokens[day].entry, inHeadline(day) else {
      return nil
    }
    if isFixtureLine(day) { return nil }
    // "Tariffs Start Monday", "Ceasefire Begins on Sunday": a schedule verb right before the
    // day announces it.
    let verb = day - 1 >= 0 && keyword(day - 1) == .on ? day - 2 : day - 1
    if verb >= 0, !tokens[verb + 1].newlineBefore, tokens[verb].kind == .word,
      TemporalParser.scheduleVerbHashes.contains(tokens[verb].wordHash)
    {
      return .future
    }
    var k = day - 1
    while k >= 0, !tokens[k + 1].newlineBefore {
      if keyword(k) == .to || keyword(k) == .forDuration || tokens[k].tense > 0 { return .future }
      k -= 1
    }
    return .past
  }

  /// Whether the line of token `day` is a list of fixtures or a labelled schedule, not a
  /// headline: a colon before the day ("Fixtures: …", "Coming up: …") or a match ("Arsenal v
  /// Chelsea", "Real Madrid vs Barcelona") on the line.
  private func isFixtureLine(_ day: Int) -> Bool {
    var k = day - 1
    while k >= 0, !tokens[k + 1].newlineBefore {
      if tokens[k].kind == .punctuation, tokens[k].number == 0x3A, tokens[k + 1].spaceBefore { return true }
      if tokens[k].kind == .word, TemporalParser.versusHashes.contains(tokens[k].wordHash) { return true }
      k -= 1
    }
    k = day + 1
    while k < tokens.count, !tokens[k].newlineBefore {
      if tokens[k].kind == .word, TemporalParser.versusHashes.contains(tokens[k].wordHash) { return true }
      k += 1
    }
    return false
  }

  /// Verbs of schedules, which a headline puts before the day the thing happens.
  static let scheduleVerbHashes: Set<UInt64> = Set(
    [
      "start", "starts", "begin", "begins", "open", "opens", "resume", "resumes", "meet", "meets",
      "vote", "votes", "launch", "launches", "close", "closes", "expire", "expires", "kick", "kicks",
    ].map(WordHasher.hash))

  /// "v", "vs": a match between two sides.
  static let versusHashes: Set<UInt64> = Set(["v", "vs"].map(WordHasher.hash))
}
