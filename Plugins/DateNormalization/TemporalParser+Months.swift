/// A month name as read: its number, calendar, and whether the name alone is ambiguous.
struct MonthReading {
  var month: Int
  var hijri: Bool
  var ambiguous: Bool
  var next: Int
}

extension TemporalParser {
  /// A month name: شباط, أكتوبر, كانون الثاني, ذو الحجة, جمادى الأولى, October.
  func monthName(_ i: Int) -> MonthReading? {
    guard continues(i) else { return nil }
    switch tokens[i].entry {
    case .month(let month, let ambiguous):
      return MonthReading(month: month, hijri: false, ambiguous: ambiguous, next: i + 1)
    case .monthHead(let head):
      guard continues(i + 1) else { return nil }
      var which: Int?
      switch tokens[i + 1].entry {
      case .ordinal(let value, _) where value == 1 || value == 2: which = value
      case .modifier(.start): which = 1
      default: which = nil
      }
      guard let which else { return nil }
      switch head {
      case .kanun: return MonthReading(month: which == 1 ? 12 : 1, hijri: false, ambiguous: false, next: i + 2)
      case .tishrin: return MonthReading(month: which == 1 ? 10 : 11, hijri: false, ambiguous: false, next: i + 2)
      case .rabi: return MonthReading(month: which == 1 ? 3 : 4, hijri: true, ambiguous: false, next: i + 2)
      case .jumada: return MonthReading(month: which == 1 ? 5 : 6, hijri: true, ambiguous: false, next: i + 2)
      }
    case .hijriMonthPrefix:
      guard continues(i + 1), case .hijriMonth(let month, _) = tokens[i + 1].entry else { return nil }
      return MonthReading(month: month, hijri: true, ambiguous: false, next: i + 2)
    case .hijriMonth(let month, let ambiguous):
      return MonthReading(month: month, hijri: true, ambiguous: ambiguous, next: i + 1)
    default:
      return nil
    }
  }

  /// A month with the forms around it: "شهر" before a name or a number (شهر 3, شهر عشرة,
  /// الشهر التاسع), and the paired names news writes ("كانون الثاني/يناير", "أيلول (سبتمبر)").
  func month(_ i: Int) -> MonthReading? {
    guard continues(i) else { return nil }
    var reading: MonthReading?
    if case .unit(.month, .singular) = tokens[i].entry {
      if var named = monthName(i + 1) {
        named.ambiguous = false
        reading = named
      } else if let (value, digits) = number(i + 1), digits <= 2, (1...12).contains(value) {
        reading = MonthReading(month: value, hijri: false, ambiguous: false, next: i + 2)
      } else if continues(i + 1), case .cardinal(let value) = tokens[i + 1].entry, (1...12).contains(value) {
        // "شهر عشرة" is October, but "شهر ثلاثة أيام" is not a month.
        if continues(i + 2), case .unit(_, .plural) = tokens[i + 2].entry { return nil }
        reading = MonthReading(month: value, hijri: false, ambiguous: false, next: i + 2)
      } else if continues(i + 1), case .ordinal(let value, true) = tokens[i + 1].entry,
        (1...12).contains(value)
      {
        if let (full, next) = ordinal(i + 1), (1...12).contains(full) {
          reading = MonthReading(month: full, hijri: false, ambiguous: false, next: next)
        } else {
          reading = MonthReading(month: value, hijri: false, ambiguous: false, next: i + 2)
        }
      }
    } else {
      reading = monthName(i)
    }
    guard var result = reading else { return nil }
    // "Feb. 12", "Nov. 5, 2024": the dot of an abbreviation, before a day or a year.
    if tokens[result.next - 1].latin, isPunctuation(result.next, "."), !tokens[result.next].spaceBefore,
      number(result.next + 1) != nil
    {
      result.next += 1
    }
    // A paired name: "/", "(" or "-" and the same month in another naming system.
    if isPunctuation(result.next, "/", "(", "-", "\\"), let other = monthName(result.next + 1),
      other.month == result.month, other.hijri == result.hijri
    {
      result.next = other.next
      result.ambiguous = false
      if isPunctuation(result.next, ")") { result.next += 1 }
    }
    return result
  }

  /// A year: 2025, "عام 2025", "سنة 1446 هـ", "2025م". Bare numbers must have four digits.
  func year(_ i: Int, requireKeyword: Bool = false) -> (year: Int, hijri: Bool, next: Int)? {
    var j = i
    var hasKeyword = false
    if continues(j), case .unit(.year, .singular) = tokens[j].entry {
      hasKeyword = true
      j += 1
    }
    if !hasKeyword && requireKeyword { return nil }
    guard let (value, digits) = number(j), digits == 4, (1000...2999).contains(value) else {
      return nil
    }
    j += 1
    // 2025-10-20 is a date, not a year.
    if isPunctuation(j, "-", "/", "."), !tokens[j].spaceBefore, let (_, nextDigits) = number(j + 1),
      nextDigits <= 2, !tokens[j + 1].spaceBefore
    {
      return nil
    }
    if eraBeforeCommonEra(at: j) { return nil }
    var hijri = false
    if keyword(j) == .hijriMarker {
      hijri = true
      j += 1
    } else if keyword(j) == .gregorianMarker {
      j += 1
    }
    return (value, hijri, j)
  }

  /// A year after a date: ", 2025", "2025", "من عام 2014", "في سنة 2014", "لعام 2014".
  func yearAfter(_ i: Int) -> (year: Int, hijri: Bool, next: Int)? {
    var j = skipComma(i)
    if let found = year(j) { return found }
    if keyword(j) == .of || keyword(j) == .inPreposition { j += 1 }
    return year(j, requireKeyword: true)
  }
}
