extension TemporalParser {
  /// "a year earlier", "a month earlier", "two weeks later": an amount counted from the date in
  /// focus. News counts it from the last date named before it in the same clause ("rose in
  /// February from a month earlier" is January; "arrived on March 2 and a second one two weeks
  /// later" is March 16); with none, "earlier" counts from the document date ("sales were 5
  /// percent higher than a year earlier" is the year before it). "later" with no date before it
  /// ("Three weeks later, the army withdrew") follows an event the sentence does not date, and
  /// stays an amount, as does an amount set after a date by a comma ("died in 2020, 70 years
  /// later": the date is the later event). Not a comparison: "a year earlier than planned".
  /// `amountStart` is the amount's first token, `word` the token of "earlier"/"later".
  func shiftFromFocus(amountStart: Int, count: Int, unit: TimeUnit, word: Int) -> ParsedMatch? {
    guard case .earlierOrLater(let sign)? = keyword(word), tokens[word].latin,
      !(word + 1 < tokens.count && TemporalParser.thanHash == tokens[word + 1].wordHash)
    else { return nil }
    var value: ParsedValue?
    switch focusDate(before: amountStart, unit: unit, later: sign > 0) {
    case .apposition?: return nil
    case .date(let focus)?: value = TemporalParser.shift(focus, by: sign * count, unit)
    case nil: break
    }
    // A date that cannot be counted from (a week, "recently") leaves the document date.
    if value == nil, sign < 0 { value = shifted(by: -count, unit) }
    guard let value else { return nil }
    return ParsedMatch(next: word + 1, items: [ParsedItem(first: amountStart, last: word, value: value)])
  }

  static let thanHash = WordHasher.hash("than")

  /// What an amount before "earlier"/"later" is counted from.
  enum Focus {
    /// The date in focus, as the parser reads it at its first token.
    case date(ParsedValue)
    /// The amount follows a date after a comma ("in 2002, three years later"): it says how long
    /// before that date, and is no date of its own.
    case apposition
  }

  /// The date in focus for an amount that starts at token `end`: the last date expression of its
  /// clause (a comma, semicolon or colon outside a date ends a clause, so "The company, founded
  /// in 1998, said sales rose from a year earlier" has none; not before "up", "down" or
  /// "compared": "rose in January, up 29% from a year earlier" is January's comparison). Dates that are not the period
  /// compared are passed over: a reporting verb's date ("said Tuesday its profit rose", "on
  /// Tuesday said"), a date after "since", a weekday for a month or a year, and a clock time
  /// with no date of its own ("closed at 10 am").
  ///
  /// "later" looks further when its clause has none: to the last date of the sentence ("Last
  /// week the plant closed, and a week later it reopened"), then of the sentence before ("The
  /// plant closed last week. A week later it reopened.").
  func focusDate(before end: Int, unit: TimeUnit, later: Bool) -> Focus? {
    var start = end
    while start > 0, end - start < 40, !tokens[start].newlineBefore, !endsSentence(start - 1) { start -= 1 }
    var focus: ParsedValue?
    var inSentence: ParsedValue?
    var lastNext = -1
    var k = start
    while k < end {
      let token = tokens[k]
      if token.kind == .punctuation, TemporalParser.clauseMarks.contains(token.number),
        !(k + 1 < end && TemporalParser.comparisonOpenerHashes.contains(tokens[k + 1].wordHash))
      {
        focus = nil
      } else if token.kind == .word, TemporalParser.reportingVerbHashes.contains(token.wordHash) {
        focus = nil
      }
      guard token.kind == .number || token.entry != nil, let found = match(at: k), found.next <= end else {
        k += 1
        continue
      }
      if let last = found.items.last?.value, last.label == .date || last.label == .time,
        isComparedPeriod(last, first: k, next: found.next, unit: unit)
      {
        focus = last
        inSentence = last
        lastNext = found.next
      }
      k = found.next
    }
    if end > 0, lastNext == end - 1, tokens[end - 1].kind == .punctuation, tokens[end - 1].number == 0x2C {
      return .apposition
    }
    if let focus { return .date(focus) }
    guard later else { return nil }
    if let inSentence { return .date(inSentence) }
    // Nothing dated in the sentence: the last date of the one before, when the amount opens
    // its sentence's first clause.
    guard start > 1, start == end || end - start <= 1, !tokens[start].newlineBefore, endsSentence(start - 1) else {
      return nil
    }
    return lastDate(from: start - 1, unit: unit).map { .date($0) }
  }

  /// The last date that an amount of `unit` can count from in the sentence that ends at token
  /// `end` (its closing mark).
  func lastDate(from end: Int, unit: TimeUnit) -> ParsedValue? {
    var start = end
    while start > 0, end - start < 40, !tokens[start].newlineBefore, !endsSentence(start - 1) { start -= 1 }
    var found: ParsedValue?
    var k = start
    while k < end {
      guard tokens[k].kind == .number || tokens[k].entry != nil, let match = match(at: k), match.next <= end else {
        k += 1
        continue
      }
      if let last = match.items.last?.value, last.label == .date || last.label == .time,
        isComparedPeriod(last, first: k, next: match.next, unit: unit)
      {
        found = last
      }
      k = match.next
    }
    return found
  }

  /// Whether the date at tokens `first..<next` can be what an amount of `unit` is counted from.
  private func isComparedPeriod(_ value: ParsedValue, first: Int, next: Int, unit: TimeUnit) -> Bool {
    // A clock with no date of its own dates nothing a day or more away ("closed at 10 am and
    // reopened a week later"), but hours and minutes count from it ("two hours later").
    if value.label == .time, value.clock != nil || value.value.hasPrefix("XXXX") {
      return unit <= .hour && !value.value.hasPrefix("XXXX")
    }
    var before = first - 1
    if before >= 0, keyword(before) == .on { before -= 1 }
    if before >= 0 {
      if keyword(before) == .since { return false }
      if tokens[before].kind == .word, TemporalParser.reportingVerbHashes.contains(tokens[before].wordHash) {
        return false
      }
    }
    if unit >= .month, (first..<next).contains(where: { if case .weekday? = tokens[$0].entry { true } else { false } })
    {
      return false
    }
    return true
  }

  /// Comma, semicolon, colon: the marks that end a clause for the date in focus.
  static let clauseMarks: Set<Int> = [0x2C, 0x3B, 0x3A]

  /// Words after a comma that go on comparing the period before it ("rose in January, up 29%
  /// from a year earlier"), so the comma ends no clause.
  static let comparisonOpenerHashes: Set<UInt64> = Set(
    ["up", "down", "compared", "against", "versus", "from"].map(WordHasher.hash))

  /// Reporting verbs: a date next to one dates the report, not the figures reported.
  static let reportingVerbHashes: Set<UInt64> = Set(
    ["said", "says", "told", "announced", "reported", "stated", "added"].map(WordHasher.hash))

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
    if unit <= .hour { return shiftClock(focus.value, by: count, unit, into: result) }
    // "last week … a week later": the week after, as an ISO week.
    if parts.count == 2, parts[1].first == "W", unit == .week, let week = Int(parts[1].dropFirst()) {
      let monday = CivilDate.monday(isoYear: year, week: week).adding(days: 7 * count)
      let (isoYear, isoWeek) = monday.isoWeek
      result.value = "\(pad(isoYear, 4))-W\(pad(isoWeek, 2))"
      result.grain = .week
      result.day = nil
      result.label = .date
      return result
    }
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
    // "the first half of 2024", "summer 2025": a year earlier keeps the half or the season.
    if parts.count == 2, unit == .year || unit == .decade,
      parts[1].first == "H" || TemporalParser.seasonCodes.contains(String(parts[1]))
    {
      result.value = "\(pad(year + (unit == .decade ? 10 : 1) * count, 4))-\(parts[1])"
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

  /// A clock time ("2026-02-11T09:00") moved by hours or minutes: "opened at 9 am and closed
  /// three hours later" is 12:00 that day. Nil for anything else.
  private static func shiftClock(_ value: String, by count: Int, _ unit: TimeUnit, into result: ParsedValue)
    -> ParsedValue?
  {
    let characters = Array(value.utf8)
    guard unit == .hour || unit == .minute, characters.count == 16, characters[10] == UInt8(ascii: "T"),
      characters[13] == UInt8(ascii: ":"), let day = CivilDate(iso: value),
      let hour = Int(String(decoding: characters[11..<13], as: UTF8.self)),
      let minute = Int(String(decoding: characters[14..<16], as: UTF8.self))
    else { return nil }
    let total = hour * 60 + minute + count * (unit == .hour ? 60 : 1)
    let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
    let minutes = total - days * 1440
    var result = result
    result.value = "\(day.adding(days: days).description)T\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    result.grain = unit
    result.day = nil
    result.label = .time
    return result
  }

  static let seasonCodes: Set<String> = ["SP", "SU", "FA", "WI"]
}
