extension TemporalParser {
  /// "from 10 p.m. to midnight", "between 8 pm and midnight": midnight closing a range of the
  /// evening is the end of the start's day (`T24:00`, as منتصف الليل is); alone it stays out
  /// (which day "until midnight" ends depends on more than the clock).
  func rangeToMidnight(_ i: Int, from first: ClockReading) -> ParsedMatch? {
    guard first.clock.hour >= 12, first.clock.dayShift == 0, let connector = rangeConnector(first.next),
      continues(connector), tokens[connector].latin, keyword(connector) == .midnight
    else { return nil }
    let end = Clock(hour: 24, minute: 0, second: nil, grain: .hour)
    return ParsedMatch(
      next: connector + 1,
      items: [
        ParsedItem(first: i, last: first.next - 1, value: clockValue(first.clock, mod: first.mod)),
        ParsedItem(first: connector, last: connector, value: clockValue(end, mod: nil)),
      ])
  }
}
