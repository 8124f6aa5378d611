extension TemporalParser {
  /// "overnight" as an adverb of time: "Rebels shelled the suburbs overnight" is the night
  /// before the anchor day (TIMEX3 `TNI`), as news reports what happened while the paper was
  /// printed; a future sentence ("Rain will spread overnight") gives the coming night, the
  /// anchor day's. Only the adverb: before a noun it is an adjective ("an overnight stay",
  /// "overnight rates", "the overnight curfew"), so a punctuation mark, the end of the line or
  /// a preposition or conjunction must follow ("overnight in the north", "overnight and …"), or
  /// a weekday (`overnightOfWeekday`).
  func overnightExpression(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .overnight, tokens[i].latin else { return nil }
    if i > 0, continues(i), keyword(i - 1) == .article || keyword(i - 1) == .the { return nil }
    let k = i + 1
    if let night = overnightOfWeekday(i) { return night }
    if continues(k) {
      if tokens[k].kind == .punctuation {
        // "overnight-stay", "an overnight/weekend curfew".
        if isPunctuation(k, "-", "/") { return nil }
      } else if !(tokens[k].latin && TemporalParser.afterOvernightHashes.contains(tokens[k].wordHash)) {
        return nil
      }
    }
    guard let anchor else { return nil }
    let day = options.preference == .future ? anchor.date : anchor.date.adding(days: -1)
    let value = ParsedValue(
      label: .time, value: day.description + "TNI", mod: nil, anchored: true, grain: .hour, hijri: nil,
      offset: nil, day: nil, clock: nil)
    return ParsedMatch(next: i + 1, items: [ParsedItem(first: i, last: i, value: value)])
  }

  /// "overnight on Saturday", "overnight Saturday (into Sunday)": the night of that weekday,
  /// placed by the sentence's tense as the weekday alone is ("Jets struck overnight on
  /// Saturday" is last Saturday's night, TIMEX3 `TNI`; the extent takes the adverb).
  private func overnightOfWeekday(_ i: Int) -> ParsedMatch? {
    var k = i + 1
    if keyword(k) == .on { k += 1 }
    guard continues(k), tokens[k].latin, case .weekday = tokens[k].entry, let found = weekdayExpression(k),
      found.items.count == 1, found.items[0].value.grain == .day, found.items[0].value.label == .date,
      found.items[0].value.anchored, found.items[0].value.value.count == 10
    else { return nil }
    var value = found.items[0].value
    value.label = .time
    value.value += "TNI"
    value.grain = .hour
    value.day = nil
    return ParsedMatch(next: found.next, items: [ParsedItem(first: i, last: found.items[0].last, value: value)])
  }

  /// Words that may follow the adverb "overnight": prepositions and conjunctions.
  static let afterOvernightHashes: Set<UInt64> = Set(
    [
      "in", "at", "into", "near", "across", "around", "along", "from", "to", "after", "before", "and", "but",
      "as", "while", "amid", "with", "without", "for", "by", "through", "until", "off", "up", "down", "outside",
      "inside", "against", "over", "when",
    ].map(WordHasher.hash))
}
