import Foundation

/// The Hebrew calendar, through ICU (Foundation's `.hebrew` calendar, also on Linux): the
/// Gregorian day of a Hebrew date.
enum HebrewCalendar {
  /// Months as ICU numbers them: Adar I exists only in leap years, and Adar (Adar II in a leap
  /// year) keeps its number 7 in every year, so Purim is always 14 `adar`.
  enum Month: Int, CaseIterable, Sendable {
    case tishrei = 1
    case heshvan
    case kislev
    case tevet
    case shevat
    case adarI
    case adar
    case nisan
    case iyar
    case sivan
    case tammuz
    case av
    case elul

    var name: String {
      [
        "Tishrei", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar I", "Adar", "Nisan", "Iyar", "Sivan", "Tammuz", "Av",
        "Elul",
      ][rawValue - 1]
    }
  }

  private static let hebrew = Calendar.inZone(.hebrew)
  private static let gregorian = Calendar.inZone(.gregorian)

  /// The Gregorian day whose daytime is the Hebrew date (the Hebrew day began at the sunset
  /// before), nil for a day the month or year does not have.
  static func gregorian(year: Int, month: Month, day: Int) -> CivilDate? {
    guard (3762...13_760).contains(year),
      let date = hebrew.date(from: DateComponents(year: year, month: month.rawValue, day: day, hour: 12))
    else { return nil }
    let back = hebrew.dateComponents([.year, .month, .day], from: date)
    guard back.year == year, back.month == month.rawValue, back.day == day else { return nil }
    let parts = gregorian.dateComponents([.year, .month, .day], from: date)
    guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }

  /// The Hebrew date whose daytime is a Gregorian day, written "15 Nisan 5778" ("Adar II" in a
  /// leap year).
  static func description(of date: CivilDate) -> String? {
    guard
      let instant = gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
    else { return nil }
    let parts = hebrew.dateComponents([.year, .month, .day], from: instant)
    guard let year = parts.year, let day = parts.day, let month = parts.month.flatMap(Month.init(rawValue:)) else {
      return nil
    }
    // A leap year has 13 months: 7 of every 19, those with (7y + 1) mod 19 < 7.
    let name = month == .adar && (7 * year + 1) % 19 < 7 ? "Adar II" : month.name
    return "\(day) \(name) \(year)"
  }

  /// The occurrence of a Hebrew day in a Gregorian year and its Hebrew year: Tishrei to Kislev
  /// fall in the autumn of Gregorian year Y in Hebrew year Y + 3761, Tevet to Elul in Y + 3760.
  static func occurrence(month: Month, day: Int, inGregorianYear year: Int) -> (date: CivilDate, hebrewYear: Int)? {
    for hebrewYear in [year + 3760, year + 3761] {
      if let date = gregorian(year: hebrewYear, month: month, day: day), date.year == year {
        return (date, hebrewYear)
      }
    }
    return nil
  }
}
