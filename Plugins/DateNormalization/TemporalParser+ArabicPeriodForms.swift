extension TemporalParser {
  /// "الأسبوع قبل الماضي", "العام قبل الماضي", "الشهر بعد المقبل": the second week, month or
  /// year behind or ahead of the anchor's (`2025-W14`, `2023`, `2025-06` on 16 April 2025).
  func arabicSecondPeriod(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin, tokens[i].definite, case .unit(let unit, .singular) = tokens[i].entry,
      unit == .week || unit == .month || unit == .year, continues(i + 2), let anchor
    else { return nil }
    let step: Int
    switch (keyword(i + 1), tokens[i + 2].entry) {
    case (.before?, .direction(.past)?): step = -2
    case (.after?, .direction(.future)?): step = 2
    default: return nil
    }
    let value: ParsedValue
    switch unit {
    case .week: value = weekValue(containing: anchor.date.adding(days: 7 * step), anchored: true)
    case .month:
      let month = anchor.date.adding(months: step)
      value = monthValue(year: month.year, month: month.month, anchored: true)
    default: value = yearValue(anchor.date.year + step, anchored: true)
    }
    return ParsedMatch(next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: value)])
  }

  /// "كل صباح", "كل مساء", "كل ليلة": a part of every day, TIMEX3's SET `XXXX-XX-XXTMO`. A
  /// weekday after it makes it that part of every such weekday ("كل صباح الأحد", "كل صباح
  /// يوم الجمعة": `XXXX-WXX-7TMO`, `XXXX-WXX-5TMO`).
  func everyArabicDayPart(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .every, !tokens[i].latin, continues(i + 1), !tokens[i + 1].definite,
      case .dayPart(let part) = tokens[i + 1].entry
    else { return nil }
    let code: String
    switch part {
    case .morning: code = "MO"
    case .afternoon: code = "AF"
    case .evening: code = "EV"
    case .night: code = "NI"
    case .noon: return nil
    }
    // "كل صباح الجمعة", "كل صباح يوم الجمعة": that part of every such weekday. ليلة before a
    // weekday may be the eve before it (ليلة الجمعة), left to the weekday rules.
    if continues(i + 2), case .weekday = tokens[i + 2].entry, part == .night { return nil }
    if continues(i + 2), tokens[i + 2].entry == .unit(.day, .singular), part == .night,
      weekdayAfterDayWord(i + 3) != nil
    {
      return nil
    }
    if continues(i + 2), case .weekday(let weekday) = tokens[i + 2].entry {
      return ParsedMatch(
        next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: setValue("XXXX-WXX-\(weekday)T\(code)", .hour))])
    }
    if continues(i + 2), tokens[i + 2].entry == .unit(.day, .singular), let weekday = weekdayAfterDayWord(i + 3) {
      return ParsedMatch(
        next: i + 4, items: [ParsedItem(first: i, last: i + 3, value: setValue("XXXX-WXX-\(weekday)T\(code)", .hour))])
    }
    return ParsedMatch(
      next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: setValue("XXXX-XX-XXT\(code)", .hour))])
  }
}
