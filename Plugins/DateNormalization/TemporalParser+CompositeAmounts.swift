extension TemporalParser {
  /// An amount in two units, from the anchor: "in 2 hours and 30 minutes", "a day and 6 hours
  /// ago", "1 week 3 days from now" (Duckling's composite durations), counted in the smaller
  /// unit.
  func compositeShift(_ i: Int) -> ParsedMatch? {
    var j = i
    var sign = 0
    if keyword(j) == .inPreposition, tokens[j].latin {
      sign = 1
      j += 1
    }
    guard let larger = countedUnit(j, allowBareSingular: false, allowArticle: true), larger.count > 0 else {
      return nil
    }
    var k = larger.next
    if keyword(k) == .and { k += 1 }
    guard let smaller = countedUnit(k, allowBareSingular: false, allowArticle: true), smaller.count > 0,
      let factor = TemporalParser.unitsPer(larger.unit, smaller.unit)
    else { return nil }
    var next = smaller.next
    if sign == 0 {
      guard let shift = shiftFromNow(next) else { return nil }
      (sign, next) = shift
    }
    guard let value = shifted(by: sign * (larger.count * factor + smaller.count), smaller.unit) else { return nil }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }

  /// "ago", "hence" or "from now" at `k`: the direction of a shift from the anchor, and the
  /// token after the words.
  func shiftFromNow(_ k: Int) -> (sign: Int, next: Int)? {
    if keyword(k) == .ago || keyword(k) == .hence { return (keyword(k) == .ago ? -1 : 1, k + 1) }
    if keyword(k) == .from, keyword(k + 1) == .now { return (1, k + 2) }
    return nil
  }

  /// How many of the smaller unit make the larger, for units of a fixed ratio.
  static func unitsPer(_ larger: TimeUnit, _ smaller: TimeUnit) -> Int? {
    switch (larger, smaller) {
    case (.minute, .second), (.hour, .minute): 60
    case (.day, .hour): 24
    case (.week, .day): 7
    case (.year, .month): 12
    default: nil
    }
  }
}
