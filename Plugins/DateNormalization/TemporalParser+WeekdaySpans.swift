extension TemporalParser {
  /// "from Monday to Wednesday", "Tuesday through Friday", "between Monday and Thursday": the
  /// first weekday as a weekday alone is read, the second the first such day from it on, so
  /// that the span runs forward (Duckling's interval of two days of the week).
  func weekdaySpan(_ i: Int) -> ParsedMatch? {
    var j = i
    let between = keyword(j) == .between
    if between || keyword(j) == .from { j += 1 }
    guard continues(j), tokens[j].latin, case .weekday(let first) = tokens[j].entry else { return nil }
    let k = j + 1
    if between {
      guard keyword(k) == .and else { return nil }
    } else {
      guard keyword(k) == .to || isPunctuation(k, "-", "–") else { return nil }
    }
    guard continues(k + 1), tokens[k + 1].latin, case .weekday(let last) = tokens[k + 1].entry,
      let start = weekdayDate(first, direction: nil)
    else { return nil }
    let forward = (last - first + 7) % 7
    let end = start.adding(days: forward == 0 ? 7 : forward)
    return ParsedMatch(
      next: k + 2,
      items: [
        ParsedItem(first: j, last: j, value: dayValue(start, anchored: true)),
        ParsedItem(first: k + 1, last: k + 1, value: dayValue(end, anchored: true)),
      ])
  }

  /// "this week's Friday", "last week's Sunday": that weekday of the week named.
  func weekdayOfANamedWeek(_ i: Int) -> ParsedMatch? {
    guard tokens[i].latin, keyword(i) == .this || keyword(i) == .the || entry(i).map(isDirection) == true,
      let period = relativePeriod(i, allowBare: false), period.items.count == 1,
      period.items[0].value.grain == .week
    else { return nil }
    var k = period.next
    if isPunctuation(k, "'", "’") { k += 1 }
    guard keyword(k) == .possessive, continues(k + 1), case .weekday(let weekday) = tokens[k + 1].entry else {
      return nil
    }
    let text = Array(period.items[0].value.value.utf8)
    guard text.count == 8, text[5] == UInt8(ascii: "W"), let year = Int(String(decoding: text[0..<4], as: UTF8.self)),
      let week = Int(String(decoding: text[6..<8], as: UTF8.self))
    else { return nil }
    let date = CivilDate.monday(isoYear: year, week: week).adding(days: weekday - 1)
    return ParsedMatch(next: k + 2, items: [ParsedItem(first: i, last: k + 1, value: dayValue(date, anchored: true))])
  }

  private func isDirection(_ entry: LexicalEntry) -> Bool {
    if case .direction = entry { return true }
    return false
  }
}
