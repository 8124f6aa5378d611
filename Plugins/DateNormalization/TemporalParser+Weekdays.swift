extension TemporalParser {
  /// A weekday, with what follows it: "يوم الأربعاء الموافق 28 كانون الثاني/يناير" (one
  /// value), "الأحد الماضي", "ثلاثاء الاسبوع الفائت", "السبت السادس عشر", "الجمعة".
  func weekdayExpression(_ i: Int) -> ParsedMatch? {
    var j = i
    if continues(j), case .unit(.day, .singular) = tokens[j].entry { j += 1 }
    guard continues(j) else { return nil }
    let weekday: Int
    switch tokens[j].entry {
    case .weekday(let found): weekday = found
    case .cardinal(1) where continues(j + 1) && tokens[j + 1].definite:
      // "أحد الأسبوع الماضي": أحد before a definite week is Sunday ("one the-week" is not Arabic).
      guard case .unit(.week, .singular) = tokens[j + 1].entry else { return nil }
      weekday = 7
    default: return nil
    }
    // "صلاة الجمعة" names the prayer, "سوق الأحد" a town.
    if j == i, i > 0, !tokens[i].newlineBefore, keyword(i - 1) == .weekdayNameHead { return nil }
    // "fell on a Saturday", "a Monday like any other": any one of them.
    if j == i, tokens[j].latin, i > 0, keyword(i - 1) == .article { return nil }
    // An Arabic weekday without the article or يوم is a name or a number ("مهدي جمعة",
    // "اثنين من المسؤولين") unless a tense word, a date or a week follows it.
    let bare = j == i && !tokens[j].latin && !tokens[j].definite
    let k = j + 1
    if continues(k), case .direction(let direction) = tokens[k].entry, relativePeriod(k, allowBare: false) == nil {
      guard let date = weekdayDate(weekday, direction: direction) else {
        return ParsedMatch(
          next: k + 1,
          items: [ParsedItem(first: i, last: k, value: unanchoredValue("XXXX-WXX-\(weekday)", grain: .day))])
      }
      return ParsedMatch(next: k + 1, items: [ParsedItem(first: i, last: k, value: dayValue(date, anchored: true))])
    }
    // "Wednesday after next": the second one ahead.
    if tokens[j].latin, keyword(k) == .after, continues(k + 1), tokens[k + 1].entry == .direction(.future),
      let anchor
    {
      let forward = (weekday - anchor.date.weekday + 7) % 7
      let date = anchor.date.adding(days: (forward == 0 ? 7 : forward) + 7)
      return ParsedMatch(next: k + 2, items: [ParsedItem(first: i, last: k + 1, value: dayValue(date, anchored: true))])
    }
    if let before = weekdayBeforeLast(weekday, from: i, at: k) { return before }
    var afterDate = skipComma(k)
    if keyword(afterDate) == .corresponding {
      afterDate += 1
    } else if let (value, _) = ordinal(k), value <= 5, monthSpec(ordinal(k)!.next) != nil {
      return nil  // "الثلاثاء الثالث من شهر ايلول" is the third Tuesday, not the 3rd.
    }
    if keyword(afterDate) == .inPreposition || keyword(afterDate) == .the { afterDate += 1 }
    for candidate in [
      dayFirstDate(afterDate, weekday: weekday), monthFirstDate(afterDate, weekday: weekday), numericDate(afterDate),
      numericDayMonth(afterDate, weekday: weekday),
    ] {
      if var found = candidate, found.items.count == 1, found.items[0].value.grain == .day {
        found.items[0].first = i
        return found
      }
    }
    // The weekday of a relative week: "الأحد من الأسبوع الماضي", "اثنين الاسبوع الحالي".
    var weekStart = k
    if keyword(weekStart) == .of || keyword(weekStart) == .from { weekStart += 1 }
    if let period = relativePeriod(weekStart, allowBare: false), period.items.count == 1,
      period.items[0].value.grain == .week, let anchor
    {
      let shift = weekShift(period.items[0].value.value, from: anchor.date)
      let monday = anchor.date.adding(days: 1 - anchor.date.weekday + 7 * shift)
      return ParsedMatch(
        next: period.next,
        items: [
          ParsedItem(first: i, last: period.next - 1, value: dayValue(monday.adding(days: weekday - 1), anchored: true))
        ])
    }
    // A day of the current month: "الثلاثاء التاسع عشر من هذا الشهر", "السبت السادس عشر",
    // "Tuesday the 12th" (with the article any day: "the 3rd" is not "the third Tuesday").
    let dayStart = englishDayAfterWeekday(k) ?? k
    if !bare, let (day, next) = ordinal(dayStart), day > 5 || dayStart > k, day <= 31 {
      var end = next
      var monthOffset = 0
      if keyword(end) == .of, let period = relativePeriod(end + 1, allowBare: false),
        period.items.count == 1, period.items[0].value.grain == .month
      {
        end = period.next
        monthOffset = 0
      }
      guard let anchor else { return nil }
      let base = anchor.date.adding(months: monthOffset)
      guard CivilDate.isValid(year: base.year, month: base.month, day: day) else { return nil }
      var chosen = CivilDate(year: base.year, month: base.month, day: day)
      if end == next, chosen.weekday != weekday, let matching = monthWhere(day, fallsOn: weekday) {
        chosen = matching  // "Thu 15th" said in February 2013: 15 August, the next 15th on a Thursday
      }
      return ParsedMatch(
        next: end, items: [ParsedItem(first: i, last: end - 1, value: dayValue(chosen, anchored: true))])
    }
    // Other ordinals belong to nth-weekday phrases ("الثلاثاء الثالث من شهر ايلول").
    if ordinal(k) != nil || keyword(k) == .lastInPeriod || bare { return nil }
    guard let date = weekdayDate(weekday, direction: nil) else {
      return ParsedMatch(
        next: k, items: [ParsedItem(first: i, last: k - 1, value: unanchoredValue("XXXX-WXX-\(weekday)", grain: .day))])
    }
    return ParsedMatch(next: k, items: [ParsedItem(first: i, last: k - 1, value: dayValue(date, anchored: true))])
  }

  /// The day `day` of the month nearest the anchor (as the preference places it) on which it
  /// falls on `weekday`, within a year either way.
  private func monthWhere(_ day: Int, fallsOn weekday: Int) -> CivilDate? {
    guard let anchor else { return nil }
    let candidates = (-12...12).compactMap { shift -> CivilDate? in
      let month = anchor.date.adding(months: shift)
      guard CivilDate.isValid(year: month.year, month: month.month, day: day) else { return nil }
      let date = CivilDate(year: month.year, month: month.month, day: day)
      return date.weekday == weekday ? date : nil
    }
    return occurrence(among: candidates)
  }

  /// How many weeks a week value lies from the anchor's week.
  func weekShift(_ value: String, from date: CivilDate) -> Int {
    let current = weekValue(containing: date, anchored: true).value
    for shift in -2...2 where weekValue(containing: date.adding(days: 7 * shift), anchored: true).value == value {
      return shift
    }
    return current == value ? 0 : 0
  }

  /// "ثالث ثلاثاء في ايلول في سنة 2014", "الثلاثاء الأولى من اكتوبر", "آخر اثنين من شهر
  /// اذار", "الاثنين الاخير من شهر ثلاثة", "ثاني اربعاء من شهر اكتوبر من عام 2014".
  func nthWeekday(_ i: Int) -> ParsedMatch? {
    guard i < tokens.count, RuleStart.nthWeekday(tokens[i]) else { return nil }
    var j = i
    var nth: Int?  // 0 for the last
    if let (value, next) = ordinal(j), (1...5).contains(value) {
      nth = value
      j = next
    } else if keyword(j) == .lastInPeriod || (continues(j) && tokens[j].latin && tokens[j].entry == .direction(.past)) {
      nth = 0  // آخر اثنين من شهر اذار; "last Monday of March" (a month must follow)
      j += 1
    }
    if continues(j), case .unit(.day, .singular) = tokens[j].entry, nth != nil { j += 1 }
    guard continues(j), case .weekday(let weekday) = tokens[j].entry else { return nil }
    j += 1
    if nth == nil {
      if let (value, next) = ordinal(j), (1...5).contains(value) {
        nth = value
        j = next
      } else if keyword(j) == .lastInPeriod {
        nth = 0
        j += 1
      }
    }
    // "ثالث ثلاثاء بعد كريسماس 2014", "the first Monday after Easter": counted from a day.
    if let nth, nth > 0, keyword(j) == .after {
      for candidate in [dateExpression(j + 1), holidayExpression(j + 1), namedHoliday(j + 1)] {
        guard let candidate, candidate.items.count == 1, let day = candidate.items[0].value.day else { continue }
        let date = day.adding(days: (weekday - day.weekday + 6) % 7 + 1 + 7 * (nth - 1))
        return ParsedMatch(
          next: candidate.next,
          items: [
            ParsedItem(
              first: i, last: candidate.next - 1, value: dayValue(date, anchored: candidate.items[0].value.anchored))
          ])
      }
    }
    guard let nth, let spec = monthSpec(j), let year = spec.year else { return nil }
    let first = CivilDate(year: year, month: spec.month, day: 1)
    let date: CivilDate
    if nth == 0 {
      let last = CivilDate(year: year, month: spec.month, day: CivilDate.daysIn(month: spec.month, year: year))
      date = last.adding(days: -((last.weekday - weekday + 7) % 7))
    } else {
      date = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
      guard date.month == spec.month else { return nil }
    }
    return ParsedMatch(
      next: spec.next,
      items: [ParsedItem(first: i, last: spec.next - 1, value: dayValue(date, anchored: spec.anchored))])
  }

  /// A day or a week counted within a month: "اليوم الثالث من اكتوبر", "ثالث يوم من شهر
  /// عشرة", "اخر يوم بشهر عشرة سنة 2015", "الاسبوع الاول من شهر عشرة 2014", "اخر اسبوع في
  /// سبتمبر" (weeks are the month's full Monday-to-Sunday weeks).
  ///
  /// English counts from the end too: "the last week of September", "the second last week of
  /// October 2018", "the fifth last day of May", and weeks of a year ("the third last week of
  /// 2018").
  func dayOfPeriod(_ i: Int) -> ParsedMatch? {
    guard i < tokens.count, RuleStart.dayOfPeriod(tokens[i]) else { return nil }
    var j = i
    if keyword(j) == .the, continues(j + 1), tokens[j].latin { j += 1 }
    var nth: Int?
    // Units before the last one counted back: 1 in "the second last week".
    var back = 0
    var unit: TimeUnit?
    func isEnglishLast(_ k: Int) -> Bool {
      continues(k) && tokens[k].latin && tokens[k].entry == .direction(.past)
    }
    func readNth(_ k: Int) -> Int? {
      if let (value, next) = ordinal(k), (1...31).contains(value) {
        if isEnglishLast(next) {
          nth = 0
          back = value - 1
          return next + 1
        }
        nth = value
        return next
      }
      if keyword(k) == .lastInPeriod || isEnglishLast(k) {
        nth = 0
        return k + 1
      }
      return nil
    }
    func readUnit(_ k: Int) -> Int? {
      guard continues(k) else { return nil }
      switch tokens[k].entry {
      case .unit(.day, .singular), .dayOffset(0): unit = .day
      case .unit(.week, .singular): unit = .week
      default: return nil
      }
      return k + 1
    }
    if let afterUnit = readUnit(j), let afterNth = readNth(afterUnit) {
      j = afterNth
    } else if let afterNth = readNth(j), let afterUnit = readUnit(afterNth) {
      j = afterUnit
    } else {
      return nil
    }
    guard let nth, let unit else { return nil }
    // "the last week of" names a week: English "last" alone before a week or a day is the
    // relative "last week" unless "of"/"in" and a month or a year follow.
    let english = tokens[i].latin
    if english {
      guard keyword(j) == .of || keyword(j) == .inPreposition else { return nil }
    }
    if english, unit == .day, monthSpec(j) == nil, let found = yearOfCountedPeriod(j + 1, relative: keyword(i) == .the)
    {
      // "the last day of the year", "the second day of 2025"
      let day =
        nth == 0
        ? CivilDate(year: found.year, month: 12, day: 31).adding(days: -back)
        : CivilDate(year: found.year, month: 1, day: 1).adding(days: nth - 1)
      return ParsedMatch(
        next: found.next,
        items: [ParsedItem(first: i, last: found.next - 1, value: dayValue(day, anchored: found.anchored))])
    }
    if english, unit == .week, monthSpec(j) == nil, let found = yearOfCountedPeriod(j + 1, relative: keyword(i) == .the)
    {
      // Weeks of a year: its full Monday-to-Sunday weeks.
      let first = CivilDate(year: found.year, month: 1, day: 1)
      let last = CivilDate(year: found.year, month: 12, day: 31)
      let monday =
        nth == 0
        ? last.adding(days: -(last.weekday % 7) - 6 - 7 * back)
        : first.adding(days: (8 - first.weekday) % 7 + 7 * (nth - 1))
      guard monday.year == found.year else { return nil }
      return ParsedMatch(
        next: found.next,
        items: [
          ParsedItem(first: i, last: found.next - 1, value: weekValue(containing: monday, anchored: found.anchored))
        ])
    }
    guard let spec = monthSpec(j), let year = spec.year else { return nil }
    let length = CivilDate.daysIn(month: spec.month, year: year)
    let first = CivilDate(year: year, month: spec.month, day: 1)
    let last = CivilDate(year: year, month: spec.month, day: length)
    let value: ParsedValue
    if unit == .day {
      guard nth <= length, back < length else { return nil }
      value = dayValue(
        nth == 0 ? last.adding(days: -back) : CivilDate(year: year, month: spec.month, day: nth),
        anchored: spec.anchored)
    } else {
      let firstMonday = first.adding(days: (8 - first.weekday) % 7)
      let lastSunday = last.adding(days: -(last.weekday % 7))
      let monday = nth == 0 ? lastSunday.adding(days: -6 - 7 * back) : firstMonday.adding(days: 7 * (nth - 1))
      guard monday.month == spec.month, nth <= 5 else { return nil }
      value = weekValue(containing: monday, anchored: spec.anchored)
    }
    return ParsedMatch(next: spec.next, items: [ParsedItem(first: i, last: spec.next - 1, value: value)])
  }
}
