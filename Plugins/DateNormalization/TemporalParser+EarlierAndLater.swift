extension TemporalParser {
  /// "a year earlier", "a month earlier", "two weeks later": an amount counted from the date in
  /// focus. News counts it from the last date named before it in the sentence ("rose in
  /// February from a month earlier" is January; "arrived on March 2 and a second one two weeks
  /// later" is March 16); with none, "earlier" counts from the document date ("sales were 5
  /// percent higher than a year earlier" is the year before it). "later" with no date before it
  /// ("Three weeks later, the army withdrew") follows an event the sentence does not date, and
  /// stays an amount. Not a comparison: "a year earlier than planned".
  /// `amountStart` is the amount's first token, `word` the token of "earlier"/"later".
  func shiftFromFocus(amountStart: Int, count: Int, unit: TimeUnit, word: Int) -> ParsedMatch? {
    guard case .earlierOrLater(let sign)? = keyword(word), tokens[word].latin,
      !(word + 1 < tokens.count && TemporalParser.thanHash == tokens[word + 1].wordHash)
    else { return nil }
    let value: ParsedValue?
    if let focus = focusDate(before: amountStart) {
      value = TemporalParser.shift(focus, by: sign * count, unit)
    } else if sign < 0 {
      value = shifted(by: -count, unit)
    } else {
      value = nil
    }
    guard let value else { return nil }
    return ParsedMatch(next: word + 1, items: [ParsedItem(first: amountStart, last: word, value: value)])
  }

  static let thanHash = WordHasher.hash("than")

  /// The value of the last date expression of the sentence that ends before token `end`, read
  /// as the parser reads it at its first token (with the sentence's tense).
  private func focusDate(before end: Int) -> ParsedValue? {
    var start = end
    while start > 0, end - start < 40, !tokens[start].newlineBefore, !endsSentence(start - 1) { start -= 1 }
    var focus: ParsedValue?
    var k = start
    while k < end {
      let token = tokens[k]
      guard token.kind == .number || token.entry != nil, let found = match(at: k), found.next <= end else {
        k += 1
        continue
      }
      if let last = found.items.last?.value, last.label == .date || last.label == .time {
        focus = last
      }
      k = found.next
    }
    return focus
  }

  /// A date value moved by `count` units, at the precision both allow: a year (2025), a
  /// quarter (2025-Q4), a month (2026-01) or a day (2026-03-16); nil when the unit is finer
  /// than the focus (a week from a month).
  static func shift(_ focus: ParsedValue, by count: Int, _ unit: TimeUnit) -> ParsedValue? {
    let text = focus.value.prefix(10)
    let parts = text.split(separator: "-")
    guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
    var result = focus
    result.anchored = true
    result.mod = nil
    result.clock = nil
    result.offset = nil
    result.hijri = nil
    if parts.count == 1 {
      guard unit == .year || unit == .decade else { return nil }
      result.value = pad(year + (unit == .decade ? 10 : 1) * count, 4)
      result.grain = .year
      result.day = nil
      result.label = .date
      return result
    }
    if parts.count == 2, parts[1].first == "Q", let quarter = Int(parts[1].dropFirst()) {
      let months: Int
      switch unit {
      case .year: months = 12 * count
      case .quarter: months = 3 * count
      default: return nil
      }
      let index = year * 4 + (quarter - 1) + months / 3
      result.value = "\(pad(index / 4, 4))-Q\(index % 4 + 1)"
      result.day = nil
      result.label = .date
      return result
    }
    guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
    if parts.count == 2 {
      let months: Int
      switch unit {
      case .year: months = 12 * count
      case .quarter: months = 3 * count
      case .month: months = count
      default: return nil
      }
      let shifted = CivilDate(year: year, month: month, day: 1).adding(months: months)
      result.value = "\(pad(shifted.year, 4))-\(pad(shifted.month, 2))"
      result.grain = .month
      result.day = nil
      result.label = .date
      return result
    }
    guard let dayOfMonth = Int(parts[2]), CivilDate.isValid(year: year, month: month, day: dayOfMonth) else {
      return nil
    }
    let day = CivilDate(year: year, month: month, day: dayOfMonth)
    let date: CivilDate
    switch unit {
    case .day: date = day.adding(days: count)
    case .week: date = day.adding(days: 7 * count)
    case .month: date = day.adding(months: count)
    case .quarter: date = day.adding(months: 3 * count)
    case .year: date = day.adding(months: 12 * count)
    default: return nil
    }
    result.value = date.description
    result.grain = .day
    result.day = date
    result.label = .date
    return result
  }
}
