extension TemporalParser {
  /// English weekends: "last weekend", "this weekend", "this past weekend", "next weekend",
  /// "over the weekend" (the sentence's tense picks it) → TIMEX3 2024-W09-WE. "weekend" alone
  /// ("weekend editions") is not a date.
  func weekendExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin else { return nil }
    var j = i
    var direction: Direction?
    var bare = false
    if keyword(j) == .this {
      direction = .current
      j += 1
      if continues(j), case .direction(.past) = tokens[j].entry {
        direction = .past
        j += 1
      } else if continues(j), case .direction(.future) = tokens[j].entry {
        j += 1  // "this coming weekend" is this one (Duckling's "this|coming <time>")
      }
    } else if case .direction(let found) = tokens[j].entry {
      direction = found
      j += 1
    } else if keyword(j) == .the {
      j += 1
      if continues(j), case .direction(.past) = tokens[j].entry,
        keyword(j + 2) == .of || keyword(j + 2) == .inPreposition
      {
        direction = .past  // "the last weekend of October"
        j += 1
      } else {
        bare = true
      }
    }
    // "last week-end in October", "last week end of October": the split spelling only before
    // a month ("last week end" alone is the end of last week).
    let split = direction == .past ? splitWeekend(j) : nil
    // "this week-end", "over the week-end": the older spelling, one word with its hyphen.
    let hyphenEnd = split == nil && keyword(j) != .weekend ? hyphenatedWeekend(j) : nil
    guard j > i, keyword(j) == .weekend || split != nil || hyphenEnd != nil, let anchor else { return nil }
    if let split { j = split - 1 }
    if let hyphenEnd { j = hyphenEnd }
    // "the weekend edition", "the weekend talks": a modifier, not a date.
    if bare, continues(j + 1), tokens[j + 1].kind == .word, tokens[j + 1].entry == nil { return nil }
    // "the last weekend of October": the weekend of the month's last Friday.
    if keyword(j + 1) == .of || keyword(j + 1) == .inPreposition, month(j + 2) != nil {
      guard direction == .past, let spec = monthSpec(j + 1), let year = spec.year else { return nil }
      let last = CivilDate(year: year, month: spec.month, day: CivilDate.daysIn(month: spec.month, year: year))
      let friday = last.adding(days: -((last.weekday - 5 + 7) % 7))
      var value = weekValue(containing: friday, anchored: spec.anchored)
      value.value += "-WE"
      return ParsedMatch(next: spec.next, items: [ParsedItem(first: i, last: spec.next - 1, value: value)])
    }
    if split != nil { return nil }
    // The Saturday of the anchor's ISO week.
    let saturday = anchor.date.adding(days: 6 - anchor.date.weekday)
    let chosen: CivilDate?
    switch direction {
    case .past: chosen = saturday.adding(days: -7)
    case .future: chosen = saturday.adding(days: 7)
    case .current: chosen = saturday
    case nil:
      chosen = occurrence(among: [saturday.adding(days: -7), saturday, saturday.adding(days: 7)])
    }
    guard let chosen else { return nil }
    var value = weekValue(containing: chosen, anchored: true)
    value.value += "-WE"
    return ParsedMatch(next: j + 1, items: [ParsedItem(first: i, last: j, value: value)])
  }

  /// "week-end", "week end" at `j` followed by of/in and a month: the index after "end".
  /// The token "end" of "week-end" written at `j` without spaces around its hyphen.
  private func hyphenatedWeekend(_ j: Int) -> Int? {
    guard continues(j), tokens[j].latin, entry(j) == .unit(.week, .singular), isPunctuation(j + 1, "-"),
      !tokens[j + 1].spaceBefore, continues(j + 2), !tokens[j + 2].spaceBefore, entry(j + 2) == .modifier(.end)
    else { return nil }
    return j + 2
  }

  private func splitWeekend(_ j: Int) -> Int? {
    guard continues(j), tokens[j].latin, entry(j) == .unit(.week, .singular) else { return nil }
    var k = j + 1
    if isPunctuation(k, "-"), !tokens[k].spaceBefore { k += 1 }
    guard continues(k), entry(k) == .modifier(.end), keyword(k + 1) == .of || keyword(k + 1) == .inPreposition,
      month(k + 2) != nil
    else { return nil }
    return k + 1
  }
}
