extension TemporalParser {
  /// A Hijri year alone: "عام 1445 هـ", "سنة 1446 هجرية", "1445هـ". TIMEX3 has no value for a
  /// year of another calendar; as for a Hijri month (`hijriMonthExpression`), the value is the
  /// Gregorian date of the year's first day, 1 Muharram by the Umm al-Qura tables
  /// (`HijriCalendar`: 1 Muharram 1445 = 2023-07-19), with `grain: year` and the Hijri year
  /// (`hijri: 1445`): the two together give the span, which crosses two Gregorian years.
  func hijriYearExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin, let found = year(i), found.hijri,
      let first = HijriCalendar.gregorian(year: found.year, month: 1, day: 1)
    else { return nil }
    var value = dayValue(first, anchored: false, hijri: pad(found.year, 4))
    value.grain = .year
    value.day = nil
    return ParsedMatch(next: found.next, items: [ParsedItem(first: i, last: found.next - 1, value: value)])
  }
}
