extension TemporalParser {
  /// A range of clock times with one zone after its end ("9:30 - 11:00 CST", "from 0900 to
  /// 1100 GMT"): the zone is the opening's too. When the reference instant states a zone, the
  /// end was converted to it; the opening is converted the same way (before, only the end
  /// was). Without a zoned reference both stay as written.
  func sharingZone(_ opening: ClockReading, with closing: ClockReading) -> ClockReading {
    guard let referenceOffset = anchor?.utcOffsetMinutes, closing.next > 0 else { return opening }
    let zoneOffset: Int
    switch tokens[closing.next - 1].entry {
    case .timeZone(let offset)?: zoneOffset = offset
    case .keyword(.utc)?: zoneOffset = 0
    default: return opening
    }
    // The opening carried its own zone.
    if opening.next > 0, case .timeZone = tokens[opening.next - 1].entry { return opening }
    if opening.next > 0, keyword(opening.next - 1) == .utc { return opening }
    var shifted = opening
    var minutes = opening.clock.hour * 60 + opening.clock.minute + referenceOffset - zoneOffset
    while minutes < 0 {
      minutes += 1440
      shifted.clock.dayShift -= 1
    }
    while minutes >= 1440 {
      minutes -= 1440
      shifted.clock.dayShift += 1
    }
    shifted.clock.hour = minutes / 60
    shifted.clock.minute = minutes % 60
    return shifted
  }
}
