extension TemporalParser {
  /// "the closest Monday to Oct 5th", "the second closest Mon to October fifth": the weekday
  /// nearest a date, counting outwards from it on both sides (Duckling's English rule "the
  /// <ordinal> closest <day> to <time>"); the date itself counts when it is that weekday.
  func closestWeekday(_ i: Int) -> ParsedMatch? {
    var j = i
    if keyword(j) == .the { j += 1 }
    var nth = 1
    if let (value, next) = ordinal(j, allowTens: false) {
      nth = value
      j = next
    }
    guard keyword(j) == .closest, tokens[j].latin, continues(j + 1), case .weekday(let weekday) = tokens[j + 1].entry,
      keyword(j + 2) == .to,
      let date = dateExpression(j + 3), date.items.count == 1, let day = date.items[0].value.day,
      date.items[0].value.mod == nil, (1...5).contains(nth)
    else { return nil }
    var found: [CivilDate] = []
    for distance in 0...(7 * nth) {
      for candidate in distance == 0 ? [day] : [day.adding(days: distance), day.adding(days: -distance)]
      where candidate.weekday == weekday {
        found.append(candidate)
      }
    }
    guard found.count >= nth else { return nil }
    let value = dayValue(found[nth - 1], anchored: date.items[0].value.anchored)
    return ParsedMatch(next: date.next, items: [ParsedItem(first: i, last: date.next - 1, value: value)])
  }
}
