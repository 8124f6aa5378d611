extension TemporalParser {
  /// "نهاية الأسبوع الماضي", "في عطلة نهاية الأسبوع الماضي": last weekend, valued as English
  /// "last weekend" (the weekend of the week before the anchor's, `2027-W10-WE` in a text of
  /// 2027-03-17), not the last week with END. News tells what happened over the weekend just
  /// gone so; looking ahead it sets deadlines ("سيتم خفض الإنتاج في نهاية الأسبوع المقبل": the
  /// end of next week), so the coming and the current week keep END. Only نهاية ("أواخر الأسبوع
  /// الماضي" is late last week). `i` is the first token of the match (the modifier, or the
  /// article before it), `j` the modifier.
  func arabicLastWeekend(_ i: Int, modifier j: Int) -> ParsedMatch? {
    guard continues(j), !tokens[j].latin, TemporalParser.arabicEndHashes.contains(tokens[j].wordHash),
      continues(j + 1), case .unit(.week, .singular) = tokens[j + 1].entry, tokens[j + 1].definite,
      continues(j + 2), case .direction(.past) = tokens[j + 2].entry, let anchor
    else { return nil }
    // The Saturday of the anchor's ISO week, a week back, as `weekendExpression` places it.
    let saturday = anchor.date.adding(days: 6 - anchor.date.weekday - 7)
    var value = weekValue(containing: saturday, anchored: true)
    value.value += "-WE"
    return ParsedMatch(next: j + 3, items: [ParsedItem(first: i, last: j + 2, value: value)])
  }

  /// نهاية and its forms with a proclitic.
  static let arabicEndHashes: Set<UInt64> = Set(
    ["نهاية", "ونهاية", "بنهاية", "وبنهاية", "فنهاية"].map(WordHasher.hash))
}
