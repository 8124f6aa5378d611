extension TemporalParser {
  /// "open from 9 to 5", "works from 8 to 4": two bare hours after "from", the second earlier
  /// than the first, are a day's working hours, morning to afternoon (`T09:00`, `T17:00`). Only
  /// after a word of opening or working in the six words before "from", and with nothing after
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

  /// "from 10 p.m. to midnight", "between 8 pm and midnight": midnight closing a range of the
  /// evening is the end of the start's day (`T24:00`, as منتصف الليل is); alone it stays out
  /// (which day "until midnight" ends depends on more than the clock).
  func rangeToMidnight(_ i: Int, from first: ClockReading) -> ParsedMatch? {
    guard first.clock.hour >= 12, first.clock.dayShift == 0, let connector = rangeConnector(first.next),
      continues(connector), tokens[connector].latin, keyword(connector) == .midnight
    else { return nil }
    let end = Clock(hour: 24, minute: 0, second: nil, grain: .hour)
    return ParsedMatch(
      next: connector + 1,
      items: [
        ParsedItem(first: i, last: first.next - 1, value: clockValue(first.clock, mod: first.mod)),
        ParsedItem(first: connector, last: connector, value: clockValue(end, mod: nil)),
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

  /// Whether a word of opening or working stands in the six words before "from" at `from`.
  private func workingWordBefore(_ from: Int) -> Bool {
    var k = from - 1
    while k >= 0, from - k <= 6, !tokens[k + 1].newlineBefore {
      if tokens[k].kind == .word,
        TemporalParser.openingVerbHashes.contains(tokens[k].wordHash)
          || TemporalParser.workingWordHashes.contains(tokens[k].wordHash)
      {
        return true
      }
      if endsSentence(k) { return false }
      k -= 1
    }
    return false
  }

  static let workingWordHashes: Set<UInt64> = Set(
    ["work", "works", "worked", "working", "shift", "shifts", "hours", "staffed", "served", "available"].map(
      WordHasher.hash))
}
