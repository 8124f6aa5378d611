extension TemporalParser {
  /// "the past decade", "the last decade", "في العقد الأخير", "خلال العقد الأخير": the ten
  /// years up to the anchor, a DURATION of one decade (P1DE) as TimeML writes "the past three
  /// years" and as the stage reads "the last two decades". "the past week", "the last year",
  /// "the past month" likewise (P1W, P1Y, P1M); "last week" without the article is the
  /// calendar week before the anchor's. Not "the last decade of the century"
  /// nor "العقد الأخير من القرن" (a decade of another period), and the Arabic only after a
  /// preposition of time, since العقد is also "the contract" ("وقعت الشركة العقد الأخير"); the
  /// lexicon gives العقد an entry of its own so that no other rule reads it.
  func recentDecade(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    let next: Int
    var unit = TimeUnit.decade
    if tokens[i].latin {
      guard keyword(i) == .the, continues(i + 1), tokens[i + 1].entry == .direction(.past), continues(i + 2),
        case .unit(let found, .singular) = tokens[i + 2].entry,
        found == .decade || found == .year || found == .month || found == .week
      else { return nil }
      unit = found
      next = i + 3
      // "the last week before the vote", "the last year after the war": the final one of
      // another period.
      if unit != .decade, keyword(next) == .before || keyword(next) == .after { return nil }
    } else {
      guard keyword(i) == .definiteDecade, keyword(i + 1) == .lastInPeriod, i > 0, !tokens[i].newlineBefore,
        keyword(i - 1) == .inPreposition || keyword(i - 1) == .during
          || keyword(i - 1) == .forDuration
      else { return nil }
      next = i + 2
    }
    if keyword(next) == .of || keyword(next) == .from { return nil }
    let value = ParsedValue(
      label: .duration, value: TemporalParser.durationValue([(1, unit)]), mod: nil, anchored: false,
      grain: unit, hijri: nil, offset: nil, day: nil, clock: nil)
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }
}
