extension TemporalParser {
  /// English days placed by another expression next to them, after Duckling's English rules
  /// "<day> in <duration>", "<day> <duration> from now|hence", "<hour> <day> <part of day>",
  /// spans of two weekdays, "<week>'s <weekday>",
  /// and, in the query register only, a weekday that picks a date's year and a two-digit year
  /// after an ordinal day and a month. The longest reading at `i`.
  func daysOfCountedWeeks(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin || tokens[i].kind == .number else { return nil }
    var best: ParsedMatch?
    Self.keepLonger(&best, weekdayOfAWeekAhead(i))
    Self.keepLonger(&best, hourOfADayPart(i))
    Self.keepLonger(&best, dateWithItsWeekday(i))
    Self.keepLonger(&best, ordinalDateWithShortYear(i))
    Self.keepLonger(&best, weekdaySpan(i))
    Self.keepLonger(&best, weekdayOfANamedWeek(i))
    return best
  }

  /// "Monday in 3 weeks", "Wednesday two weeks from now", "Friday a week hence": that weekday
  /// of the week so many weeks ahead of the anchor's.
  private func weekdayOfAWeekAhead(_ i: Int) -> ParsedMatch? {
    guard let anchor, case .weekday(let weekday) = tokens[i].entry else { return nil }
    var j = i + 1
    let inForm = keyword(j) == .inPreposition && tokens[j].latin
    if inForm { j += 1 }
    guard let counted = countedUnit(j, allowBareSingular: false, allowArticle: true), counted.unit == .week,
      counted.count > 0
    else { return nil }
    var next = counted.next
    if !inForm {
      if keyword(next) == .hence {
        next += 1
      } else if keyword(next) == .from, keyword(next + 1) == .now || entry(next + 1) == .dayOffset(0) {
        next += 2
      } else {
        return nil
      }
    }
    let ahead = anchor.date.adding(days: 7 * counted.count)
    let date = ahead.adding(days: weekday - ahead.weekday)
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: dayValue(date, anchored: true))])
  }

  /// "at 9 tomorrow evening", "at 7 Friday morning" (and without "at" in a query: "10 next
  /// Monday night"): the hour on that day, in the half of the day the part names. News needs the
  /// "at": "killed 2 Tuesday morning" counts people.
  private func hourOfADayPart(_ i: Int) -> ParsedMatch? {
    let at = keyword(i) == .clock && tokens[i].latin
    guard at || options.register == .query else { return nil }
    let j = at ? i + 1 : i
    guard let (hour, digits) = number(j), digits <= 2, (1...12).contains(hour), continues(j + 1) else { return nil }
    for candidate in [relativeExpression(j + 1), dateExpression(j + 1)] {
      guard let candidate, candidate.items.count == 1, let day = candidate.items[0].value.day,
        let (part, next) = dayPartPhrase(candidate.next)
      else { continue }
      let clockHour: Int
      switch part {
      case .morning: clockHour = hour % 12
      case .afternoon, .evening, .night: clockHour = hour % 12 + 12
      default: continue
      }
      let value = timeValue(
        day: day, clock: Clock(hour: clockHour, minute: 0, grain: .hour), anchored: candidate.items[0].value.anchored)
      return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
    }
    return nil
  }

  /// A query's date without a year followed by a weekday that is not its weekday this year
  /// ("Jul 18, Fri"): the next year in which it is (Duckling's intersection).
  private func dateWithItsWeekday(_ i: Int) -> ParsedMatch? {
    guard options.register == .query, let anchor, let date = monthFirstDate(i) ?? dayFirstDate(i, weekday: nil),
      date.items.count == 1, date.items[0].value.anchored, let day = date.items[0].value.day
    else { return nil }
    let k = skipComma(date.next)
    guard continues(k), case .weekday(let weekday) = tokens[k].entry, day.weekday != weekday else { return nil }
    for year in anchor.date.year...(anchor.date.year + 11) {
      guard CivilDate.isValid(year: year, month: day.month, day: day.day) else { continue }
      let candidate = CivilDate(year: year, month: day.month, day: day.day)
      if candidate.weekday == weekday, !(candidate < anchor.date) {
        return ParsedMatch(
          next: k + 1, items: [ParsedItem(first: i, last: k, value: dayValue(candidate, anchored: false))])
      }
    }
    return nil
  }

  /// A query's ordinal day and month with a two-digit year: "15th of May 19", "3rd June 07";
  /// the year in the century window 1950-2049, as Duckling reads it.
  private func ordinalDateWithShortYear(_ i: Int) -> ParsedMatch? {
    guard options.register == .query, let date = dayFirstDate(i, weekday: nil), date.items.count == 1,
      date.items[0].value.anchored, let day = date.items[0].value.day, ordinal(i) != nil || keyword(i) == .the,
      let (short, digits) = number(date.next), digits == 2, tokens[date.next].spaceBefore,
      !isPunctuation(date.next + 1, ":", "."), entry(date.next + 1) == nil
    else { return nil }
    let year = (short + 50) % 100 + 1950
    guard CivilDate.isValid(year: year, month: day.month, day: day.day) else { return nil }
    let value = dayValue(CivilDate(year: year, month: day.month, day: day.day), anchored: false)
    return ParsedMatch(next: date.next + 1, items: [ParsedItem(first: i, last: date.next, value: value)])
  }
}
