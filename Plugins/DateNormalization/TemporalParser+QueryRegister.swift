extension TemporalParser {
  /// Forms read only in the query register (`TemporalRegister.query`), the shorthand of
  /// assistant queries that news text would turn into false dates: "2 / 15", "2-15", "2 - 15"
  /// as month and day (a score or a range in news).
  func queryExpression(_ i: Int) -> ParsedMatch? {
    guard options.register == .query else { return nil }
    return spacedMonthDay(i)
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
    guard options.register == .query, clockWord, let (value, digits) = number(j) else { return nil }
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
