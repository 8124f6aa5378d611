extension TemporalParser {
  /// The placement of a weekday in a title-case headline whose verb shows no tense: a headline's
  /// present reports what has happened ("Oil Falls on Monday", "Stocks Tumble Friday After Jobs
  /// Report": the last Monday, the last Friday), while "to" before the verb announces it ("Unions
  /// to Strike on Monday", but not "Shares Rise to Record High"), "for" right before the day
  /// sets a date ahead ("Strike Set For Monday") and so does a schedule verb right before the
  /// day ("Tariffs Start Monday", "Forum Opens on Monday"); a line of fixtures is no headline ("Fixtures: Leeds v Hull on Saturday"). Months keep
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
      if tokens[k].tense > 0 { return .future }
      // "for" sets a date only right before it ("Strike Set For Monday", not "Stocks Fall for
      // Third Straight Session on Thursday"); "to" after a verb of movement reaches a level
      // ("Shares Rise to Record High on Tuesday"), it announces nothing.
      if keyword(k) == .forDuration, k == day - 1 { return .future }
      if keyword(k) == .to,
        !(k > 0 && tokens[k - 1].kind == .word && TemporalParser.movementVerbHashes.contains(tokens[k - 1].wordHash))
      {
        return .future
      }
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

  /// Verbs of markets and figures, after which "to" names the level reached.
  static let movementVerbHashes: Set<UInt64> = Set(
    [
      "rise", "rises", "fall", "falls", "climb", "climbs", "jump", "jumps", "slip", "slips", "drop",
      "drops", "surge", "surges", "sink", "sinks", "slide", "slides", "plunge", "plunges", "soar",
      "soars", "tumble", "tumbles", "gain", "gains", "edge", "edges", "dip", "dips", "rebound",
      "rebounds", "retreat", "retreats", "advance", "advances", "rally", "rallies", "sag", "sags",
      "fell", "rose", "hit", "hits",
    ].map(WordHasher.hash))

  /// "v", "vs": a match between two sides.
  static let versusHashes: Set<UInt64> = Set(["v", "vs"].map(WordHasher.hash))
}
