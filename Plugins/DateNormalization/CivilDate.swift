/// A proleptic Gregorian calendar date, with the arithmetic relative expressions need.
///
/// Day numbers count from 1970-01-01 (Howard Hinnant's `days_from_civil`), so adding days,
/// finding weekdays and comparing dates are integer operations with no Foundation calendar
/// on the hot path.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date with this day number (days since 1970-01-01).
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Days since 1970-01-01.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  public var weekday: Int {
    let value = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (3 from Monday).
    return (value < 0 ? value + 7 : value) + 1
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether year, month and day name a real date.
  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    (1...9999).contains(year) && (1...12).contains(month) && day >= 1
      && day <= daysIn(month: month, year: year)
  }

  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// Adds months, clamping the day to the length of the target month.
  public func adding(months: Int) -> CivilDate {
    let total = year * 12 + (month - 1) + months
    let newYear = total >= 0 ? total / 12 : (total - 11) / 12
    let newMonth = total - newYear * 12 + 1
    return CivilDate(
      year: newYear, month: newMonth, day: min(day, CivilDate.daysIn(month: newMonth, year: newYear)))
  }

  /// The ISO 8601 week-numbering year and week of this date.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let firstOfYear = CivilDate(year: thursday.year, month: 1, day: 1)
    return (thursday.year, (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
  }

  /// The Monday of an ISO week.
  public static func monday(isoYear: Int, week: Int) -> CivilDate {
    let january4 = CivilDate(year: isoYear, month: 1, day: 4)
    return january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

  /// `YYYY-MM-DD`.
  public var description: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

  /// Reads `YYYY-MM-DD`, optionally followed by a time (`T...` or a space), as metadata gives it.
  public init?(iso text: String) {
    let digits = Array(text.utf8.prefix(10))
    guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in digits[range] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
      CivilDate.isValid(year: y, month: m, day: d)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }
}

/// Zero-pads a non-negative number to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
  let text = String(value)
  return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
