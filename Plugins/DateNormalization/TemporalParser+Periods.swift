extension TemporalParser {
  /// Decades: التسعينيات، ثمانينيات القرن الماضي، the 1990s, the nineties → 199, 198.
  func decadeExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    // "the 1990s": the article belongs to the expression, as TimeML and the project's news sets
    // mark it.
    if keyword(i) == .the, tokens[i].latin, var decade = decadeExpression(i + 1) {
      decade.items[0].first = i
      return decade
    }
    if case .decadeWord(let decade) = tokens[i].entry {
      // "ستينيات القرن الماضي", "ستينيات القرن التاسع عشر", "السبعينيات من القرن الماضي": the
      // decade of that century.
      let centuryStart = keyword(i + 1) == .of && !tokens[i + 1].latin ? i + 2 : i + 1
      if let century = centuryExpression(centuryStart), let number = Int(century.items[0].value.value) {
        return ParsedMatch(
          next: century.next,
          items: [
            ParsedItem(
              first: i, last: century.next - 1,
              value: decadeValue(number * 10 + decade % 10, anchored: century.items[0].value.anchored))
          ])
      }
      // Decades in words are those of the 1900s, the only ones news names so.
      return ParsedMatch(next: i + 1, items: [ParsedItem(first: i, last: i, value: decadeValue(decade))])
    }
    // "1990s", "1990's"
    guard let (year, digits) = number(i), digits == 4, year % 10 == 0, (1000...2990).contains(year) else { return nil }
    var next = i + 1
    if isPunctuation(next, "'", "’"), !tokens[next].spaceBefore { next += 1 }
    guard keyword(next) == .possessive, !tokens[next].spaceBefore else { return nil }
    return ParsedMatch(next: next + 1, items: [ParsedItem(first: i, last: next, value: decadeValue(year / 10))])
  }

  /// Fiscal years: "fiscal 2025", "fiscal year 2024", "FY2025", "السنة المالية 2024", "العام
  /// المالي 2023" → TIMEX3 FY2025 (the fiscal year named by the year it ends in, as written).
  func fiscalYear(_ i: Int) -> ParsedMatch? {
    var j = i
    if keyword(j) == .fiscal, tokens[j].latin {
      j += 1
      if continues(j), case .unit(.year, .singular) = tokens[j].entry { j += 1 }
    } else if continues(j + 1), case .unit(.year, .singular) = tokens[j].entry, tokens[j].definite,
      keyword(j + 1) == .fiscal
    {
      j += 2
    } else {
      return nil
    }
    guard let (year, digits) = number(j), digits == 4, (1900...2100).contains(year) else { return nil }
    var value = yearValue(year, anchored: false)
    value.value = "FY\(year)"
    return ParsedMatch(next: j + 1, items: [ParsedItem(first: i, last: j, value: value)])
  }

  /// "the week of March 18", "the week of October 7th": the (Monday-to-Sunday) week that holds
  /// the day.
  func weekOfDate(_ i: Int) -> ParsedMatch? {
    var j = i
    if keyword(j) == .the { j += 1 }
    guard continues(j), tokens[j].latin, case .unit(.week, .singular) = tokens[j].entry, keyword(j + 1) == .of,
      let date = dateExpression(j + 2), date.items.count == 1, let day = date.items[0].value.day,
      date.items[0].value.mod == nil, date.items[0].value.clock == nil
    else { return nil }
    let value = weekValue(containing: day, anchored: date.items[0].value.anchored)
    return ParsedMatch(next: date.next, items: [ParsedItem(first: i, last: date.next - 1, value: value)])
  }

  private func decadeValue(_ decade: Int, anchored: Bool = false) -> ParsedValue {
    ParsedValue(
      label: .date, value: String(decade), mod: nil, anchored: anchored, grain: .decade, hijri: nil, offset: nil,
      day: nil, clock: nil)
  }

  /// Seasons with a year, a tense word or "this": "صيف 2024", "الشتاء الماضي", "this summer",
  /// "last winter" → 2024-SU, 2023-WI (TIMEX3 season codes; winter is the one that starts in
  /// December of its year). A season alone ("الربيع العربي") is not a date.
  func seasonExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    var j = i
    var direction: Direction?
    if keyword(j) == .this {
      direction = .current
      j += 1
    } else if tokens[j].latin, case .direction(let found) = tokens[j].entry {
      direction = found
      j += 1
    }
    guard continues(j), let season = seasonWord(j) else { return nil }
    var next = j + 1
    var year: Int?
    // "summer of 2019"
    let yearStart = tokens[j].latin && keyword(next) == .of && number(next + 1) != nil ? next + 1 : next
    if let found = yearAfter(yearStart), !found.hijri {
      year = found.year
      next = found.next
    } else if direction == nil, continues(next), !tokens[next].latin, case .direction(let found) = tokens[next].entry {
      direction = found
      next += 1
    } else if direction == nil, let (offset, after) = arabicRelativeYear(next), let anchor {
      // "صيف هذا العام", "شتاء العام الماضي", "خريف السنة المقبلة": the season of that year.
      year = anchor.date.year + offset
      next = after
    }
    if year == nil {
      guard let direction else { return nil }
      guard let anchor else {
        return ParsedMatch(
          next: next,
          items: [ParsedItem(first: i, last: next - 1, value: unanchoredValue("XXXX-\(season.code)", grain: .quarter))])
      }
      // The anchor's own season is "this" one.
      let (current, inSeason) = TemporalParser.seasonPosition(season, of: anchor.date)
      switch direction {
      case .current:
        year = inSeason ? current : (anchor.date.month < season.firstMonth ? anchor.date.year : current + 1)
      case .past: year = inSeason ? current - 1 : current
      case .future: year = current + 1
      }
    }
    let value = seasonValue(season, year: year!, anchored: direction != nil)
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }
}

/// A season, by its TIMEX3 code.
enum Season: String, Hashable, Sendable {
  case spring = "SP"
  case summer = "SU"
  case fall = "FA"
  case winter = "WI"

  var code: String { rawValue }

  /// The month it starts in (meteorological seasons).
  var firstMonth: Int {
    switch self {
    case .spring: return 3
    case .summer: return 6
    case .fall: return 9
    case .winter: return 12
    }
  }
}
