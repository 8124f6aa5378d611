import Foundation

/// Conversion between the Umm al-Qura Hijri calendar and Gregorian dates, through ICU.
///
/// Foundation's `Calendar(identifier: .islamicUmmAlQura)` carries the Umm al-Qura tables
/// (1300-1600 AH) and falls back to the arithmetic calendar outside them.
enum HijriCalendar {
  private static let hijri = Calendar.inZone(.islamicUmmAlQura)
  private static let gregorian = Calendar.inZone(.gregorian)

  /// The Gregorian date of a Hijri day; nil when the day does not exist (day 30 of a
  /// 29-day month is accepted and read as the day after the 29th, as newspapers do).
  static func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
    guard (1...1700).contains(year), (1...12).contains(month), (1...30).contains(day) else {
      return nil
    }
    let components = DateComponents(year: year, month: month, day: 1)
    guard let first = hijri.date(from: components) else { return nil }
    let date = first.addingTimeInterval(Double(day - 1) * 86_400)
    let parts = gregorian.dateComponents([.year, .month, .day], from: date)
    guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }

  /// The Hijri year, month and day of a Gregorian date.
  static func hijri(of date: CivilDate) -> (year: Int, month: Int, day: Int)? {
    guard
      let instant = gregorian.date(
        from: DateComponents(year: date.year, month: date.month, day: date.day))
    else { return nil }
    let parts = hijri.dateComponents([.year, .month, .day], from: instant)
    guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
    return (y, m, d)
  }

  /// The number of days of a Hijri month.
  static func length(year: Int, month: Int) -> Int? {
    guard let first = gregorian(year: year, month: month, day: 1) else { return nil }
    let nextYear = month == 12 ? year + 1 : year
    let nextMonth = month == 12 ? 1 : month + 1
    guard let next = gregorian(year: nextYear, month: nextMonth, day: 1) else { return nil }
    return next.dayNumber - first.dayNumber
  }
}
