extension TemporalParser {
  /// A Hijri month without a day: "شهر رمضان", "رمضان 1440", "رمضان المقبل", "Ramadan 2019",
  /// "during Ramadan", "next Ramadan". The value is the month's first day in the Gregorian
  /// calendar (Umm al-Qura), with `grain: month` and the Hijri month (`hijri: 1440-09`): TIMEX3
  /// has no value for a month of another calendar, and the two together give its span.
  ///
  /// A month name counts only after شهر, a preposition or "this/next/last", or before a year
  /// or a tense word: رمضان، رجب، صفر are also given names ("طارق رمضان", "Tariq Ramadan
  /// said") and محرم also means "forbidden".
  func hijriMonthExpression(_ i: Int) -> ParsedMatch? {
    var j = i
    var named = false
    if continues(j), case .unit(.month, .singular) = tokens[j].entry {
      named = true
      j += 1
    }
    var direction: Direction?
    if !named, tokens[j].latin {
      if keyword(j) == .this {
        direction = .current
        j += 1
      } else if continues(j), case .direction(let found) = tokens[j].entry {
        direction = found
        j += 1
      }
    }
    guard let month = monthName(j), month.hijri else { return nil }
    let opening = j
    j = month.next
    var year: (value: Int, hijri: Bool)?
    if let found = yearAfter(j), found.hijri || (1300...1500).contains(found.year) || found.year >= 1900 {
      // A Hijri month takes a Hijri year unless the year can only be Gregorian; other numbers
      // ("شهر رمضان 1587 زيارة") are counts.
      year = (found.year, found.hijri || found.year < 1900)
      j = found.next
    } else if direction == nil, continues(j), !tokens[j].latin, case .direction(let found) = tokens[j].entry {
      direction = found
      j += 1
    }
    let preposition: Bool = {
      guard opening > 0, opening == i, continues(opening) else { return false }
      switch keyword(opening - 1) {
      case .inPreposition, .during, .before, .after, .since, .to, .by, .forDuration, .within: return true
      // "the holy month of Ramadan"; Arabic من before a name is often بن mistyped.
      case .of: return tokens[opening].latin
      default: return false
      }
    }()
    // "محرم" is also "forbidden" and a name: every month name needs one of these.
    guard named || direction != nil || year != nil || preposition else { return nil }
    let hijriMonth = month.month
    func start(_ hijriYear: Int) -> CivilDate? { HijriCalendar.gregorian(year: hijriYear, month: hijriMonth, day: 1) }
    var hijriYear: Int?
    var anchored = false
    if let year, year.hijri {
      hijriYear = year.value
    } else if let year {
      // The first such month that starts in the Gregorian year.
      let guess = year.value - 622 + (year.value - 622) / 32
      hijriYear = ((guess - 1)...(guess + 2)).first { start($0)?.year == year.value }
    } else if let anchor, let current = HijriCalendar.hijri(of: anchor.date) {
      anchored = true
      let years = [current.year - 1, current.year, current.year + 1]
      let inside = years.first { y in
        guard let first = start(y), let length = HijriCalendar.length(year: y, month: hijriMonth) else { return false }
        return (first.dayNumber..<(first.dayNumber + length)).contains(anchor.date.dayNumber)
      }
      switch direction {
      case .current: hijriYear = inside ?? years.first { start($0)?.year == anchor.date.year } ?? current.year
      case .past: hijriYear = years.last { (start($0)?.dayNumber ?? .max) < anchor.date.dayNumber && $0 != inside }
      case .future: hijriYear = years.first { (start($0)?.dayNumber ?? .min) > anchor.date.dayNumber }
      case nil:
        if let inside {
          hijriYear = inside
        } else if let chosen = occurrence(among: years.compactMap(start)) {
          hijriYear = years.first { start($0) == chosen }
        }
      }
    } else {
      return nil
    }
    guard let hijriYear, let first = start(hijriYear) else { return nil }
    var value = dayValue(first, anchored: anchored, hijri: "\(pad(hijriYear, 4))-\(pad(hijriMonth, 2))")
    value.grain = .month
    value.day = nil
    return ParsedMatch(next: j, items: [ParsedItem(first: i, last: j - 1, value: value)])
  }
}
