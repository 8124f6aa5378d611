extension TemporalParser {
  /// English periods and amounts placed from another date, the families of Duckling's English
  /// rules "the <cycle> after|before <time>", "<duration> after|before|from <time>", "<time>
  /// after next|before last", "<integer> <day-of-week>s ago" and composite durations. The
  /// longest reading at `i`.
  func cyclesAroundDates(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin || tokens[i].kind == .number else { return nil }
    var best: ParsedMatch?
    Self.keepLonger(&best, cycleAroundDate(i))
    Self.keepLonger(&best, afterNextOrBeforeLast(i))
    Self.keepLonger(&best, weekdaysAgo(i))
    Self.keepLonger(&best, compositeShift(i))
    Self.keepLonger(&best, countedFromDate(i))
    Self.keepLonger(&best, fractionalShift(i))
    return best
  }

  /// "the day after Christmas", "the week before Easter" (the neighbouring day, week, month or
  /// year: a period, at its own grain); "3 days after Christmas", "two hours before noon", "15
  /// minutes from 1pm", "two weeks from Friday" (an amount counted from a date or a clock time). The date or time
  /// must follow: "the day after the vote" is nothing.
  private func cycleAroundDate(_ i: Int) -> ParsedMatch? {
    let count: Int
    let unit: TimeUnit
    let relation: Int
    let cycle = keyword(i) == .the
    if cycle {
      guard continues(i + 1), case .unit(let found, .singular) = tokens[i + 1].entry else { return nil }
      (count, unit, relation) = (1, found, i + 2)
    } else {
      guard let counted = countedUnit(i, allowBareSingular: false, allowArticle: true), counted.count > 0 else {
        return nil
      }
      (count, unit, relation) = (counted.count, counted.unit, counted.next)
    }
    guard continues(relation), tokens[relation].latin else { return nil }
    let sign: Int
    switch keyword(relation) {
    case .after: sign = 1
    case .before: sign = -1
    // "two weeks from Friday", "15 minutes from 1pm" ("three days from today" is the same
    // day either way).
    // "in force for 12 hours from 7 pm", "close for two weeks from Friday": an amount that
    // starts there, not a point counted from it.
    case .from where !cycle && !(i > 0 && !tokens[i].newlineBefore && keyword(i - 1) == .forDuration): sign = 1
    default: return nil
    }
    let start = relation + 1
    if unit < .day {
      guard !cycle || unit == .hour, let time = timeExpression(start), time.items.count == 1,
        time.items[0].value.label == .time,
        let value = shiftedClock(time.items[0].value, by: sign * count, unit)
      else { return nil }
      return ParsedMatch(next: time.next, items: [ParsedItem(first: i, last: time.next - 1, value: value)])
    }
    guard unit != .quarter, unit != .decade, unit != .century else { return nil }
    // The longest reading of the date: "Christmas last year" rather than "Christmas".
    let candidates = [dateExpression(start), holidayExpression(start), namedHoliday(start), dayOffsetExpression(start)]
    for candidate in candidates.compactMap({ $0 }).sorted(by: { $0.next > $1.next }) {
      guard candidate.items.count == 1, let day = candidate.items[0].value.day else { continue }
      let anchored = candidate.items[0].value.anchored
      let value: ParsedValue
      switch (unit, cycle) {
      case (.day, _): value = dayValue(day.adding(days: sign * count), anchored: anchored)
      case (.week, true): value = weekValue(containing: day.adding(days: sign * 7), anchored: anchored)
      case (.week, false): value = dayValue(day.adding(days: sign * 7 * count), anchored: anchored)
      case (.month, true):
        let month = day.adding(months: sign)
        value = monthValue(year: month.year, month: month.month, anchored: anchored)
      case (.month, false): value = dayValue(day.adding(months: sign * count), anchored: anchored)
      case (_, true): value = yearValue(day.year + sign, anchored: anchored)
      default:
        var shifted = day.adding(months: sign * 12 * count)
        // Placed ahead, "one year after Christmas" is the first such day still to come: a year
        // after the last Christmas when that is ahead (Duckling: 2013-12-25 said in February).
        if options.preference == .future, anchored, sign > 0, let anchor,
          day.adding(months: 12 * (count - 1)) >= anchor.date
        {
          shifted = day.adding(months: 12 * (count - 1))
        }
        value = dayValue(shifted, anchored: anchored)
      }
      return ParsedMatch(next: candidate.next, items: [ParsedItem(first: i, last: candidate.next - 1, value: value)])
    }
    return nil
  }

  /// A TIME ("2013-02-12T13:00") moved by hours, minutes or seconds; the day follows when the
  /// clock crosses midnight.
  private func shiftedClock(_ time: ParsedValue, by count: Int, _ unit: TimeUnit) -> ParsedValue? {
    let text = Array(time.value.utf8)
    guard text.count >= 16, text[10] == UInt8(ascii: "T"), text[13] == UInt8(ascii: ":"),
      let day = CivilDate(iso: String(decoding: text[0..<10], as: UTF8.self)),
      let hour = Int(String(decoding: text[11..<13], as: UTF8.self)),
      let minute = Int(String(decoding: text[14..<16], as: UTF8.self))
    else { return nil }
    var second = 0
    if text.count >= 19, text[16] == UInt8(ascii: ":"), let found = Int(String(decoding: text[17..<19], as: UTF8.self))
    {
      second = found
    }
    let step: Int
    switch unit {
    case .hour: step = 3600
    case .minute: step = 60
    case .second: step = 1
    default: return nil
    }
    let total = hour * 3600 + minute * 60 + second + count * step
    let days = Int((Double(total) / 86_400).rounded(.down))
    let rest = total - days * 86_400
    let grain: TimeUnit = unit == .second || second != 0 ? .second : .minute
    let clock = Clock(
      hour: rest / 3600, minute: rest % 3600 / 60, second: grain == .second ? rest % 60 : nil, grain: grain)
    return timeValue(day: day.adding(days: days), clock: clock, anchored: time.anchored)
  }

  /// "the week after next", "the year before last", "April after next", "the weekend after
  /// next": the second period (or month) ahead of or behind the anchor's. A weekday after next
  /// is read by the weekday rule.
  private func afterNextOrBeforeLast(_ i: Int) -> ParsedMatch? {
    guard let anchor else { return nil }
    var j = keyword(i) == .the ? i + 1 : i
    // Every form has "after" or "before" right after its one word; checked first, as this rule
    // is tried at every English word.
    guard continues(j), tokens[j].latin, keyword(j + 1) == .after || keyword(j + 1) == .before else { return nil }
    let named = month(j)
    var unit: TimeUnit?
    var weekend = false
    if let named {
      guard !named.hijri else { return nil }
      j = named.next
    } else if keyword(j) == .weekend {
      j += 1
      weekend = true
    } else if case .unit(let found, .singular) = tokens[j].entry, [.week, .month, .year].contains(found) {
      j += 1
      unit = found
    } else {
      return nil
    }
    let sign: Int
    if keyword(j) == .after, entry(j + 1) == .direction(.future) {
      sign = 1
    } else if keyword(j) == .before, entry(j + 1) == .direction(.past) {
      sign = -1
    } else {
      return nil
    }
    let next = j + 2
    // "the week after next Monday's vote", "after next year's election": "next" opens a date.
    if continues(next) {
      switch tokens[next].entry {
      case .unit?, .weekday?, .month?, .monthHead?, .holiday?, .holidayWord?: return nil
      default: break
      }
    }
    let today = anchor.date
    var value: ParsedValue
    switch unit {
    case nil where weekend:
      value = weekValue(containing: today.adding(days: 6 - today.weekday + sign * 14), anchored: true)
      value.value += "-WE"
    case nil:
      // The second occurrence of the month counted from the anchor's, excluded.
      guard let named else { return nil }
      var year = today.year
      if sign > 0 {
        year += named.month > today.month ? 1 : 2
      } else {
        year -= named.month < today.month ? 1 : 2
      }
      value = monthValue(year: year, month: named.month, anchored: true)
    case .week?: value = weekValue(containing: today.adding(days: sign * 14), anchored: true)
    case .month?:
      let month = today.adding(months: sign * 2)
      value = monthValue(year: month.year, month: month.month, anchored: true)
    default: value = yearValue(today.year + sign * 2, anchored: true)
    }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }

  /// "3 Mondays ago", "two Fridays ago": the nth such weekday before the anchor's day.
  private func weekdaysAgo(_ i: Int) -> ParsedMatch? {
    guard let anchor, let (count, after) = cardinal(i), count > 0, continues(after),
      case .keyword(.pluralWeekday(let weekday)) = tokens[after].entry, keyword(after + 1) == .ago
    else { return nil }
    let backward = (anchor.date.weekday - weekday + 7) % 7
    let date = anchor.date.adding(days: -(backward == 0 ? 7 : backward) - 7 * (count - 1))
    return ParsedMatch(
      next: after + 2, items: [ParsedItem(first: i, last: after + 1, value: dayValue(date, anchored: true))])
  }

  /// A year said in words after a holiday's name: "two thousand ten", "two thousand and
  /// eighteen", "twenty twenty", "nineteen ninety nine".
  func spokenYear(_ i: Int) -> (year: Int, next: Int)? {
    guard continues(i), tokens[i].latin, let (first, afterFirst) = cardinal(i) else { return nil }
    if first == 2 || first == 1, keyword(afterFirst) == .thousand {
      var j = afterFirst + 1
      if keyword(j) == .and, continues(j + 1), tokens[j + 1].latin { j += 1 }
      if continues(j), tokens[j].latin, let (rest, next) = cardinal(j), (1...99).contains(rest) {
        return (first * 1000 + rest, next)
      }
      // "two thousand" alone is the year 2000 only at the end of the phrase: "Over Easter two
      // thousand pilgrims came" counts pilgrims.
      if afterFirst + 1 < tokens.count, !tokens[afterFirst + 1].newlineBefore, tokens[afterFirst + 1].kind == .word {
        return nil
      }
      return (first * 1000, afterFirst + 1)
    }
    // "twenty twenty", "nineteen ninety nine": the century and the year, each in two digits.
    guard (11...20).contains(first), continues(afterFirst), tokens[afterFirst].latin,
      let (rest, next) = cardinal(afterFirst), (10...99).contains(rest)
    else { return nil }
    return (first * 100 + rest, next)
  }
}
