extension TemporalParser {
  /// A day-precision DATE.
  func dayValue(_ date: CivilDate, anchored: Bool, hijri: String? = nil) -> ParsedValue {
    ParsedValue(
      label: .date, value: date.description, mod: nil, anchored: anchored, grain: .day,
      hijri: hijri, offset: nil, day: date, clock: nil)
  }

  func monthValue(year: Int, month: Int, anchored: Bool) -> ParsedValue {
    ParsedValue(
      label: .date, value: "\(pad(year, 4))-\(pad(month, 2))", mod: nil, anchored: anchored,
      grain: .month, hijri: nil, offset: nil, day: nil, clock: nil)
  }

  func yearValue(_ year: Int, anchored: Bool) -> ParsedValue {
    ParsedValue(
      label: .date, value: pad(year, 4), mod: nil, anchored: anchored, grain: .year, hijri: nil,
      offset: nil, day: nil, clock: nil)
  }

  func weekValue(containing date: CivilDate, anchored: Bool) -> ParsedValue {
    let (year, week) = date.isoWeek
    return ParsedValue(
      label: .date, value: "\(pad(year, 4))-W\(pad(week, 2))", mod: nil, anchored: anchored,
      grain: .week, hijri: nil, offset: nil, day: nil, clock: nil)
  }

  /// An underspecified value: no anchor to resolve against.
  func unanchoredValue(_ value: String, grain: TimeUnit, offset: String? = nil) -> ParsedValue {
    ParsedValue(
      label: .date, value: value, mod: nil, anchored: false, grain: grain, hijri: nil,
      offset: offset, day: nil, clock: nil)
  }

  func timeValue(day: CivilDate?, clock: Clock, anchored: Bool) -> ParsedValue {
    var text =
      (day?.adding(days: clock.dayShift).description ?? "XXXX-XX-XX") + "T\(pad(clock.hour, 2)):\(pad(clock.minute, 2))"
    if let second = clock.second { text += ":\(pad(second, 2))" }
    return ParsedValue(
      label: .time, value: text, mod: nil, anchored: anchored, grain: clock.grain, hijri: nil,
      offset: nil, day: nil, clock: day == nil ? clock : nil)
  }

  /// The year of a month (and day) written without one, from the anchor, the tense word after
  /// it and the configured preference. The weekday, when given, picks among close candidates.
  func yearFor(month: Int, day: Int?, direction: Direction?, weekday: Int? = nil) -> Int? {
    guard let anchor else { return nil }
    let reference = anchor.date
    let preference: TemporalPreference
    // "ديسمبر الماضي" excludes the current month; a past sentence ("prices rose in March",
    // said in March) does not.
    var strict = false
    switch direction {
    case .past:
      preference = .past
      strict = true
    case .future: preference = .future
    case .current: return reference.year
    case nil: preference = options.preference
    }
    guard let day else {
      switch preference {
      case .past:
        return month < reference.month || (!strict && month == reference.month) ? reference.year : reference.year - 1
      case .future:
        return month >= reference.month ? reference.year : reference.year + 1
      case .nearest:
        let difference = month - reference.month
        if difference > 6 { return reference.year - 1 }
        if difference < -6 { return reference.year + 1 }
        if difference == 6 || difference == -6 { return difference > 0 ? reference.year - 1 : reference.year }
        return reference.year
      }
    }
    var candidates: [CivilDate] = []
    for year in (reference.year - 1)...(reference.year + 1)
    where CivilDate.isValid(year: year, month: month, day: day) {
      candidates.append(CivilDate(year: year, month: month, day: day))
    }
    if let weekday {
      let matching = candidates.filter { $0.weekday == weekday }
      if !matching.isEmpty { candidates = matching }
    }
    let anchorDay = reference.dayNumber
    switch preference {
    case .past:
      return candidates.filter { $0.dayNumber < anchorDay || (!strict && $0.dayNumber == anchorDay) }.max()?.year
        ?? candidates.min()?.year
    case .future:
      // Duckling keeps a day of the current month in the current month even when past.
      if month == reference.month, candidates.contains(where: { $0.year == reference.year }) {
        return reference.year
      }
      return candidates.filter { $0.dayNumber > anchorDay }.min()?.year ?? candidates.max()?.year
    case .nearest:
      return candidates.min { abs($0.dayNumber - anchorDay) < abs($1.dayNumber - anchorDay) }?.year
    }
  }

  /// The occurrence among `candidates` (one per year or month around the anchor) that the
  /// preference picks: the first on or after the anchor, the last on or before it, or the
  /// nearest.
  func occurrence(among candidates: [CivilDate]) -> CivilDate? {
    guard let anchor else { return nil }
    let reference = anchor.date.dayNumber
    switch options.preference {
    case .future: return candidates.filter { $0.dayNumber >= reference }.min()
    case .past: return candidates.filter { $0.dayNumber <= reference }.max()
    case .nearest: return candidates.min { abs($0.dayNumber - reference) < abs($1.dayNumber - reference) }
    }
  }

  /// The date of a weekday near the anchor, before it (past), after it (future) or nearest.
  func weekdayDate(_ weekday: Int, direction: Direction?) -> CivilDate? {
    guard let anchor else { return nil }
    let today = anchor.date.weekday
    let forward = (weekday - today + 7) % 7
    switch direction {
    case .past:
      return anchor.date.adding(days: forward == 0 ? -7 : forward - 7)
    case .future:
      return anchor.date.adding(days: forward == 0 ? 7 : forward)
    case .current:
      return anchor.date.adding(days: weekday - today)
    case nil:
      switch options.preference {
      case .past: return anchor.date.adding(days: forward == 0 ? 0 : forward - 7)
      case .future: return anchor.date.adding(days: forward == 0 ? 7 : forward)
      case .nearest: return anchor.date.adding(days: forward <= 3 ? forward : forward - 7)
      }
    }
  }

  /// A Gregorian date from a Hijri one; the year may be missing (nearest to the anchor).
  func hijriDate(year: Int?, month: Int, day: Int) -> (date: CivilDate, hijri: String)? {
    var hijriYear = year
    if hijriYear == nil {
      guard let anchor, let current = HijriCalendar.hijri(of: anchor.date) else { return nil }
      let candidates = ((current.year - 1)...(current.year + 1)).compactMap { candidate in
        HijriCalendar.gregorian(year: candidate, month: month, day: day).map { (candidate, $0) }
      }
      hijriYear =
        candidates.min {
          abs($0.1.dayNumber - anchor.date.dayNumber) < abs($1.1.dayNumber - anchor.date.dayNumber)
        }?.0
    }
    guard let hijriYear, let date = HijriCalendar.gregorian(year: hijriYear, month: month, day: day)
    else { return nil }
    return (date, "\(pad(hijriYear, 4))-\(pad(month, 2))-\(pad(day, 2))")
  }

  /// An ISO 8601 duration: P3Y, P2M, P2W, PT2H; several units together fold weeks into days.
  static func durationValue(_ parts: [(count: Int, unit: TimeUnit)]) -> String {
    var totals: [TimeUnit: Int] = [:]
    for part in parts { totals[part.unit, default: 0] += part.count }
    if totals.count == 1, let (unit, count) = totals.first {
      switch unit {
      // TIMEX3's own units for decades and centuries (TimeML: "two decades" P2DE).
      case .century: return "P\(count)CE"
      case .decade: return "P\(count)DE"
      case .year: return "P\(count)Y"
      case .quarter: return "P\(count * 3)M"
      case .month: return "P\(count)M"
      case .week: return "P\(count)W"
      case .day: return "P\(count)D"
      case .hour: return "PT\(count)H"
      case .minute: return "PT\(count)M"
      case .second: return "PT\(count)S"
      }
    }
    let years = (totals[.year] ?? 0) + 10 * (totals[.decade] ?? 0) + 100 * (totals[.century] ?? 0)
    let months = (totals[.month] ?? 0) + 3 * (totals[.quarter] ?? 0)
    let days = (totals[.day] ?? 0) + 7 * (totals[.week] ?? 0)
    var text = "P"
    if years > 0 { text += "\(years)Y" }
    if months > 0 { text += "\(months)M" }
    if days > 0 { text += "\(days)D" }
    let hours = totals[.hour] ?? 0
    let minutes = totals[.minute] ?? 0
    let seconds = totals[.second] ?? 0
    if hours + minutes + seconds > 0 {
      text += "T"
      if hours > 0 { text += "\(hours)H" }
      if minutes > 0 { text += "\(minutes)M" }
      if seconds > 0 { text += "\(seconds)S" }
    }
    return text
  }

  /// A fractional duration the way Duckling gives it, in the next smaller unit when that is
  /// whole (3.5 years P42M, an hour and a half PT90M), else with an ISO 8601 decimal fraction
  /// on the unit (PT123.45S).
  static func durationValue(_ amount: FractionalAmount) -> String {
    if let (count, unit) = wholeAmount(amount) { return durationValue([(count, unit)]) }
    let whole = durationValue([(amount.whole, amount.unit)])
    // "P3Y" → "P3.25Y": the decimal goes before the unit letter.
    return String(whole.dropLast()) + ".\(amount.fraction)" + String(whole.last!)
  }

  /// A fractional amount as a whole number of its unit or of the next smaller one, if it is
  /// one: 2.5 years is 30 months, 1.5 hours 90 minutes; 123.45 seconds is none.
  static func wholeAmount(_ amount: FractionalAmount) -> (count: Int, unit: TimeUnit)? {
    let value = Double("\(amount.whole).\(amount.fraction)") ?? Double(amount.whole)
    if value == value.rounded() { return (amount.whole, amount.unit) }
    let smaller: (factor: Double, unit: TimeUnit)?
    switch amount.unit {
    case .century: smaller = (100, .year)
    case .decade: smaller = (10, .year)
    case .year: smaller = (12, .month)
    case .quarter: smaller = (3, .month)
    case .week: smaller = (7, .day)
    case .day: smaller = (24, .hour)
    case .hour: smaller = (60, .minute)
    case .minute: smaller = (60, .second)
    case .month, .second: smaller = nil
    }
    guard let smaller else { return nil }
    let scaled = value * smaller.factor
    return abs(scaled - scaled.rounded()) < 1e-9 ? (Int(scaled.rounded()), smaller.unit) : nil
  }

  /// The date `count` units before (negative) or after the anchor, at the unit's precision.
  func shifted(by count: Int, _ unit: TimeUnit) -> ParsedValue? {
    guard let anchor else {
      let sign = count < 0 ? "-" : ""
      let amount = TemporalParser.durationValue([(abs(count), unit)])
      let pattern: String
      switch unit {
      case .year, .decade, .century: pattern = "XXXX"
      case .quarter, .month: pattern = "XXXX-XX"
      case .week, .day: pattern = "XXXX-XX-XX"
      case .hour, .minute, .second: pattern = "XXXX-XX-XXTXX:XX"
      }
      return unanchoredValue(pattern, grain: unit == .week ? .day : unit, offset: sign + amount)
    }
    let date = anchor.date
    switch unit {
    case .day: return dayValue(date.adding(days: count), anchored: true)
    case .week: return dayValue(date.adding(days: 7 * count), anchored: true)
    case .month:
      let shifted = date.adding(months: count)
      return monthValue(year: shifted.year, month: shifted.month, anchored: true)
    case .quarter:
      let shifted = date.adding(months: 3 * count)
      return ParsedValue(
        label: .date, value: "\(pad(shifted.year, 4))-Q\((shifted.month - 1) / 3 + 1)", mod: nil,
        anchored: true, grain: .quarter, hijri: nil, offset: nil, day: nil, clock: nil)
    case .year: return yearValue(date.year + count, anchored: true)
    case .decade:
      return ParsedValue(
        label: .date, value: String((date.year + 10 * count) / 10), mod: nil, anchored: true,
        grain: .decade, hijri: nil, offset: nil, day: nil, clock: nil)
    case .century: return centuryValue(date.year / 100 + 1 + count, anchored: true)
    case .hour, .minute, .second:
      let factor = unit == .hour ? 3600 : unit == .minute ? 60 : 1
      guard let second = anchor.secondOfDay else {
        // "بعد 5 دقائق" against a date without a clock: a time of that day whose clock is
        // unknown, with the offset it denotes; a day or more away, the day.
        let days = count * factor / 86_400
        if days != 0 { return dayValue(date.adding(days: days), anchored: true) }
        return ParsedValue(
          label: .time, value: "\(date)TXX:XX", mod: nil, anchored: true, grain: unit, hijri: nil,
          offset: (count < 0 ? "-" : "") + TemporalParser.durationValue([(abs(count), unit)]), day: nil,
          clock: nil)
      }
      let total = second + count * factor
      let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
      let within = total - days * 86_400
      // Counted from an instant, "in 3 minutes" is an instant: Duckling's grain is one finer.
      let clock = Clock(
        hour: within / 3600, minute: within % 3600 / 60, second: unit == .hour ? nil : within % 60,
        grain: unit == .hour ? .minute : .second)
      return timeValue(day: date.adding(days: days), clock: clock, anchored: true)
    }
  }
}
