extension TemporalParser {
  /// Days, weeks and weekdays counted from a named date, Duckling's English rules "the
  /// <ordinal> <cycle> after <time>" and "the <time> after <time>": "the third day after
  /// Easter" (Easter + 3), "the second week after Christmas", "the Monday after Easter" (the
  /// first Monday after it), "the Sunday before Christmas". The article is required ("Monday
  /// after Christmas" may be a Monday and a holiday), and so is a date after the relation
  /// word: "the Monday after the vote" is nothing.
  func countedFromDate(_ i: Int) -> ParsedMatch? {
    // Cheap first: "the", then "after" or "before" within three tokens ("the third day after").
    guard keyword(i) == .the, tokens[i].latin, continues(i + 1),
      (i + 2...i + 4).contains(where: { keyword($0) == .after || keyword($0) == .before })
    else { return nil }
    var j = i + 1
    var nth = 1
    if let (value, next) = ordinal(j), (1...31).contains(value) {
      nth = value
      j = next
    }
    guard continues(j) else { return nil }
    enum Step {
      case days(Int)
      case weeks(Int)
      case weekday(Int)
    }
    let step: Step
    switch tokens[j].entry {
    case .unit(.day, .singular) where j > i + 1: step = .days(nth)
    case .unit(.week, .singular) where j > i + 1: step = .weeks(nth)
    case .weekday(let weekday) where j == i + 1: step = .weekday(weekday)
    default: return nil
    }
    let relation = j + 1
    guard continues(relation), tokens[relation].latin, keyword(relation) == .after || keyword(relation) == .before
    else { return nil }
    let sign = keyword(relation) == .after ? 1 : -1
    guard
      let date = longestDay([
        dateExpression(relation + 1), holidayExpression(relation + 1), namedHoliday(relation + 1),
      ]), let day = date.items[0].value.day
    else { return nil }
    let anchored = date.items[0].value.anchored
    let value: ParsedValue
    switch step {
    case .days(let count): value = dayValue(day.adding(days: sign * count), anchored: anchored)
    case .weeks(let count): value = weekValue(containing: day.adding(days: sign * 7 * count), anchored: anchored)
    case .weekday(let weekday):
      let distance = sign > 0 ? (weekday - day.weekday + 6) % 7 + 1 : (day.weekday - weekday + 6) % 7 + 1
      value = dayValue(day.adding(days: sign * distance), anchored: anchored)
    }
    return ParsedMatch(next: date.next, items: [ParsedItem(first: i, last: date.next - 1, value: value)])
  }
}

extension TemporalParser {
  /// An amount that is not whole, counted from the reference: "an hour and a half from now",
  /// "two and a half years ago", "half an hour from now" (Duckling's "<duration> hence|ago"
  /// with its fractional durations).
  func fractionalShift(_ i: Int) -> ParsedMatch? {
    // Cheap first: an amount starts with digits, a number word, "a"/"an", "half" or a unit,
    // and "ago", "hence" or "from" follows within six tokens.
    if i < tokens.count, tokens[i].kind != .number {
      switch tokens[i].entry {
      case .cardinal?, .keyword(.article)?, .keyword(.half)?, .unit?: break
      default: return nil
      }
    }
    guard continues(i), tokens[i].latin || tokens[i].kind == .number, i + 2 < tokens.count,
      (i + 2..<min(i + 8, tokens.count)).contains(where: {
        tokens[$0].entry == .keyword(.ago) || tokens[$0].entry == .keyword(.hence)
          || tokens[$0].entry == .keyword(.from)
      }),
      let amount = fractionalAmount(i),
      let (count, unit) = TemporalParser.wholeAmount(amount), let (sign, next) = shiftFromNow(amount.next),
      let value = shifted(by: sign * count, unit)
    else { return nil }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }
}
