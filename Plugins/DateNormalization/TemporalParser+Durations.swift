extension TemporalParser {
  /// Amounts of time: "لمدة ثلاث سنوات", "في غضون شهرين", "خلال أسبوعين", "15 يوماً",
  /// "for three years", and lists of units ("1 عام, 1 شهر, 1 يوم") as one duration.
  func durationExpression(_ i: Int) -> ParsedMatch? {
    var j = i
    var introduced = false
    // "the past two weeks", "next 3 days": the duration counted back or on from the document
    // date; TIMEX3 keeps it a DURATION, and the direction word is part of its extent.
    var extentStart = -1
    // "the past three years": the article opens the extent, as every news set of the project
    // and TimeML mark it.
    if continues(i), case .keyword(.the)? = tokens[i].entry, continues(i + 1), tokens[i + 1].latin,
      case .direction(let direction) = tokens[i + 1].entry, direction != .current,
      let period = durationExpression(i + 1), period.items.count == 1, period.items[0].first == i + 1,
      period.items[0].value.label == .duration
    {
      var result = period
      result.items[0].first = i
      return result
    }
    if continues(i), tokens[i].latin, case .direction(let direction) = tokens[i].entry, direction != .current,
      i == 0 || tokens[i - 1].kind != .word
        || (keyword(i - 1) != nil && keyword(i - 1) != .futureMarker && keyword(i - 1) != .to),
      number(i + 1) != nil || { if case .cardinal = entry(i + 1) { return true } else { return false } }(),
      let counted = countedUnit(i + 1, allowBareSingular: false), counted.count > 0
    {
      extentStart = i
      j = i + 1
    }
    // "the next few days", "the past few weeks": a few (three, mod APPROX) counted the same way.
    if continues(i), tokens[i].latin, case .direction(let direction) = tokens[i].entry, direction != .current,
      keyword(i + 1) == .fewCount, continues(i + 2), case .unit(let unit, .plural) = tokens[i + 2].entry
    {
      let value = ParsedValue(
        label: .duration, value: TemporalParser.durationValue([(3, unit)]), mod: .approx, anchored: false,
        grain: unit, hijri: nil, offset: nil, day: nil, clock: nil)
      return ParsedMatch(next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: value)])
    }
    if keyword(j) == .inPreposition, keyword(j + 1) == .within { j += 1 }
    switch keyword(j) {
    case .forDuration, .within, .during:
      introduced = true
      j += 1
    default:
      break
    }
    if let amount = fractionalAmount(j) {
      let value = ParsedValue(
        label: .duration, value: TemporalParser.durationValue(amount), mod: nil, anchored: false,
        grain: amount.unit, hijri: nil, offset: nil, day: nil, clock: nil)
      return ParsedMatch(next: amount.next, items: [ParsedItem(first: j, last: amount.next - 1, value: value)])
    }
    // English compound adjectives: "a 48-hour curfew", "a two-year renovation".
    if let (count, next) = cardinal(j), count > 0, isPunctuation(next, "-"), !tokens[next].spaceBefore,
      continues(next + 1), tokens[next + 1].latin, !tokens[next + 1].spaceBefore,
      case .unit(let unit, .singular) = tokens[next + 1].entry
    {
      let value = ParsedValue(
        label: .duration, value: TemporalParser.durationValue([(count, unit)]), mod: nil, anchored: false,
        grain: unit, hijri: nil, offset: nil, day: nil, clock: nil)
      return ParsedMatch(next: next + 2, items: [ParsedItem(first: j, last: next + 1, value: value)])
    }
    // Without an introducing word only an explicit number makes a duration ("شهر" alone is a
    // month, "يومين" alone could be part of anything).
    guard let first = countedUnit(j, allowBareSingular: introduced && keyword(i) != .during, allowArticle: introduced)
    else { return nil }
    if !introduced {
      guard
        number(j) != nil || { if case .cardinal = entry(j) { return true } else { return false } }()
          || isBareArabicDual(j)
      else {
        return nil
      }
      // "قبل ثلاثة أيام" is a date, "ثلاثة أيام" after قبل is handled there.
    }
    var parts = [(count: first.count, unit: first.unit)]
    var next = first.next
    while true {
      var k = skipComma(next)
      if keyword(k) == .and { k += 1 }
      guard k > next || keyword(next) == .and, let more = countedUnit(k, allowBareSingular: false) else { break }
      parts.append((more.count, more.unit))
      next = more.next
    }
    if keyword(next) == .ago || keyword(next) == .hence { return nil }
    let value = ParsedValue(
      label: .duration, value: TemporalParser.durationValue(parts), mod: nil, anchored: false,
      grain: parts.map(\.unit).min() ?? .day, hijri: nil, offset: nil, day: nil, clock: nil)
    return ParsedMatch(
      next: next, items: [ParsedItem(first: extentStart >= 0 ? extentStart : j, last: next - 1, value: value)])
  }

  /// An amount of a unit that is not whole: "3.5 سنوات", "123.45 ثانية", "سنة ونصف", "عامين
  /// ونصف", "نصف سنة", "three and a half hours", "an hour and a half", "half an hour".
  func fractionalAmount(_ j: Int) -> FractionalAmount? {
    guard j < tokens.count, RuleStart.fractionalAmount(tokens[j]) else { return nil }
    if let (whole, wholeDigits) = number(j), wholeDigits <= 6, isPunctuation(j + 1, ".", ",", "٫"),
      !tokens[j + 1].spaceBefore, let (fraction, digits) = number(j + 2), !tokens[j + 2].spaceBefore,
      digits <= 6, continues(j + 3), !tokens[j + 3].definite,
      case .unit(let unit, let form) = tokens[j + 3].entry, form == .singular || form == .plural
    {
      return FractionalAmount(whole: whole, fraction: String(pad(fraction, digits)), unit: unit, next: j + 4)
    }
    // "ربع ساعة": a quarter of an hour, fifteen minutes.
    if continues(j + 1), !tokens[j].latin, !tokens[j].definite, case .unit(.quarter, .singular) = tokens[j].entry,
      !tokens[j + 1].definite, case .unit(.hour, .singular) = tokens[j + 1].entry
    {
      return FractionalAmount(whole: 0, fraction: "25", unit: .hour, next: j + 2)
    }
    if keyword(j) == .half {
      var k = j + 1
      if keyword(k) == .article { k += 1 }
      guard continues(k), !tokens[k].definite, case .unit(let unit, .singular) = tokens[k].entry,
        unit != .quarter, month(k) == nil  // "نص شهر ثلاثة" is mid-March
      else { return nil }
      return FractionalAmount(whole: 0, fraction: "5", unit: unit, next: k + 1)
    }
    // "three and a half hours"
    if let (count, next) = cardinal(j), count > 0, keyword(next) == .and {
      var k = next + 1
      if keyword(k) == .article { k += 1 }
      if keyword(k) == .half, continues(k + 1), case .unit(let unit, let form) = tokens[k + 1].entry,
        form == .plural || form == .singular
      {
        return FractionalAmount(whole: count, fraction: "5", unit: unit, next: k + 2)
      }
    }
    guard let counted = countedUnit(j, allowBareSingular: true, allowArticle: true), counted.unit != .quarter,
      let next = halfAfter(counted.next)
    else { return nil }
    return FractionalAmount(whole: counted.count, fraction: "5", unit: counted.unit, next: next)
  }

  /// Where "and a half" after a counted unit ends: "ونصف", "و نصف", "and a half", "and half".
  func halfAfter(_ k: Int) -> Int? {
    guard continues(k) else { return nil }
    if case .fraction(30) = tokens[k].entry, !tokens[k].definite || tokens[k].conjunction { return k + 1 }
    guard keyword(k) == .and else { return nil }
    var j = k + 1
    if keyword(j) == .article { j += 1 }
    return keyword(j) == .half ? j + 1 : nil
  }

  /// Recurrences: "كل يوم", "كل أسبوع", "كل جمعة", "يومياً", "every week", "weekly".
  func setExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    if case .keyword(.periodic(let unit)) = tokens[i].entry {
      if unit == .day, introducesWorkingHours(i + 1) { return nil }
      return ParsedMatch(
        next: i + 1,
        items: [ParsedItem(first: i, last: i, value: setValue(TemporalParser.durationValue([(1, unit)]), unit))])
    }
    if let frequency = frequencyExpression(i) { return frequency }
    if let weekdays = recurringWeekdays(i) { return weekdays }
    // "أيام الثلاثاء والخميس" (on Tuesdays and Thursdays): each weekday is a SET.
    if case .unit(.day, .plural) = tokens[i].entry, !tokens[i].latin, continues(i + 1),
      case .weekday(let weekday) = tokens[i + 1].entry
    {
      var items = [ParsedItem(first: i, last: i + 1, value: setValue("XXXX-WXX-\(weekday)", .day))]
      var next = i + 2
      let at = keyword(next) == .and ? next + 1 : next
      if continues(at), keyword(next) == .and || tokens[at].conjunction, case .weekday(let second) = tokens[at].entry {
        items.append(ParsedItem(first: at, last: at, value: setValue("XXXX-WXX-\(second)", .day)))
        next = at + 1
      }
      // "أيام الجمعة والسبت الماضيين": those days, not a recurrence.
      if continues(next), case .direction = tokens[next].entry { return nil }
      return ParsedMatch(next: next, items: items)
    }
    guard keyword(i) == .every, continues(i + 1) else { return nil }
    // "كل يوم خميس", "كل يوم الخميس", "كل يوم أحد": the weekday after يوم.
    if case .unit(.day, .singular) = tokens[i + 1].entry, let weekday = weekdayAfterDayWord(i + 2) {
      return ParsedMatch(
        next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: setValue("XXXX-WXX-\(weekday)", .day))])
    }
    // "كل أربع سنوات", "كل عامين", "every four years": a counted period.
    if let counted = countedUnit(i + 1, allowBareSingular: false), counted.count > 1 {
      return ParsedMatch(
        next: counted.next,
        items: [
          ParsedItem(
            first: i, last: counted.next - 1,
            value: setValue(TemporalParser.durationValue([(counted.count, counted.unit)]), counted.unit))
        ])
    }
    switch tokens[i + 1].entry {
    case .unit(let unit, .singular):
      if unit == .day, introducesWorkingHours(i + 2) { return nil }
      return ParsedMatch(
        next: i + 2,
        items: [ParsedItem(first: i, last: i + 1, value: setValue(TemporalParser.durationValue([(1, unit)]), unit))])
    case .weekday(let weekday):
      return ParsedMatch(
        next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: setValue("XXXX-WXX-\(weekday)", .day))])
    default:
      return nil
    }
  }

  /// "twice a year", "three times a week", "مرتين في السنة", "ثلاث مرات في الأسبوع", "مرة كل
  /// شهر": a SET whose value is the period (TIMEX3 writes the count in `freq`, not the value).
  private func frequencyExpression(_ i: Int) -> ParsedMatch? {
    var j = i
    if case .times(let count)? = keyword(j), count > 0 {
      j += 1  // twice, مرتين, مرة
    } else if let (count, next) = cardinal(i), count > 1, keyword(next) == .times(0) {
      j = next + 1  // three times, ثلاث مرات
    } else {
      return nil
    }
    switch keyword(j) {
    case .article, .inPreposition, .every, .per: j += 1
    default: return nil
    }
    guard continues(j), case .unit(let unit, .singular) = tokens[j].entry, unit != .quarter else { return nil }
    // "مرة في الأسبوع الماضي" is once last week, not weekly.
    if continues(j + 1), case .direction = tokens[j + 1].entry { return nil }
    return ParsedMatch(
      next: j + 1,
      items: [ParsedItem(first: i, last: j, value: setValue(TemporalParser.durationValue([(1, unit)]), unit))])
  }

  func setValue(_ value: String, _ unit: TimeUnit) -> ParsedValue {
    ParsedValue(
      label: .set, value: value, mod: nil, anchored: false, grain: unit, hijri: nil, offset: nil, day: nil, clock: nil)
  }

  /// Holidays with a fixed place in a calendar: عيد الميلاد (25 December), عيد الفصح (Western
  /// Easter), عيد الفطر (1 Shawwal), عيد الأضحى (10 Dhu al-Hijja), رأس السنة الهجرية
  /// (1 Muharram); with a Gregorian year or the occurrence the preference picks.
  func holidayExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i), case .holiday(let head) = tokens[i].entry else { return nil }
    var j = i + 1
    var holiday: Holiday
    switch head {
    case .feast:
      guard continues(j), case .holiday(let which) = tokens[j].entry, which != .feast, which != .head else {
        return nil
      }
      holiday = which
      j += 1
    case .head:
      guard continues(j), case .unit(.year, .singular) = tokens[j].entry,
        keyword(j + 1) == .hijriMarker
      else { return nil }
      holiday = .hijriNewYear
      j += 2
    case .christmasWord: holiday = .christmas
    case .easterWord: holiday = .easter
    default: return nil  // الميلاد, الفطر, الفصح alone are not holidays.
    }
    var year: Int?
    if let found = self.year(j), !found.hijri {
      year = found.year
      j = found.next
    }
    // Arabic puts the direction after the name: "عيد الأضحى الماضي", "عيد الفطر المقبل".
    var direction: Direction?
    if year == nil, continues(j), !tokens[j].latin, case .direction(let found) = tokens[j].entry {
      direction = found
      j += 1
    }
    func date(inYear year: Int) -> CivilDate? {
      switch holiday {
      case .christmas: return CivilDate(year: year, month: 12, day: 25)
      case .easter: return TemporalParser.easter(year)
      case .eidAlFitr, .eidAlAdha, .hijriNewYear:
        let (month, day) = holiday == .eidAlFitr ? (10, 1) : holiday == .eidAlAdha ? (12, 10) : (1, 1)
        for hijriYear in (year - 623 + (year - 622) / 32)...(year - 620 + (year - 622) / 32) {
          if let date = HijriCalendar.gregorian(year: hijriYear, month: month, day: day), date.year == year {
            return date
          }
        }
        return nil
      default: return nil
      }
    }
    let value: ParsedValue
    if let year {
      guard let found = date(inYear: year) else { return nil }
      value = dayValue(found, anchored: false)
    } else if let anchor {
      let candidates = [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1].compactMap(date(inYear:))
      guard let chosen = occurrence(among: candidates, direction: direction) else { return nil }
      value = dayValue(chosen, anchored: true)
    } else {
      value = unanchoredValue(holiday == .christmas ? "XXXX-12-25" : "XXXX-XX-XX", grain: .day)
    }
    return ParsedMatch(next: j, items: [ParsedItem(first: i, last: j - 1, value: value)])
  }

  /// Western Easter Sunday (the anonymous Gregorian algorithm).
  static func easter(_ year: Int) -> CivilDate {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(year: year, month: month, day: day)
  }

  /// Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar.
  static func orthodoxEaster(_ year: Int) -> CivilDate {
    let a = year % 4
    let b = year % 7
    let c = year % 19
    let d = (19 * c + 15) % 30
    let e = (2 * a + 4 * b - d + 34) % 7
    let month = (d + e + 114) / 31
    let day = (d + e + 114) % 31 + 1
    // The Julian calendar runs behind the Gregorian by 13 days in 1900-2099.
    let julianLag = year / 100 - year / 400 - 2
    return CivilDate(year: year, month: month, day: day).adding(days: julianLag)
  }
}
