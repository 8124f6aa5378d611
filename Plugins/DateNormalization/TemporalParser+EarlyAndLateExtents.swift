extension TemporalParser {
  /// "early on Friday", "late Wednesday", "earlier this week", "later this month": the word of
  /// the early or late part belongs to the expression, as TimeML marks "late last night". The
  /// day keeps its value with START or END ("early Tuesday" `2024-03-12` START); "earlier" and
  /// "later" before the current period only say where in it, and leave it as it is ("earlier
  /// this week" `2024-W10`). After "open" or "up" the word tells how long something stayed
  /// open ("Shops stayed open late on Sunday", "Bars stayed open until late on Saturday", "He worked late on
  /// Friday"), and the day alone is the expression.
  func earlyOrLateExtent(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin, i + 1 < tokens.count else { return nil }
    let hash = tokens[i].wordHash
    if case .earlierOrLater? = keyword(i) {
      guard keyword(i + 1) == .this || entry(i + 1) == .dayOffset(0),
        let period = longer(relativeExpression(i + 1), relativePeriod(i + 1, allowBare: false)),
        period.items.count == 1, period.items[0].first == i + 1, period.items[0].value.mod == nil,
        period.items[0].value.grain >= .day, period.items[0].value.label == .date
      else { return nil }
      var result = period
      result.items[0].first = i
      return result
    }
    guard hash == TemporalParser.earlyHash || hash == TemporalParser.lateHash else { return nil }
    if i > 0, !tokens[i].newlineBefore, TemporalParser.openLateHashes.contains(tokens[i - 1].wordHash) { return nil }
    let j = keyword(i + 1) == .on ? i + 2 : i + 1
    guard continues(j), case .weekday? = tokens[j].entry, let day = dateExpression(j), day.items.count == 1,
      day.items[0].first == j, day.items[0].value.label == .date, day.items[0].value.mod == nil,
      day.items[0].value.grain == .day
    else { return nil }
    var result = day
    result.items[0].first = i
    result.items[0].value.mod = hash == TemporalParser.earlyHash ? .start : .end
    return result
  }

  private func longer(_ a: ParsedMatch?, _ b: ParsedMatch?) -> ParsedMatch? {
    var best = a
    TemporalParser.keepLonger(&best, b)
    return best
  }

  static let earlyHash = WordHasher.hash("early")
  static let lateHash = WordHasher.hash("late")
  /// Words after which "late" is about hours or tardiness, not the part of the day: "stayed
  /// open late", "until late on Saturday", "worked late", "ran late".
  static let openLateHashes: Set<UInt64> = Set(
    ["open", "up", "until", "till", "stayed", "stay", "stays", "worked", "work", "works", "ran", "running"].map(
      WordHasher.hash))
}
