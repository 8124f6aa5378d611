extension TemporalParser {
  /// Arabic parts of the day that are one only before a day: "ظهر غد", "ظهيرة اليوم", "ظهر
  /// الأحد" (noon, `T12:00`), "بعد ظهر أمس" (the afternoon), "ليل الثلاثاء" (the night after
  /// that day, `TNI`). ظهر is also the verb "appeared", so a day must follow at once; ليلة
  /// (the eve before a day) stays out, as in `partOfDayExpression`.
  func arabicDayPart(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin else { return nil }
    var j = i
    var afternoon = false
    if keyword(j) == .after, keyword(j + 1) == .dayPartOf(.noon) {
      afternoon = true
      j += 1
    }
    guard case .dayPartOf(var part)? = keyword(j) else { return nil }
    if afternoon { part = .afternoon }
    j += 1
    if continues(j), case .unit(.day, .singular) = tokens[j].entry, !tokens[j].definite { j += 1 }
    guard let date = longestDay([relativeExpression(j), dateExpression(j)]), let day = date.items[0].value.day,
      let value = partOfDayValue(day, part, anchored: date.items[0].value.anchored)
    else { return nil }
    return ParsedMatch(next: date.next, items: [ParsedItem(first: i, last: date.next - 1, value: value)])
  }
}

extension TemporalParser {
  /// The longest of `candidates` that is a single day without a modifier (the first of equal
  /// lengths): the day a part of the day ("صباح الخميس", "ظهر غد") belongs to.
  func longestDay(_ candidates: [ParsedMatch?]) -> ParsedMatch? {
    var best: ParsedMatch?
    for candidate in candidates {
      guard let candidate, candidate.items.count == 1, candidate.items[0].value.day != nil,
        candidate.items[0].value.mod == nil, best == nil || candidate.next > best!.next
      else { continue }
      best = candidate
    }
    return best
  }
}
