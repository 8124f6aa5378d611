import Foundation

/// The Chinese lunisolar calendar, through ICU: the Gregorian day of the Lunar New Year.
enum ChineseCalendar {
  private static let chinese = Calendar.inZone(.chinese, "Asia/Shanghai")
  private static let gregorian = Calendar.inZone(.gregorian, "Asia/Shanghai")

  /// The first day of the first month in a Gregorian year (it falls between 21 January and
  /// 20 February).
  static func newYear(in year: Int) -> CivilDate? {
    guard (1...9999).contains(year),
      let start = gregorian.date(from: DateComponents(year: year, month: 1, day: 21, hour: 12))
    else { return nil }
    for offset in 0..<31 {
      let date = start.addingTimeInterval(Double(offset) * 86_400)
      let parts = chinese.dateComponents([.month, .day, .isLeapMonth], from: date)
      if parts.month == 1, parts.day == 1, parts.isLeapMonth != true {
        return CivilDate(year: year, month: 1, day: 21).adding(days: offset)
      }
    }
    return nil
  }
}
