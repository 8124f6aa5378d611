extension TemporalParser {
  /// "on Sundays", "closed Fridays and Saturdays": an English plural weekday is every such day,
  /// a SET (`XXXX-WXX-7`), not the nearest one. A count before it ("3 fridays from now", "two
  /// Sundays ago") is read by the counting rules; "ago", "back" or "from now" after it likewise.
  func recurringWeekdays(_ i: Int) -> ParsedMatch? {
    guard case .keyword(.pluralWeekday(let weekday))? = tokens[i].entry, tokens[i].latin, !countsWeekdays(i) else {
      return nil
    }
    if namesAGroup(i) { return nil }
    var items = [ParsedItem(first: i, last: i, value: setValue("XXXX-WXX-\(weekday)", .day))]
    var next = i + 1
    // "Fridays and Saturdays", "Saturdays, Sundays": the days listed with it.
    while continues(next + 1), keyword(next) == .and || isPunctuation(next, ","),
      case .keyword(.pluralWeekday(let other))? = tokens[next + 1].entry, tokens[next + 1].latin
    {
      items.append(ParsedItem(first: next + 1, last: next + 1, value: setValue("XXXX-WXX-\(other)", .day)))
      next += 2
    }
    if next < tokens.count, !tokens[next].newlineBefore {
      if keyword(next) == .ago || keyword(next) == .from && keyword(next + 1) == .now { return nil }
      if tokens[next].wordHash == TemporalParser.backHash { return nil }
    }
    return ParsedMatch(next: next, items: items)
  }

  /// Whether the plural weekday at `i` is part of a name: a movement's ("Fridays for Future",
  /// "for" and a capitalised word after it) or a band's ("The Sundays performed", after "the"
  /// with a past verb right after it).
  private func namesAGroup(_ i: Int) -> Bool {
    guard continues(i + 1) else { return false }
    if tokens[i + 1].wordHash == TemporalParser.forHash, continues(i + 2), tokens[i + 2].latin,
      tokens[i + 2].capitalized
    {
      return true
    }
    guard i > 0, !tokens[i].newlineBefore, keyword(i - 1) == .the, tokens[i + 1].kind == .word else { return false }
    return tokens[i + 1].tense < 0 || tokens[i + 1].entry == .keyword(.pastMarker)
  }

  static let forHash = WordHasher.hash("for")

  /// Whether a number or a number word stands right before the plural weekday at `i`.
  private func countsWeekdays(_ i: Int) -> Bool {
    guard i > 0, !tokens[i].newlineBefore else { return false }
    if tokens[i - 1].kind == .number { return true }
    var k = i - 1
    while k >= 0, i - k <= 3 {
      if let (_, next) = cardinal(k), next == i { return true }
      k -= 1
    }
    return false
  }

  static let backHash = WordHasher.hash("back")
}
