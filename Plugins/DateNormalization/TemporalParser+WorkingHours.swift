extension TemporalParser {
  /// "open from 9 to 5", "works from 8 to 4": two bare hours after "from", the second earlier
  /// than the first, are a day's working hours, morning to afternoon (`T09:00`, `T17:00`). Only
  /// after a word of opening or working right before "from" (`workingWordBefore`), and with nothing after
  /// the second number that it could count ("from 9 to 5 percent", "cut from 9 to 5 seats").
  /// `i` is the first number.
  func workingHours(_ i: Int) -> ParsedMatch? {
    guard i > 0, i < tokens.count, tokens[i].kind == .number, tokens[i - 1].latin, keyword(i - 1) == .from,
      let (opening, afterOpening) = cardinal(i), (6...11).contains(opening), afterOpening == i + 1,
      let connector = rangeConnector(afterOpening), keyword(afterOpening) == .to || isPunctuation(afterOpening, "-"),
      let (closing, next) = cardinal(connector), (1..<opening).contains(closing), next == connector + 1,
      tokens[connector].kind == .number, endsHours(next), workingWordBefore(i - 1)
    else { return nil }
    let morning = Clock(hour: opening, minute: 0, second: nil, grain: .hour)
    let afternoon = Clock(hour: closing + 12, minute: 0, second: nil, grain: .hour)
    return ParsedMatch(
      next: next,
      items: [
        ParsedItem(first: i, last: i, value: clockValue(morning, mod: nil)),
        ParsedItem(first: connector, last: connector, value: clockValue(afternoon, mod: nil)),
      ])
  }

  /// Whether the hours end at token `k`: the text, a line or a punctuation mark ends there, or
  /// a day, "on", "every", "daily" follows.
  private func endsHours(_ k: Int) -> Bool {
    guard k < tokens.count, !tokens[k].newlineBefore else { return true }
    if tokens[k].kind == .punctuation { return !isPunctuation(k, "%", ".", ":") || endsSentence(k) }
    switch tokens[k].entry {
    case .weekday?, .keyword(.on)?, .keyword(.every)?, .keyword(.periodic)?, .keyword(.pluralWeekday)?: return true
    default: return false
    }
  }

  /// Whether a word of opening or working stands in the two words before "from" at `from`
  /// ("open from 9 to 5", "is open daily from 9 to 5"), not counting a word of recurrence right
  /// before "from" ("open every day from 9 to 5"), with no verb of change in the six words
  /// before "from": further back the word names something counted ("The working group shrank
  /// from 10 to 4", "available ambulances fell from 9 to 4"), and a change makes the numbers
  /// counts ("Opening hours cut from 9 to 5").
  private func workingWordBefore(_ from: Int) -> Bool {
    var found = false
    let reach = 2 + recurrenceLength(before: from)
    var k = from - 1
    while k >= 0, from - k <= 6, !tokens[k + 1].newlineBefore {
      if endsSentence(k) { break }
      if tokens[k].kind == .word {
        let hash = tokens[k].wordHash
        if TemporalParser.changeVerbHashes.contains(hash) { return false }
        if from - k <= reach,
          TemporalParser.openingVerbHashes.contains(hash) || TemporalParser.workingWordHashes.contains(hash)
        {
          found = true
        }
      }
      k -= 1
    }
    return found
  }

  /// The number of tokens of a daily recurrence right before "from" at `from`: "daily" (1),
  /// "every day", "each day" (2); else 0.
  private func recurrenceLength(before from: Int) -> Int {
    guard from > 0, !tokens[from].newlineBefore else { return 0 }
    if case .keyword(.periodic(.day))? = tokens[from - 1].entry { return 1 }
    guard from > 1, !tokens[from - 1].newlineBefore, case .unit(.day, .singular)? = tokens[from - 1].entry,
      keyword(from - 2) == .every || tokens[from - 2].wordHash == TemporalParser.eachHash
    else { return 0 }
    return 2
  }

  /// Whether the daily recurrence ending before token `next` ("daily", "every day") only says
  /// on which days working hours after it hold: "open daily from 9 to 5", "open every day from 9
  /// to 5". The hours are the expressions found; the recurrence is no SET of its own.
  func introducesWorkingHours(_ next: Int) -> Bool {
    guard next + 1 < tokens.count, tokens[next].latin, keyword(next) == .from else { return false }
    return workingHours(next + 1) != nil
  }

  static let eachHash = WordHasher.hash("each")

  /// Verbs of change, which make the numbers after "from" counts.
  static let changeVerbHashes: Set<UInt64> = Set(
    [
      "fell", "fall", "falls", "rose", "rise", "rises", "grew", "grow", "grows", "shrank", "shrunk", "shrink",
      "shrinks", "dropped", "drop", "drops", "increased", "increase", "decreased", "declined", "climbed", "jumped",
      "slipped", "changed", "change", "cut", "cuts", "reduced", "raised", "moved", "shifted", "extended",
      "shortened", "went",
    ].map(WordHasher.hash))

  static let workingWordHashes: Set<UInt64> = Set(
    ["work", "works", "worked", "working", "shift", "shifts", "hours", "staffed", "served", "available"].map(
      WordHasher.hash))
}
