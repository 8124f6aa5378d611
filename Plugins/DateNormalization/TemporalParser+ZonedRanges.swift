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
    let converted = TemporalParser.convert(
      hour: opening.clock.hour, minute: opening.clock.minute, from: zoneOffset, to: referenceOffset)
    shifted.clock.hour = converted.hour
    shifted.clock.minute = converted.minute
    shifted.clock.dayShift += converted.dayShift
    return shifted
  }

  /// A clock time written in one UTC offset (minutes), read in another: the hour, the minute
  /// and the days it crosses.
  static func convert(hour: Int, minute: Int, from zone: Int, to reference: Int) -> (
    hour: Int, minute: Int, dayShift: Int
  ) {
    var minutes = hour * 60 + minute + reference - zone
    var dayShift = 0
    while minutes < 0 {
      minutes += 1440
      dayShift -= 1
    }
    while minutes >= 1440 {
      minutes -= 1440
      dayShift += 1
    }
    return (minutes / 60, minutes % 60, dayShift)
  }
}
