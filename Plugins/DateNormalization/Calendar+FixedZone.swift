import Foundation

extension Calendar {
  /// An ICU calendar in a fixed time zone, so that a day converts to the same day everywhere
  /// (the conversions ask at noon of a day).
  static func inZone(_ identifier: Calendar.Identifier, _ zone: String = "UTC") -> Calendar {
    var calendar = Calendar(identifier: identifier)
    calendar.timeZone = TimeZone(identifier: zone)!
    return calendar
  }
}
