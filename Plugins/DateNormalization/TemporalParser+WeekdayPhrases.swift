extension TemporalParser {
  /// "Thursday before last", "the Saturday before last": the second one back (the mirror of
  /// "Wednesday after next"). `k` is the token after the weekday.
  func weekdayBeforeLast(_ weekday: Int, from i: Int, at k: Int) -> ParsedMatch? {
    guard tokens[i].latin, keyword(k) == .before, continues(k + 1), tokens[k + 1].latin,
      tokens[k + 1].entry == .direction(.past), let anchor
    else { return nil }
    let backward = (anchor.date.weekday - weekday + 7) % 7
    let date = anchor.date.adding(days: -(backward == 0 ? 7 : backward) - 7)
    let first = i > 0 && keyword(i - 1) == .the && !tokens[i].newlineBefore ? i - 1 : i
    return ParsedMatch(
      next: k + 2, items: [ParsedItem(first: first, last: k + 1, value: dayValue(date, anchored: true))])
  }

  /// The ordinal of "Tuesday the 12th", "Friday, the 15th": its token, or nil.
  func englishDayAfterWeekday(_ k: Int) -> Int? {
    let the = skipComma(k)
    guard keyword(the) == .the, tokens[the].latin, let (_, next) = ordinal(the + 1),
      continues(the + 1), tokens[the + 1].kind == .number || tokens[the + 1].latin
    else { return nil }
    // "Monday the 3rd of May" is a date with a month: read there.
    if monthSpec(next) != nil || keyword(next) == .of { return nil }
    // A word ordinal before a noun is no day: "On Tuesday the first aid convoy crossed",
    // "Sunday the third day of protests". Digits ("the 12th") or a word at the clause's end are.
    if tokens[the + 1].kind != .number, next < tokens.count, continues(next), tokens[next].kind != .punctuation {
      return nil
    }
    return the + 1
  }
}
