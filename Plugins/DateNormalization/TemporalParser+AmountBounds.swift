extension TemporalParser {
  /// An amount of time with a bound before it, TIMEX3's `mod` (the TIDES TIMEX2 guidelines'
  /// table of modifiers, which TimeML's `mod` takes over): "more than two years" `P2Y`
  /// MORE_THAN, "less than a month" `P1M` LESS_THAN, "nearly three months" and "almost a
  /// decade" LESS_THAN, "about five years" APPROX (Arabic: `boundedArabicAmount`). Before "ago" the
  /// bound moves the date: "more than two years ago" is BEFORE that day, "less than a week
  /// ago" AFTER it. "more than" and "less than" are part of the extent; an adverb ("nearly",
  /// "about") is not, as the clock times leave "about" out ("at about 10:30 p.m.").
  func boundedAmount(at i: Int) -> ParsedMatch? {
    guard continues(i), let word = keyword(i) else { return nil }
    var j = i + 1
    var first = i
    let amountModifier: TemporalModifier
    let agoModifier: TemporalModifier
    switch word {
    case .amountBound(.more), .amountBound(.less):
      guard tokens[i].latin, keyword(j) == .amountBound(.than) else { return nil }
      j += 1
      let more = word == .amountBound(.more)
      amountModifier = more ? .moreThan : .lessThan
      agoModifier = more ? .before : .after
    case .amountBound(.nearly):
      guard tokens[i].latin else { return nil }
      first = j
      amountModifier = .lessThan
      agoModifier = .after
    case .approximately:
      // Arabic حوالي / نحو are read by the Arabic rules of their own.
      guard tokens[i].latin else { return nil }
      first = j
      amountModifier = .approx
      agoModifier = .approx
    default:
      return nil
    }
    // "more than two years ago": a date before the day two years back.
    if let relative = relativeExpression(j), relative.items.count == 1, relative.items[0].first == j,
      relative.items[0].value.label == .date, relative.next > j, keyword(relative.next - 1) == .ago
    {
      var result = relative
      result.items[0].first = first
      result.items[0].value.mod = agoModifier
      return result
    }
    if let amount = durationExpression(j), amount.items.count == 1, amount.items[0].first == j,
      amount.items[0].value.label == .duration
    {
      var result = amount
      result.items[0].first = first
      result.items[0].value.mod = amountModifier
      return result
    }
    // "more than a decade", "less than an hour": the article counts one.
    guard let counted = countedUnit(j, allowBareSingular: false, allowArticle: true),
      keyword(counted.next) != .ago, keyword(counted.next) != .hence
    else { return nil }
    let value = ParsedValue(
      label: .duration, value: TemporalParser.durationValue([(counted.count, counted.unit)]), mod: amountModifier,
      anchored: false, grain: counted.unit, hijri: nil, offset: nil, day: nil, clock: nil)
    return ParsedMatch(next: counted.next, items: [ParsedItem(first: first, last: counted.next - 1, value: value)])
  }
}
