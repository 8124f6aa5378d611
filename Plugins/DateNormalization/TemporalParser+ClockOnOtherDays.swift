extension TemporalParser {
  /// The grammar as it reads a clock time on a day other than the reference's: without the
  /// reference instant, so that "at 9" on Thursday is 09:00 even when 09:00 has passed today
  /// (Duckling's hour on a given day is the day's first), while "at 9" alone, said at 10:30,
  /// stays tonight's.
  func withoutInstant(unless day: CivilDate) -> TemporalParser? {
    guard options.preference == .future, let anchor, anchor.secondOfDay != nil, anchor.date != day else {
      return nil
    }
    var copy = TemporalParser(
      tokens: tokens,
      anchor: TemporalAnchor(date: anchor.date, utcOffsetMinutes: anchor.utcOffsetMinutes, source: anchor.source),
      options: options)
    copy.expressionStart = expressionStart
    copy.text = text
    copy.regionByteStart = regionByteStart
    return copy
  }
}
