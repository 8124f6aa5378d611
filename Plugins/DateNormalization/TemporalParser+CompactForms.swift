extension TemporalParser {
  /// Compact numeric forms of a period: a year and a quarter ("2018Q4", "18q4" → `2018-Q4`)
  /// and a year and a month ("2014-10", "2014/10" → `2014-10`). A month that continues the
  /// year ("2010-11", "2009/10") is a span of two years, as news writes seasons and fiscal
  /// years, and is left alone.
  func compactPeriod(_ i: Int) -> ParsedMatch? {
    guard let (first, digits) = number(i), i + 2 < tokens.count, !tokens[i + 1].spaceBefore,
      !tokens[i + 2].spaceBefore
    else { return nil }
    if digits == 4 || digits == 2, continues(i + 1), tokens[i + 1].latin,
      case .unit(.quarter, .singular) = tokens[i + 1].entry, let (quarter, quarterDigits) = number(i + 2),
      quarterDigits == 1, (1...4).contains(quarter)
    {
      let year = digits == 2 ? 2000 + first : first
      let value = ParsedValue(
        label: .date, value: "\(pad(year, 4))-Q\(quarter)", mod: nil, anchored: false, grain: .quarter,
        hijri: nil, offset: nil, day: nil, clock: nil)
      return ParsedMatch(next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: value)])
    }
    guard digits == 4, (1900...2099).contains(first), isPunctuation(i + 1, "-", "/"),
      let (month, monthDigits) = number(i + 2), monthDigits == 2, (1...12).contains(month),
      month != (first + 1) % 100
    else { return nil }
    // "2014-10-20" is a day, read by the date rules.
    if i + 3 < tokens.count, !tokens[i + 3].spaceBefore {
      if tokens[i + 3].kind == .number { return nil }
      if tokens[i + 3].kind == .punctuation, i + 4 < tokens.count, tokens[i + 4].kind == .number { return nil }
    }
    return ParsedMatch(
      next: i + 3,
      items: [ParsedItem(first: i, last: i + 2, value: monthValue(year: first, month: month, anchored: false))])
  }

  /// A day, a month name and a year joined by dashes or slashes: "31-Oct-1974", "31/Oct/74".
  /// A two-digit year follows POSIX `strptime`'s %y: 69-99 are 1900s, 00-68 2000s.
  func dashedDayMonthYear(_ i: Int) -> ParsedMatch? {
    guard let (day, dayDigits) = number(i), dayDigits <= 2, (1...31).contains(day), i + 4 < tokens.count,
      (i + 1...i + 4).allSatisfy({ !tokens[$0].spaceBefore }), isPunctuation(i + 1, "-", "/"),
      tokens[i + 2].latin, let month = monthName(i + 2), month.next == i + 3,
      isPunctuation(i + 3, tokens[i + 1].number == 0x2F ? "/" : "-"),
      let (yearValue, yearDigits) = number(i + 4), yearDigits == 2 || yearDigits == 4
    else { return nil }
    let year = yearDigits == 4 ? yearValue : yearValue >= 69 ? 1900 + yearValue : 2000 + yearValue
    guard CivilDate.isValid(year: year, month: month.month, day: day) else { return nil }
    let date = CivilDate(year: year, month: month.month, day: day)
    return ParsedMatch(next: i + 5, items: [ParsedItem(first: i, last: i + 4, value: dayValue(date, anchored: false))])
  }
}
