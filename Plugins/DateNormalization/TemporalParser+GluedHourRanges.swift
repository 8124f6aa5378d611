extension TemporalParser {
  /// The second hour of an Arabic range joined by a glued و: "بين الساعة الثانية والرابعة بعد
  /// الظهر" is 14:00 to 16:00, the part of the day after the range applying to both ends, as
  /// it does with a spaced connector. Only when the first hour has no part of its own ("بين
  /// الساعة الثامنة صباحا والسابعة مساء" reads each hour alone, as before).
  func gluedAndBeforeHour(_ k: Int, after first: ClockReading) -> Int? {
    guard first.dayPart == nil, continues(k), !tokens[k].latin, tokens[k].conjunction else { return nil }
    return k
  }
}
