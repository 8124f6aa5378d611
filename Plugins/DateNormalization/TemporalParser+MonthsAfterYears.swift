extension TemporalParser {
  /// The year a bare month (or day and month) takes from a year named just before it in the
  /// same sentence, with at most a preposition between: "الانتخابات الرئاسية 2016 في نوفمبر" is
  /// November 2016, "founded in 1998 in March" March 1998, not the month nearest the reference.
  /// `year` is the year's value and last token; `item` is the month's reading. Nil when the
  /// month keeps its own placement (a direction word such as "الماضي", a year of its own, a
  /// farther year, a comma or a line between).
  func monthInNamedYear(_ item: ParsedItem, after year: (value: Int, last: Int)) -> ParsedValue? {
    guard item.first > year.last, item.first - year.last <= 3 else { return nil }
    // Only words between ("2016 في نوفمبر"): a comma sets the month in the clause after it
    // ("Compared with 2019, in March sales rose" is this March).
    for k in year.last..<item.first {
      if tokens[k + 1].newlineBefore || (k > year.last && tokens[k].kind != .word) { return nil }
    }
    return bareMonth(item, inYear: year.value)
  }

  /// The reading of a bare month, or day and month, `item` moved into `year`; nil when it has
  /// a direction word, a year of its own or a modifier.
  func bareMonth(_ item: ParsedItem, inYear year: Int) -> ParsedValue? {
    let value = item.value
    guard value.anchored, value.mod == nil, value.label == .date, value.grain == .month || value.grain == .day,
      item.last - item.first <= 2
    else { return nil }
    var month = false
    for k in item.first...item.last {
      switch tokens[k].kind {
      case .number: continue
      case .punctuation: if !isPunctuation(k, ".") { return nil }
      case .word:
        guard case .month? = tokens[k].entry else { return nil }
        month = true
      }
    }
    guard month else { return nil }
    let text = value.value
    guard text.utf8.count >= 7 else { return nil }
    var result = value
    result.value = pad(year, 4) + text.dropFirst(4)
    if value.grain == .day {
      guard let day = CivilDate(iso: result.value) else { return nil }
      result.day = day
    }
    return result
  }
}
