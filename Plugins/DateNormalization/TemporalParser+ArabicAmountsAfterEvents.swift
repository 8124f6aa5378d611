extension TemporalParser {
  /// "بعد أسبوع، انهارت المحادثات", "وقّع الطرفان الاتفاق في 10 ديسمبر، وبعد أسبوع انهارت
  /// الهدنة": in a past clause, بعد and an amount count from the event told before it, not from
  /// the document date (which would put a past event ahead of it). The date in focus is found
  /// as for English "a week later" (`focusDate`): the last date of the sentence, else of the
  /// sentence before when the amount opens its sentence. With none, the amount alone is a
  /// DURATION (TimeML's reading of "a week after" an undated event). A present or future clause
  /// ("يعود الوفد بعد أسبوع") keeps the shift from the document date. `i` is the token of بعد,
  /// `next` the token after the amount.
  func arabicAmountAfterEvent(_ i: Int, count: Int, unit: TimeUnit, next: Int) -> ParsedMatch? {
    guard unit >= .day, sentenceTense(from: i, to: next) == .past else { return nil }
    switch focusDate(before: i, unit: unit, later: true) {
    case .date(let focus)?:
      guard let value = TemporalParser.shift(focus, by: count, unit) else { return nil }
      return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
    case .apposition?, nil:
      let duration = ParsedValue(
        label: .duration, value: TemporalParser.durationValue([(count, unit)]), mod: nil, anchored: false,
        grain: unit, hijri: nil, offset: nil, day: nil, clock: nil)
      return ParsedMatch(next: next, items: [ParsedItem(first: i + 1, last: next - 1, value: duration)])
    }
  }
}
