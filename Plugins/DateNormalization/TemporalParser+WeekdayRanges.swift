extension TemporalParser {
  /// The day a weekday expression at `item` names, when it is a weekday alone (with a part of the
  /// day or يوم, but no day of the month): the start or end of a possible range ("from Monday",
  /// "من الأحد"). "الخميس 9 يناير" is a date, which a range does not move.
  func weekdayDay(_ item: ParsedItem) -> CivilDate? {
    guard item.value.anchored, item.first <= item.last, item.last < tokens.count,
      (item.first...item.last).contains(where: { if case .weekday? = tokens[$0].entry { true } else { false } }),
      !(item.first...item.last).contains(where: { k in
        if tokens[k].kind == .number { return true }
        if case .month? = tokens[k].entry { return true }
        return false
      })
    else { return nil }
    return CivilDate(iso: item.value.value)
  }

  /// Whether the weekday expression at `item` ends a range whose start ended just before token
  /// `startNext`: "from Monday to Friday", "من الأحد إلى الخميس", "وإلى غاية صباح السبت".
  func endsWeekdayRange(_ item: ParsedItem, startNext: Int) -> Bool {
    guard let k = rangeWord(before: item.first) else { return false }
    // Only "و" may stand between the start and the range word ("وإلى" is one token).
    return k == startNext || (k == startNext + 1 && keyword(startNext) == .and)
  }

  /// The range word (to, until, إلى، حتى) that opens the end of a range at token `i`, with
  /// "غاية" (extent, no entry of the lexicon) allowed between: "إلى غاية صباح السبت".
  func rangeWord(before i: Int) -> Int? {
    guard i > 0, !tokens[i].newlineBefore else { return nil }
    var k = i - 1
    if tokens[k].entry == nil, tokens[k].kind == .word, k > 0, !tokens[k].newlineBefore { k -= 1 }
    return keyword(k) == .to ? k : nil
  }

  /// The end of a weekday range put after its start: each weekday alone takes the tense of its
  /// sentence, so "marched from Monday to Friday" on a Wednesday would end before it began.
  /// English "from Monday to Friday" of two bare weekdays is one match of `weekdaySpan`, which
  /// places both; this pass serves the rest (Arabic, a part of the day, "starting … through").
  func rangeEnd(_ value: ParsedValue, after start: CivilDate) -> ParsedValue {
    // "from Monday to Monday" is a week, as the English span rule (`weekdaySpan`) reads it.
    guard let day = CivilDate(iso: value.value), day <= start else { return value }
    let weeks = (start.dayNumber - day.dayNumber) / 7 + 1
    var value = value
    let moved = day.adding(days: 7 * weeks)
    value.value = moved.description + value.value.dropFirst(10)
    if value.day != nil { value.day = moved }
    return value
  }
}
