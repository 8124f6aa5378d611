extension TemporalParser {
  /// "ليلة الجمعة": in Arabic usage the night before the day, the eve (Thursday night, `TNI` of
  /// the Thursday), as "ليلة القدر" and "ليلة رأس السنة" are eves. "ليلة الخميس إلى الجمعة" and
  /// "ليلة الخميس على الجمعة" name the night from one day to the next: the first day's night.
  /// The weekday is placed by the sentence's tense as a bare one is ("سمع السكان دوي انفجارات
  /// ليلة الجمعة" is the night before the last Friday). `night` is the token of ليلة, `i` the
  /// expression's first token.
  func weekdayEve(_ i: Int, night: Int) -> ParsedMatch? {
    guard TemporalParser.eveNightHashes.contains(tokens[night].wordHash) else { return nil }
    var k = night + 1
    if continues(k), case .unit(.day, .singular)? = tokens[k].entry, !tokens[k].definite { k += 1 }
    guard continues(k), case .weekday(let weekday)? = tokens[k].entry, let date = longestDay([dateExpression(k)]),
      let day = date.items[0].value.day
    else { return nil }
    var eve = day.adding(days: -1)
    var next = date.next
    if continues(next + 1), keyword(next) == .to || tokens[next].wordHash == TemporalParser.alaHash,
      case .weekday(let following)? = tokens[next + 1].entry, following == weekday % 7 + 1
    {
      eve = day
      next += 2
    }
    guard let value = partOfDayValue(eve, .night, anchored: date.items[0].value.anchored) else { return nil }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }

  static let eveNightHashes: Set<UInt64> = Set(["ليلة", "وليلة"].map(WordHasher.hash))
}
