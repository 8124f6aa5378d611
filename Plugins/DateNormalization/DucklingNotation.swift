/// TIMEX3 values written the way Duckling's corpus writes them: an instant at the start of
/// the period (`2013-02-18T00:00:00`) with a grain, or an interval with an exclusive end.
enum DucklingNotation {
  /// The Duckling value and grain of an expression.
  static func value(of expression: TemporalExpression) -> (value: String, grain: String)? {
    let value = expression.value
    let bytes = Array(value.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count else { return nil }
      var result = 0
      for byte in bytes[range] {
        guard (48...57).contains(byte) else { return nil }
        result = result * 10 + Int(byte - 48)
      }
      return result
    }
    func instant(_ date: CivilDate, _ time: String = "00:00:00") -> String { "\(date)T\(time)" }
    guard let year = number(0..<4) else { return nil }
    if bytes.count == 4 { return (instant(CivilDate(year: year, month: 1, day: 1)), "year") }
    if bytes.count == 7, bytes[5] == UInt8(ascii: "Q"), let quarter = number(6..<7) {
      return (instant(CivilDate(year: year, month: 3 * quarter - 2, day: 1)), "quarter")
    }
    if bytes.count == 8, bytes[5] == UInt8(ascii: "W"), let week = number(6..<8) {
      return (instant(CivilDate.monday(isoYear: year, week: week)), "week")
    }
    guard let month = number(5..<7) else { return nil }
    if bytes.count == 7 {
      // Duckling reads "mid-March" as the 15th.
      if expression.mod == "MID" { return (instant(CivilDate(year: year, month: month, day: 15)), "day") }
      // and "the beginning of March" as the 1st.
      if expression.mod == "START" { return (instant(CivilDate(year: year, month: month, day: 1)), "day") }
      return (instant(CivilDate(year: year, month: month, day: 1)), "month")
    }
    guard let day = number(8..<10) else { return nil }
    let date = CivilDate(year: year, month: month, day: day)
    // Duckling dates a Jewish holiday from its eve, the day on whose evening it begins.
    if bytes.count == 10 { return (instant(expression.hebrew == nil ? date : date.adding(days: -1)), "day") }
    guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T"), let hour = number(11..<13), let minute = number(14..<16)
    else { return nil }
    let second = bytes.count >= 19 ? number(17..<19) ?? 0 : 0
    // ISO 8601's 24:00 ends the day: Duckling writes that instant as the next day's 00:00.
    if hour == 24 { return (instant(date.adding(days: 1), "00:00:00"), expression.grain) }
    return (instant(date, "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"), expression.grain)
  }

  /// The interval a list of expressions spans in Duckling's notation: from the first's start
  /// to the end of the last's grain; a month with START, MID or END is its first, middle
  /// (11th to 20th) or last ten days (Duckling's "early/mid/late March"); TNI and TEV are 18:00
  /// to midnight.
  static func interval(of expressions: [TemporalExpression], anchor: TemporalAnchor? = nil) -> (
    from: String, to: String
  )? {
    guard let first = expressions.first, let last = expressions.last else { return nil }
    // "until 2:00": from the reference instant to that time.
    if expressions.count == 1, first.label == .time, first.mod == "ON_OR_BEFORE", let anchor,
      let second = anchor.secondOfDay, let end = value(of: first)
    {
      return ("\(anchor.date)T\(pad(second / 3600, 2)):\(pad(second % 3600 / 60, 2)):\(pad(second % 60, 2))", end.value)
    }
    if expressions.count == 1, first.value.utf8.count == 13, let day = CivilDate(iso: String(first.value.prefix(10))) {
      // Duckling's parts of the day: morning 0-12, afternoon 12-19, evening and night 18-24;
      // "early morning" 0-9, "late tonight" 21-24.
      switch (first.value.suffix(2), first.mod) {
      case ("MO", "START"): return ("\(day)T00:00:00", "\(day)T09:00:00")
      case ("NI", "END"), ("EV", "END"): return ("\(day)T21:00:00", "\(day.adding(days: 1))T00:00:00")
      default: break
      }
      switch first.value.suffix(2) {
      case "NI", "EV": return ("\(day)T18:00:00", "\(day.adding(days: 1))T00:00:00")
      case "MO": return ("\(day)T00:00:00", "\(day)T12:00:00")
      case "AF": return ("\(day)T12:00:00", "\(day)T19:00:00")
      default: break
      }
    }
    if expressions.count == 1, let anchor, let counted = countedPeriod(first, anchor: anchor) { return counted }
    if expressions.count == 1, let season = season(first) { return season }
    if expressions.count == 1, first.grain == "month", let hijri = first.hijri, hijri.utf8.count == 7,
      let year = Int(hijri.prefix(4)), let month = Int(hijri.suffix(2)), let start = CivilDate(iso: first.value),
      let length = HijriCalendar.length(year: year, month: month)
    {
      // A Hijri month ("Ramadan 2019"): its first day to the first of the next month.
      return ("\(start)T00:00:00", "\(start.adding(days: length))T00:00:00")
    }
    if expressions.count == 1, let span = jewishHolidaySpan(first) { return span }
    if expressions.count == 1, first.mod == "ON_OR_BEFORE", let anchor, let second = anchor.secondOfDay,
      let end = periodEnd(first)
    {
      // "by the end of the month": from the reference instant to the end of the period.
      return ("\(anchor.date)T\(pad(second / 3600, 2)):\(pad(second % 3600 / 60, 2)):\(pad(second % 60, 2))", end)
    }
    if expressions.count == 2, let span = spanFor(expressions[0], expressions[1]) { return span }
    // A weekend (2013-W06-WE) is Friday 18:00 to Monday 00:00.
    if expressions.count == 1, first.value.hasSuffix("-WE"), let year = Int(first.value.prefix(4)),
      let week = Int(first.value.dropFirst(6).prefix(2))
    {
      let monday = CivilDate.monday(isoYear: year, week: week)
      return ("\(monday.adding(days: 4))T18:00:00", "\(monday.adding(days: 7))T00:00:00")
    }
    guard let start = value(of: first), let end = value(of: last) else { return nil }
    if expressions.count == 1, first.value.utf8.count == 7, let month = CivilDate(iso: first.value + "-01") {
      switch first.mod {
      case "START": return ("\(month)T00:00:00", "\(month.adding(days: 10))T00:00:00")
      case "MID": return ("\(month.adding(days: 10))T00:00:00", "\(month.adding(days: 20))T00:00:00")
      case "END":
        return (
          "\(CivilDate(year: month.year, month: month.month, day: 21))T00:00:00", "\(month.adding(months: 1))T00:00:00"
        )
      default: break
      }
    }
    if expressions.count == 1, let mod = first.mod, let date = CivilDate(iso: String(start.value.prefix(10))) {
      // Duckling's "the beginning of the year" is its first three months, "the end" its last
      // four; a week's beginning is Monday to Wednesday, its end Friday to Sunday.
      switch (start.grain, mod) {
      case ("year", "START"): return (start.value, "\(date.adding(months: 3))T00:00:00")
      case ("year", "END"): return ("\(date.adding(months: 8))T00:00:00", "\(date.adding(months: 12))T00:00:00")
      case ("week", "START"): return (start.value, "\(date.adding(days: 3))T00:00:00")
      case ("week", "END"): return ("\(date.adding(days: 4))T00:00:00", "\(date.adding(days: 7))T00:00:00")
      default: break
      }
    }
    guard expressions.count >= 2, let date = CivilDate(iso: String(end.value.prefix(10))) else { return nil }
    let time = end.value.dropFirst(11)
    let to: String
    // Duckling ends a range of clock times at the finer grain of its two ends: "3:30 to 6 pm"
    // runs to 18:01, "3pm - 6:00:00pm" to 18:00:01.
    let grains = ["second", "minute", "hour"]
    var endGrain = end.grain
    if let s = grains.firstIndex(of: start.grain), let e = grains.firstIndex(of: end.grain), s < e {
      endGrain = start.grain
    }
    switch endGrain {
    case "day": to = "\(date.adding(days: 1))T00:00:00"
    case "hour":
      let hour = Int(time.prefix(2)) ?? 0
      to = hour == 23 ? "\(date.adding(days: 1))T00:00:00" : "\(date)T\(pad(hour + 1, 2)):00:00"
    case "minute":
      // An end at minute grain includes its minute.
      let hour = Int(time.prefix(2)) ?? 0
      let minute = (Int(time.dropFirst(3).prefix(2)) ?? 0) + 1
      let day = hour == 23 && minute == 60 ? date.adding(days: 1) : date
      let (h, m) = minute == 60 ? ((hour + 1) % 24, 0) : (hour, minute)
      to = "\(day)T\(pad(h, 2)):\(pad(m, 2)):00"
    case "second":
      let hours: Int = Int(time.prefix(2)) ?? 0
      let minutes: Int = Int(time.dropFirst(3).prefix(2)) ?? 0
      let secs: Int = Int(time.dropFirst(6).prefix(2)) ?? 0
      let seconds = hours * 3600 + minutes * 60 + secs + 1
      let day = seconds >= 86_400 ? date.adding(days: 1) : date
      let s = seconds % 86_400
      to = "\(day)T\(pad(s / 3600, 2)):\(pad(s % 3600 / 60, 2)):\(pad(s % 60, 2))"
    default: to = end.value
    }
    return (start.value, to)
  }

  /// Duckling's multi-day Jewish holidays, from the eve to the end of the last day it counts
  /// (read from its English corpus: Rosh Hashanah two days, Sukkot to Shemini Atzeret, Passover
  /// eight days, Shavuot two, and Hanukkah eight days counted from the eve), in days after the
  /// first day, by its Hebrew date.
  private static let jewishHolidayLengths = [
    "1 Tishrei": 2, "15 Tishrei": 8, "25 Kislev": 7, "15 Nisan": 8, "6 Sivan": 2,
  ]

  /// A Jewish holiday of several days in Duckling's notation: from its eve to the day after the
  /// last.
  static func jewishHolidaySpan(_ expression: TemporalExpression) -> (from: String, to: String)? {
    guard let hebrew = expression.hebrew, let day = CivilDate(iso: expression.value) else { return nil }
    let monthDay = hebrew.split(separator: " ").prefix(2).joined(separator: " ")
    guard let length = jewishHolidayLengths[monthDay] else { return nil }
    return ("\(day.adding(days: -1))T00:00:00", "\(day.adding(days: length))T00:00:00")
  }

  /// A TIMEX3 season (2013-SU) as Duckling's interval: summer from 21 June to 23 September,
  /// autumn to 21 December, winter to 20 March, spring to 21 June, the last day included ("this
  /// season", "next season": two days less).
  static func season(_ expression: TemporalExpression) -> (from: String, to: String)? {
    let value = expression.value
    guard value.utf8.count == 7, let year = Int(value.prefix(4)) else { return nil }
    let bounds: ((Int, Int), (Int, Int), Int)
    switch value.suffix(2) {
    case "SP": bounds = ((3, 20), (6, 22), 0)
    case "SU": bounds = ((6, 21), (9, 24), 0)
    case "FA": bounds = ((9, 23), (12, 22), 0)
    case "WI": bounds = ((12, 21), (3, 21), 1)
    default: return nil
    }
    let from = CivilDate(year: year, month: bounds.0.0, day: bounds.0.1)
    var to = CivilDate(year: year + bounds.2, month: bounds.1.0, day: bounds.1.1)
    // Duckling's "this season" / "next season" ends two days before its named season does.
    if expression.text.lowercased().contains("season") { to = to.adding(days: -2) }
    return ("\(from)T00:00:00", "\(to)T00:00:00")
  }

  /// The exclusive end of a DATE's period (2013-02 ends at 2013-03-01T00:00:00).
  static func periodEnd(_ expression: TemporalExpression) -> String? {
    guard expression.label == .date, let start = value(of: expression),
      let date = CivilDate(iso: String(start.value.prefix(10)))
    else { return nil }
    switch start.grain {
    case "day": return "\(date.adding(days: 1))T00:00:00"
    case "week": return "\(date.adding(days: 7))T00:00:00"
    case "month": return "\(date.adding(months: 1))T00:00:00"
    case "quarter": return "\(date.adding(months: 3))T00:00:00"
    case "year": return "\(date.adding(months: 12))T00:00:00"
    default: return nil
    }
  }

  /// A date or time and a DURATION next to it ("18th Dec for 10 days", "4pm for 30 mins"):
  /// from the start for that long, the last unit of the duration included.
  static func spanFor(_ a: TemporalExpression, _ b: TemporalExpression) -> (from: String, to: String)? {
    let (point, amount) = a.label == .duration ? (b, a) : (a, b)
    guard point.label != .duration, amount.label == .duration, let start = value(of: point),
      let parts = parseDuration(amount.value), let date = CivilDate(iso: String(start.value.prefix(10)))
    else { return nil }
    let time = start.value.dropFirst(11)
    let clock = (Int(time.prefix(2)) ?? 0) * 3600 + (Int(time.dropFirst(3).prefix(2)) ?? 0) * 60
    let unit = parts.seconds == 0 ? 0 : parts.seconds % 3600 == 0 ? 3600 : parts.seconds % 60 == 0 ? 60 : 1
    var end = date.adding(months: 12 * parts.years + parts.months).adding(days: parts.days)
    var seconds = clock + parts.seconds + unit
    if unit == 0 { end = end.adding(days: 1) }
    end = end.adding(days: seconds / 86_400)
    seconds %= 86_400
    return (start.value, "\(end)T\(pad(seconds / 3600, 2)):\(pad(seconds % 3600 / 60, 2)):\(pad(seconds % 60, 2))")
  }

  /// "last 2 weeks", "the next 3 days": a DURATION whose extent starts with a direction word
  /// (after "the") is, in Duckling's notation, that many whole units before the reference's
  /// current unit or after it (weeks from Monday).
  static func countedPeriod(_ expression: TemporalExpression, anchor: TemporalAnchor) -> (from: String, to: String)? {
    let words = expression.text.split(separator: " ").map { $0.lowercased() }
    guard expression.label == .duration, let head = words.first == "the" ? words.dropFirst().first : words.first,
      let parts = parseDuration(expression.value)
    else { return nil }
    let forward: Bool
    switch head {
    case "next", "coming", "following": forward = true
    case "last", "past", "previous": forward = false
    default: return nil
    }
    let units = [parts.years, parts.months, parts.days, parts.seconds].filter { $0 != 0 }
    guard units.count == 1 else { return nil }
    let second = anchor.secondOfDay ?? 0
    func instant(_ date: CivilDate, _ seconds: Int) -> String {
      let day = date.adding(days: seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400))
      let s = ((seconds % 86_400) + 86_400) % 86_400
      return "\(day)T\(pad(s / 3600, 2)):\(pad(s % 3600 / 60, 2)):\(pad(s % 60, 2))"
    }
    let from: String
    let to: String
    if parts.years > 0 {
      let year = CivilDate(year: anchor.date.year, month: 1, day: 1)
      let n = parts.years
      (from, to) =
        forward
        ? (instant(year.adding(months: 12), 0), instant(year.adding(months: 12 * (n + 1)), 0))
        : (instant(year.adding(months: -12 * n), 0), instant(year, 0))
    } else if parts.months > 0 {
      let month = CivilDate(year: anchor.date.year, month: anchor.date.month, day: 1)
      let n = parts.months
      (from, to) =
        forward
        ? (instant(month.adding(months: 1), 0), instant(month.adding(months: n + 1), 0))
        : (instant(month.adding(months: -n), 0), instant(month, 0))
    } else if parts.days > 0 {
      let weeks = expression.value.hasSuffix("W")
      let step = weeks ? 7 : 1
      let n = parts.days / step
      let start = weeks ? anchor.date.adding(days: -((anchor.date.weekday + 6) % 7)) : anchor.date
      (from, to) =
        forward
        ? (instant(start.adding(days: step), 0), instant(start.adding(days: step * (n + 1)), 0))
        : (instant(start.adding(days: -step * n), 0), instant(start, 0))
    } else {
      let unit = expression.value.hasSuffix("H") ? 3600 : expression.value.hasSuffix("M") ? 60 : 1
      let n = parts.seconds / unit
      let current = second / unit * unit
      (from, to) =
        forward
        ? (instant(anchor.date, current + unit), instant(anchor.date, current + unit * (n + 1)))
        : (instant(anchor.date, current - unit * n), instant(anchor.date, current))
    }
    return (from, to)
  }

  /// The date `years`, `months`, `days` and `seconds` before the anchor instant.
  static func before(_ anchor: TemporalAnchor, years: Int, months: Int, days: Int, seconds: Int) -> CivilDate {
    var date = anchor.date.adding(months: -(12 * years + months)).adding(days: -days)
    let second = (anchor.secondOfDay ?? 0) - seconds
    if second < 0 { date = date.adding(days: -((-second + 86_399) / 86_400)) }
    return date
  }

  /// The parts of an ISO 8601 duration (P1Y1M8DT1H1M).
  static func parseDuration(_ text: String) -> (years: Int, months: Int, days: Int, seconds: Int)? {
    guard text.hasPrefix("P") else { return nil }
    var years = 0
    var months = 0
    var days = 0
    var seconds = 0
    var number = 0
    var inTime = false
    for character in text.dropFirst() {
      if let digit = character.wholeNumberValue {
        number = number * 10 + digit
        continue
      }
      switch (character, inTime) {
      case ("T", _): inTime = true
      case ("Y", false): years = number
      case ("M", false): months = number
      case ("W", false): days += 7 * number
      case ("D", false): days += number
      case ("H", true): seconds += 3600 * number
      case ("M", true): seconds += 60 * number
      case ("S", true): seconds += number
      default: return nil
      }
      number = 0
    }
    return (years, months, days, seconds)
  }
}
