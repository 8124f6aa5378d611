extension DucklingNotation {
  /// A date shifted from the reference ("7 days ago", "in a day", "a day from now", "three
  /// months hence", "two years ago") in Duckling's notation: Duckling shifts the reference
  /// instant and keeps the grain below the unit written (days → the hour, months → the day,
  /// years → the month: "two years ago" on 12 February 2013 at 04:30 is February 2011). The
  /// stage gives TIMEX3's day, month or year (`2011`); this only rewrites it. Weeks keep the
  /// day, as in Duckling. Nil for anything else, or a reference without a clock.
  static func shiftValue(of expression: TemporalExpression, anchor: TemporalAnchor?) -> (value: String, grain: String)?
  {
    guard let anchor, let second = anchor.secondOfDay, expression.label == .date, expression.mod == nil else {
      return nil
    }
    let words = expression.text.lowercased().split(separator: " ").map(String.init)
    guard words.count >= 2 else { return nil }
    let unitWord: String
    if words.last == "ago" || words.last == "hence" {
      unitWord = words[words.count - 2]
    } else if words.count >= 3, words.suffix(2) == ["from", "now"] {
      unitWord = words[words.count - 3]
    } else if words.count >= 3, words.suffix(2) == ["from", "today"] {
      // "3 years from today": counted from the day, at the day.
      guard let date = CivilDate(iso: expression.value) ?? shiftedDay(expression.value, anchor: anchor) else {
        return nil
      }
      return ("\(date)T00:00:00", "day")
    } else if words.first == "in" {
      unitWord = words[words.count - 1]
    } else {
      return nil
    }
    let value = expression.value
    switch unitWord {
    case "day", "days", "fortnight", "fortnights":
      guard value.utf8.count == 10, let date = CivilDate(iso: value) else { return nil }
      return ("\(date)T\(pad(second / 3600, 2)):00:00", "hour")
    case "month", "months":
      guard value.utf8.count == 7, let year = Int(value.prefix(4)), let month = Int(value.suffix(2)) else { return nil }
      let shift = (year * 12 + month) - (anchor.date.year * 12 + anchor.date.month)
      return ("\(anchor.date.adding(months: shift))T00:00:00", "day")
    case "year", "years":
      guard value.utf8.count == 4, let year = Int(value) else { return nil }
      return ("\(CivilDate(year: year, month: anchor.date.month, day: 1))T00:00:00", "month")
    default:
      return nil
    }
  }

  /// The anchor's day moved to the month or year of a shifted value ("2016" from 12 February
  /// 2013 is 12 February 2016).
  private static func shiftedDay(_ value: String, anchor: TemporalAnchor) -> CivilDate? {
    if value.utf8.count == 4, let year = Int(value) {
      return anchor.date.adding(months: 12 * (year - anchor.date.year))
    }
    if value.utf8.count == 7, let year = Int(value.prefix(4)), let month = Int(value.suffix(2)) {
      return anchor.date.adding(months: (year * 12 + month) - (anchor.date.year * 12 + anchor.date.month))
    }
    return nil
  }
}
