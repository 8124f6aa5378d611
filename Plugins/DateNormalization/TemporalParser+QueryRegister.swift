extension TemporalParser {
  /// Forms read only in the query register (`TemporalRegister.query`), the shorthand of
  /// assistant queries that news text would turn into false dates: "2 / 15", "2-15", "2 - 15"
  /// as month and day (a score or a range in news); "in 15" as fifteen minutes ahead (Duckling's
  /// implicit minutes, 0 to 60); "at this time" as today; "mid day" as noon.
  func queryExpression(_ i: Int) -> ParsedMatch? {
    guard options.register == .query else { return nil }
    return spacedMonthDay(i) ?? implicitMinutes(i) ?? atThisTime(i) ?? midDay(i) ?? monthAlone(i)
      ?? ordinalDayAlone(i) ?? seasonOfAnchor(i)
  }

  /// "this season", "current seasons", "last season", "past seasons", "next season": the
  /// season the anchor falls in, or the one before or after it (`2012-WI`, `2012-FA`,
  /// `2013-SP` on 12 February 2013).
  private func seasonOfAnchor(_ i: Int) -> ParsedMatch? {
    guard tokens[i].latin, keyword(i + 1) == .seasonWord, let anchor else { return nil }
    let shift: Int
    switch tokens[i].entry {
    case .keyword(.this)?, .direction(.current)?: shift = 0
    case .direction(.past)?: shift = -1
    case .direction(.future)?: shift = 1
    default: return nil
    }
    // The first month of the anchor's season (winter from December), moved by whole seasons;
    // a winter takes the year of its December, as TIMEX3 writes it.
    let month = anchor.date.month
    let first = CivilDate(
      year: month < 3 ? anchor.date.year - 1 : anchor.date.year, month: month < 3 ? 12 : month / 3 * 3, day: 1
    )
    .adding(months: 3 * shift)
    let season: Season
    switch first.month {
    case 3: season = .spring
    case 6: season = .summer
    case 9: season = .fall
    default: season = .winter
    }
    let year = first.year
    return ParsedMatch(
      next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: seasonValue(season, year: year, anchored: true))])
  }

  /// A query that is only a month name ("March", "may"): that month, placed by the
  /// preference. In news such a word needs a day, a year or a tense word ("March" is a verb).
  private func monthAlone(_ i: Int) -> ParsedMatch? {
    guard i == 0, tokens[i].latin, case .month(let month, _)? = tokens[i].entry,
      !continues(i + 1)
        || tokens[i + 1].kind == .punctuation && !continues(i + 2),
      let year = yearFor(month: month, day: nil, direction: nil)
    else { return nil }
    return ParsedMatch(
      next: i + 1, items: [ParsedItem(first: i, last: i, value: monthValue(year: year, month: month, anchored: true))])
  }

  /// "on the first", "the third" ending a query: that day of this month or the next (by the
  /// preference). In news "the first" is rarely a date.
  private func ordinalDayAlone(_ i: Int) -> ParsedMatch? {
    var j = i
    if keyword(j) == .on, tokens[j].latin { j += 1 }
    guard keyword(j) == .the, tokens[j].latin, number(j + 1) == nil, let (day, next) = ordinal(j + 1),
      (1...31).contains(day), !continues(next) || tokens[next].kind == .punctuation && !continues(next + 1),
      let anchor
    else { return nil }
    guard let chosen = dayOfNearMonth(day, anchor: anchor.date) else { return nil }
    return ParsedMatch(
      next: next, items: [ParsedItem(first: i, last: next - 1, value: dayValue(chosen, anchored: true))])
  }

  /// "in 15": minutes ahead, when nothing follows the number (not "in 15 days", "in 15 cases").
  private func implicitMinutes(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .inPreposition, tokens[i].latin, let (count, digits) = number(i + 1), digits <= 2,
      count <= 60,
      !continues(i + 2) || (tokens[i + 2].kind == .punctuation && !isPunctuation(i + 2, "/", "-", ":", ".")),
      let value = shifted(by: count, .minute)
    else { return nil }
    return ParsedMatch(next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: value)])
  }

  /// "at this time": today (Duckling's "today" rule).
  private func atThisTime(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .clock, tokens[i].latin, keyword(i + 1) == .this, keyword(i + 2) == .timeWord, let anchor
    else { return nil }
    return ParsedMatch(
      next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: dayValue(anchor.date, anchored: true))])
  }

  /// "mid day": noon of the reference day.
  private func midDay(_ i: Int) -> ParsedMatch? {
    guard tokens[i].latin, entry(i) == .modifier(.mid), continues(i + 1), tokens[i + 1].entry == .unit(.day, .singular),
      let anchor
    else { return nil }
    let value = timeValue(
      day: anchor.date, clock: Clock(hour: 12, minute: 0, second: nil, grain: .hour), anchored: true)
    return ParsedMatch(next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: value)])
  }

  /// "2 / 15", "2-15", "2 - 15": month first, as US assistants read them.
  private func spacedMonthDay(_ i: Int) -> ParsedMatch? {
    guard let (month, monthDigits) = number(i), monthDigits <= 2, (1...12).contains(month),
      isPunctuation(i + 1, "/", "-"), let (day, dayDigits) = number(i + 2), dayDigits <= 2, (1...31).contains(day),
      !(isPunctuation(i + 3, "/", "-", ".", ":") && number(i + 4) != nil), !isPunctuation(i + 3, "%"),
      keyword(i + 3) != .percent,
      let value = dateOf(day: day, month: month, year: nil, hijri: false, direction: nil, weekday: nil)
    else { return nil }
    return ParsedMatch(next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: value)])
  }

  /// A clock time of an assistant's query: "at 1030", "around 1030", "at 730 in the evening",
  /// "tomorrow at 150ish" (three or four digits after at/around, read as a 24-hour clock unless
  /// a part of the day follows), and "at 3 15" (the minutes after a space). Nil in news, where
  /// "at 1030" is a number and "at 3 15" two.
  func queryClockDigits(_ j: Int, clockWord: Bool) -> (hour: Int, minute: Int, twentyFourHour: Bool, next: Int)? {
    // "1130am", "930 pm": Duckling's military hour with a.m./p.m., also without "at".
    let meridiem = keyword(j + 1) == .am || keyword(j + 1) == .pm
    guard options.register == .query, clockWord || meridiem, let (value, digits) = number(j) else { return nil }
    if meridiem, value / 100 > 12 { return nil }
    // Not a phone number: "at 650.650.6500", "at 650-650-6500".
    let followed = isPunctuation(j + 1, ".", "-", "/", ":", ",") && number(j + 2) != nil
    if (3...4).contains(digits), value / 100 < 24, value % 100 < 60, !followed {
      return (value / 100, value % 100, true, j + 1)
    }
    if digits <= 2, value <= 12, let (minute, minuteDigits) = number(j + 1), minuteDigits == 2, minute < 60,
      tokens[j + 1].spaceBefore, !isPunctuation(j + 2, "/", "-", ":", ".")
    {
      return (value, minute, false, j + 2)
    }
    return nil
  }

  /// Duckling's hour after a part of the day said first, in the query register: "tonight at 2"
  /// is 14:00 and "tonight @ 3:20" 15:20 (an hour from 1 to 5 tonight is the afternoon's), and
  /// "this evening at 12" or "this afternoon at 12" is the coming midnight (hour 24). Nil
  /// leaves the news reading (`adjust`).
  func queryHour(_ hour: Int, after part: DayPart) -> Int? {
    guard options.register == .query else { return nil }
    switch part {
    case .night where (1...5).contains(hour): return hour + 12
    case .afternoon where hour == 12, .evening where hour == 12: return 24
    default: return nil
    }
  }
}
