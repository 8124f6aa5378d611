/// The calendar days a TIMEX3 value covers, so that it can be placed on a time axis.
///
/// Understands `2025`, `2025-10`, `2025-10-15` (with or without a time after `T`),
/// `2025-W42`, `2025-Q4`, `2025-H2` and seasons (`2025-SU`); anything else (durations, sets,
/// `PRESENT_REF`, partial values with `X`) has no interval.
struct TimexInterval: Hashable, Comparable {
  /// Days since 1970-01-01, inclusive bounds.
  var first: Int
  var last: Int

  static func < (lhs: TimexInterval, rhs: TimexInterval) -> Bool {
    (lhs.first, lhs.last) < (rhs.first, rhs.last)
  }

  var midpoint: Double { Double(first + last) / 2 }

  init(first: Int, last: Int) {
    self.first = first
    self.last = last
  }

  init?(timex value: String) {
    var value = Substring(value)
    if let t = value.firstIndex(of: "T") { value = value[..<t] }
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let yearPart = parts.first, yearPart.count == 4, let year = Int(yearPart) else {
      return nil
    }
    switch parts.count {
    case 1:
      self.init(first: Self.days(year, 1, 1), last: Self.days(year, 12, 31))
    case 2:
      let part = parts[1]
      if let month = Int(part), part.count == 2, (1...12).contains(month) {
        self.init(first: Self.days(year, month, 1), last: Self.days(year, month, Self.monthLength(year, month)))
      } else if part.hasPrefix("W"), let week = Int(part.dropFirst()), (1...53).contains(week) {
        // ISO week 1 holds January 4th; weeks start on Monday.
        let jan4 = Self.days(year, 1, 4)
        let weekday = ((jan4 + 3) % 7 + 7) % 7  // 0 = Monday
        let monday = jan4 - weekday + (week - 1) * 7
        self.init(first: monday, last: monday + 6)
      } else if part.hasPrefix("Q"), let quarter = Int(part.dropFirst()), (1...4).contains(quarter) {
        let month = (quarter - 1) * 3 + 1
        self.init(first: Self.days(year, month, 1), last: Self.days(year, month + 2, Self.monthLength(year, month + 2)))
      } else if part.hasPrefix("H"), let half = Int(part.dropFirst()), (1...2).contains(half) {
        let month = half == 1 ? 1 : 7
        self.init(first: Self.days(year, month, 1), last: Self.days(year, month + 5, Self.monthLength(year, month + 5)))
      } else if let season = ["SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12][String(part)] {
        self.init(first: Self.days(year, season, 1), last: Self.days(year, season, 1) + 90)
      } else {
        return nil
      }
    case 3:
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month),
        parts[2].count == 2, let day = Int(parts[2]), (1...Self.monthLength(year, month)).contains(day)
      else { return nil }
      let days = Self.days(year, month, day)
      self.init(first: days, last: days)
    default:
      return nil
    }
  }

  /// The publication day of a document from its metadata date (`2025-10-16`, or with a time).
  static func day(iso date: String?) -> Int? {
    guard let date, date.count >= 10 else { return nil }
    guard let interval = TimexInterval(timex: String(date.prefix(10))), interval.first == interval.last
    else { return nil }
    return interval.first
  }

  static func monthLength(_ year: Int, _ month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
  static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The civil date of a day number.
  static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// `YYYY-MM-DD` of a day number.
  static func isoString(_ days: Int) -> String {
    let (y, m, d) = civil(days)
    return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
  }
}
