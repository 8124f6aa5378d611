extension TemporalParser {
  /// Calendar dates: day-month-year in any order news writes them, numeric dates, years,
  /// weekdays with dates, modified months and years, quarters, nth weekdays.
  func dateExpression(_ i: Int) -> ParsedMatch? {
    var best: ParsedMatch?
    Self.keepLonger(&best, dayFirstDate(i, weekday: nil))
    Self.keepLonger(&best, monthFirstDate(i))
    Self.keepLonger(&best, numericDate(i))
    Self.keepLonger(&best, yearExpression(i))
    Self.keepLonger(&best, modifiedExpression(i))
    Self.keepLonger(&best, quarterExpression(i))
    Self.keepLonger(&best, weekdayExpression(i))
    Self.keepLonger(&best, nthWeekday(i))
    Self.keepLonger(&best, dayOfPeriod(i))
    Self.keepLonger(&best, numericDayMonth(i, weekday: nil))
    Self.keepLonger(&best, dayAlone(i))
    return best
  }

  /// A connector between the two ends of a range or list: و, -, إلى, حتى, وحتى, to, and.
  func rangeConnector(_ i: Int) -> Int? {
    guard continues(i) else { return nil }
    if isPunctuation(i, "-", "–", "—") { return i + 1 }
    switch keyword(i) {
    case .and:
      if keyword(i + 1) == .to { return i + 2 }
      return i + 1
    case .to: return i + 1
    default: return nil
    }
  }

  /// "15 أكتوبر 2025", "٢٨ كانون الثاني ٢٠٢٦", "الخامس عشر من تشرين الأول", "الأول من أيار",
  /// "يوم 15 أكتوبر", "بين 10 و12 شباط 2025" (two dates), "28 كانون الأول الماضي".
  func dayFirstDate(_ i: Int, weekday: Int?) -> ParsedMatch? {
    guard i < tokens.count, RuleStart.dayFirstDate(tokens[i]) else { return nil }
    var j = i
    if continues(j), case .unit(.day, .singular) = tokens[j].entry { j += 1 }
    if keyword(j) == .the, tokens[j].latin { j += 1 }  // "the 3rd of March"
    guard let first = dayOfMonth(j) else { return nil }
    // "يوم 5 يناير القادم": يوم before a day in digits is the preposition's noun ("on the day
    // of"), left out of the extent as "on" is; before a day in words it stays ("يوم الخامس من").
    let start = j > i && !tokens[i].latin && tokens[j].kind == .number ? j : i
    var days: [(day: Int, first: Int, last: Int)] = [(first.day, start, first.next - 1)]
    var k = first.next
    var secondStart = rangeConnector(k)
    // "to the 15th"
    if let start = secondStart, keyword(start) == .the, tokens[start].latin { secondStart = start + 1 }
    if let afterConnector = secondStart, let second = dayOfMonth(afterConnector),
      second.inDigits == first.inDigits || !first.inDigits
    {
      days.append((second.day, afterConnector, second.next - 1))
      k = second.next
    }
    if keyword(k) == .of { k += 1 }
    if keyword(k) == .the, tokens[k].latin { k += 1 }
    guard let month = month(k) else { return dayOfRelativeMonth(days, at: k, weekday: weekday) }
    k = month.next
    var year: Int?
    var hijriYear = false
    if let found = yearAfter(k) {
      year = found.year
      hijriYear = found.hijri
      k = found.next
    } else if month.hijri, let (value, digits) = number(skipComma(k)), digits >= 3, digits <= 4 {
      // "14 رمضان 1446" without هـ: a Hijri month takes a Hijri year.
      year = value
      k = skipComma(k) + 1
      if keyword(k) == .hijriMarker { k += 1 }
    }
    var direction: Direction?
    if year == nil, continues(k), case .direction(let found) = tokens[k].entry {
      direction = found
      k += 1
    }
    var items: [ParsedItem] = []
    for (index, day) in days.enumerated() {
      guard
        let value = dateOf(
          day: day.day, month: month.month, year: year, hijri: month.hijri || hijriYear,
          direction: direction, weekday: days.count == 1 ? weekday : nil)
      else { return nil }
      let last = index == days.count - 1 ? k - 1 : day.last
      items.append(ParsedItem(first: day.first, last: last, value: value))
    }
    return ParsedMatch(next: k, items: items)
  }

  /// Days of a month counted from the anchor: "27 من الشهر الجاري", "الخامس من الشهر المقبل",
  /// "the 20th of this month".
  private func dayOfRelativeMonth(_ days: [(day: Int, first: Int, last: Int)], at k: Int, weekday: Int?) -> ParsedMatch?
  {
    guard let period = relativePeriod(k, allowBare: false), period.items.count == 1,
      period.items[0].value.grain == .month
    else { return nil }
    let parts = period.items[0].value.value.split(separator: "-")
    guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
    var items: [ParsedItem] = []
    for (index, day) in days.enumerated() {
      guard CivilDate.isValid(year: year, month: month, day: day.day) else { return nil }
      items.append(
        ParsedItem(
          first: day.first, last: index == days.count - 1 ? period.next - 1 : day.last,
          value: dayValue(CivilDate(year: year, month: month, day: day.day), anchored: true)))
    }
    return ParsedMatch(next: period.next, items: items)
  }

  /// The value of a day of a month, resolving a missing year.
  func dateOf(day: Int, month: Int, year: Int?, hijri: Bool, direction: Direction?, weekday: Int?)
    -> ParsedValue?
  {
    if hijri {
      guard let (date, reading) = hijriDate(year: year, month: month, day: day) else {
        return anchor == nil && year == nil
          ? ParsedValue(
            label: .date, value: "XXXX-XX-XX", mod: nil, anchored: false, grain: .day,
            hijri: "XXXX-\(pad(month, 2))-\(pad(day, 2))", offset: nil, day: nil, clock: nil)
          : nil
      }
      return dayValue(date, anchored: year == nil, hijri: reading)
    }
    if let year {
      guard CivilDate.isValid(year: year, month: month, day: day) else { return nil }
      return dayValue(CivilDate(year: year, month: month, day: day), anchored: false)
    }
    guard day <= CivilDate.daysIn(month: month, year: 2024) else { return nil }
    guard let resolved = yearFor(month: month, day: day, direction: direction, weekday: weekday),
      CivilDate.isValid(year: resolved, month: month, day: day)
    else {
      return unanchoredValue("XXXX-\(pad(month, 2))-\(pad(day, 2))", grain: .day)
    }
    return dayValue(CivilDate(year: resolved, month: month, day: day), anchored: true)
  }

  /// "ديسمبر 2024", "تشرين الأول/ أكتوبر الماضي", "October 15, 2025", "يوليو 13-15", "في أكتوبر".
  func monthFirstDate(_ i: Int, allowAmbiguous: Bool = false, weekday: Int? = nil) -> ParsedMatch? {
    guard i < tokens.count, RuleStart.monthFirstDate(tokens[i].entry), let month = month(i) else { return nil }
    var k = month.next
    // A list of months sharing a year: "أيار وحزيران وتموز 2022".
    if !month.hijri, let list = monthList(i, first: month) { return list }
    // "February the 15th": an ordinal after "the".
    if !month.hijri, tokens[i].latin, keyword(k) == .the, ordinal(k + 1) != nil { k += 1 }
    // "March 3", "Oct. 2", "Jan first", "May twenty-first" (English ordinals in words).
    if !month.hijri, let first = dayOfMonth(k),
      first.inDigits ? !isCountedNoun(first.next) || tokens[i].latin : tokens[i].latin
    {
      var days: [(day: Int, first: Int, last: Int)] = [(first.day, i, first.next - 1)]
      k = first.next
      // "July 13-15", "from August 3rd to the 9th" (the month of the first end).
      let afterConnector = rangeConnector(k).map { tokens[i].latin && keyword($0) == .the ? $0 + 1 : $0 }
      if let afterConnector, let second = dayOfMonth(afterConnector),
        second.inDigits || keyword(afterConnector - 1) == .the
      {
        days.append(
          (second.day, keyword(afterConnector - 1) == .the ? afterConnector - 1 : afterConnector, second.next - 1))
        k = second.next
      }
      var year: Int?
      if let found = yearAfter(k) {
        year = found.year
        k = found.next
      }
      var items: [ParsedItem] = []
      for (index, day) in days.enumerated() {
        guard
          let value = dateOf(
            day: day.day, month: month.month, year: year, hijri: false, direction: nil,
            weekday: days.count == 1 ? weekday : nil)
        else { return nil }
        items.append(ParsedItem(first: day.first, last: index == days.count - 1 ? k - 1 : day.last, value: value))
      }
      return ParsedMatch(next: k, items: items)
    }
    if month.hijri { return nil }  // A Hijri month without a day spans two Gregorian months.
    if let found = yearAfter(k), !found.hijri {
      return ParsedMatch(
        next: found.next,
        items: [
          ParsedItem(
            first: i, last: found.next - 1, value: monthValue(year: found.year, month: month.month, anchored: false))
        ])
    }
    var direction: Direction?
    if continues(k), case .direction(let found) = tokens[k].entry, !readsAsModal(month: i, direction: k) {
      if let year = yearOfRelativeYear(direction: found, at: k + 1) {
        return ParsedMatch(
          next: k + 2,
          items: [ParsedItem(first: i, last: k + 1, value: monthValue(year: year, month: month.month, anchored: true))])
      }
      direction = found
      k += 1
    } else if month.ambiguous && !allowAmbiguous {
      guard
        hasMonthPreposition(before: i) || abbreviatedMonthWithDot(i, dot: k) && !capitalisedWordAfter(dot: k)
          || arabicMonthAfterFromOfOnset(i),
        !placeParticleAfter(i), !readsAsInfinitive(month: i)
      else { return nil }
    } else if !allowAmbiguous, monthReadsAsName(i) {
      return nil
    }
    if direction == nil, monthReadsAsGivenName(i, next: k) { return nil }
    // "in Sept. and Oct.": the dot is the abbreviation's, part of the expression.
    if direction == nil, k == i + 1, abbreviatedMonthWithDot(i, dot: k) { k += 1 }
    guard let year = yearFor(month: month.month, day: nil, direction: direction) else {
      return ParsedMatch(
        next: k,
        items: [ParsedItem(first: i, last: k - 1, value: unanchoredValue("XXXX-\(pad(month.month, 2))", grain: .month))]
      )
    }
    return ParsedMatch(
      next: k,
      items: [ParsedItem(first: i, last: k - 1, value: monthValue(year: year, month: month.month, anchored: true))])
  }

  /// Months joined by و and closed by a year: each month takes the year.
  private func monthList(_ i: Int, first: MonthReading) -> ParsedMatch? {
    var months: [(month: Int, first: Int, last: Int)] = [(first.month, i, first.next - 1)]
    var k = first.next
    while true {
      var start = k
      if keyword(k) == .and || keyword(k) == .to {
        start = k + 1
      } else if !(continues(k) && tokens[k].conjunction) {
        break
      }
      guard let next = monthName(start), !next.hijri else { break }
      months.append((next.month, start, next.next - 1))
      k = next.next
    }
    guard months.count > 1, let (year, anchored, next) = sharedYear(k) else { return nil }
    var items = months.map {
      ParsedItem(first: $0.first, last: $0.last, value: monthValue(year: year, month: $0.month, anchored: anchored))
    }
    items[items.count - 1].last = next - 1
    return ParsedMatch(next: next, items: items)
  }

  /// Whether token `i` is a word the grammar does not know (a counted noun after a number:
  /// "15 مشروعاً"), or مرة/times ("مارس 15 مرة": practised 15 times).
  func isCountedNoun(_ i: Int) -> Bool {
    guard continues(i), tokens[i].kind == .word else { return false }
    if case .times? = keyword(i) { return true }
    return tokens[i].entry == nil
  }

  /// Whether a numeric date at token `i` reads month first: the `numeric_order` option, else
  /// the script of the nearest word (Arabic day first, English month first as in US news).
  func readsMonthFirst(at i: Int) -> Bool {
    switch options.numericOrder {
    case .dayFirst: return false
    case .monthFirst: return true
    case .auto:
      for distance in 1...6 {
        for k in [i - distance, i + distance] where k >= 0 && k < tokens.count && tokens[k].kind == .word {
          return tokens[k].latin
        }
      }
      return true
    }
  }

  /// 15/10/2025 (day first), 2025-10-15, 14-09-1432 هـ, 2/2013.
  func numericDate(_ i: Int) -> ParsedMatch? {
    guard let (a, aDigits) = number(i), isPunctuation(i + 1, "/", "-", "."),
      !tokens[i + 1].spaceBefore, let (b, bDigits) = number(i + 2), !tokens[i + 2].spaceBefore,
      bDigits <= 2 || (bDigits == 4 && aDigits <= 2)
    else { return nil }
    let separator = tokens[i + 1].number
    if continues(i + 3), tokens[i + 3].kind == .punctuation, tokens[i + 3].number == separator,
      !tokens[i + 3].spaceBefore, let (c, cDigits) = number(i + 4), !tokens[i + 4].spaceBefore
    {
      var next = i + 5
      var hijri = options.numericHijri
      if keyword(next) == .hijriMarker {
        hijri = true
        next += 1
      } else if keyword(next) == .gregorianMarker {
        hijri = false
        next += 1
      }
      var year: Int
      var month: Int
      var day: Int
      if aDigits == 4, bDigits <= 2, cDigits <= 2 {
        (year, month, day) = (a, b, c)
      } else if aDigits <= 2, bDigits <= 2, cDigits == 4 || cDigits == 2 {
        (year, month, day) = (c, b, a)
        // 02/22/2016 can only be month first; 03/04/2016 is read in the text's convention.
        if a <= 12, b > 12 || (b <= 12 && !hijri && readsMonthFirst(at: i)) { (month, day) = (a, b) }
        if cDigits == 2 {
          year = hijri ? (c < 70 ? 1400 + c : 1300 + c) : (c < 70 ? 2000 + c : 1900 + c)
        }
      } else {
        return nil
      }
      if hijri {
        guard let (date, reading) = hijriDate(year: year, month: month, day: day) else { return nil }
        return ParsedMatch(
          next: next,
          items: [ParsedItem(first: i, last: next - 1, value: dayValue(date, anchored: false, hijri: reading))])
      }
      guard CivilDate.isValid(year: year, month: month, day: day) else { return nil }
      return ParsedMatch(
        next: next,
        items: [
          ParsedItem(
            first: i, last: next - 1, value: dayValue(CivilDate(year: year, month: month, day: day), anchored: false))
        ])
    }
    // month/year
    if separator == 0x2F, aDigits <= 2, (1...12).contains(a), bDigits == 4, (1000...2999).contains(b) {
      if continues(i + 3), isPunctuation(i + 3, "/", "-", "."), number(i + 4) != nil { return nil }
      return ParsedMatch(
        next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: monthValue(year: b, month: a, anchored: false))])
    }
    return nil
  }

  /// Day and month without a year: "21/09" after a weekday, "منذ 22/2", "في 22-4", "on
  /// 3/4", and "4/22" (a field over 12 fixes the order). Without a weekday or a preposition
  /// only the slash form counts, and only when one field cannot be a month ("3/4" alone may
  /// be a fraction, "24/7" is round the clock, "3-1" a score).
  func numericDayMonth(_ i: Int, weekday: Int?) -> ParsedMatch? {
    // Not with a dot: "rose to 3.4 percent" is a decimal.
    guard let (a, aDigits) = number(i), aDigits <= 2, isPunctuation(i + 1, "/", "-"),
      !tokens[i + 1].spaceBefore, let (b, bDigits) = number(i + 2), bDigits <= 2,
      !tokens[i + 2].spaceBefore, !(isPunctuation(i + 3, "/", "-", ".") && number(i + 4) != nil),
      !isPunctuation(i + 3, "%"),
      !(i >= 2 && tokens[i - 1].kind == .punctuation && !tokens[i].spaceBefore && tokens[i - 2].kind == .number)
    else { return nil }
    let slash = isPunctuation(i + 1, "/")
    var introduced = weekday != nil
    if !introduced, i > 0, !tokens[i].newlineBefore {
      switch tokens[i - 1].entry {
      case .keyword(.inPreposition), .keyword(.on), .keyword(.since), .keyword(.from), .keyword(.to),
        .keyword(.before), .keyword(.after), .keyword(.corresponding), .unit(.day, .singular),
        .keyword(.dayWord):
        introduced = true
      default: break
      }
    }
    guard introduced || (slash && (a > 12 || b > 12) && !(a == 24 && b == 7)) else { return nil }
    // "3/4 percent", "1/2 في المئة" are fractions.
    if keyword(i + 3) == .percent || (keyword(i + 3) == .inPreposition && keyword(i + 4) == .percent) { return nil }
    // "in 1/2 hour", "1/4 h": a fraction of a unit.
    if continues(i + 3),
      keyword(i + 3) == .hourLetter || { if case .unit = tokens[i + 3].entry { return true } else { return false } }()
    {
      return nil
    }
    var (day, month) = readsMonthFirst(at: i) ? (b, a) : (a, b)
    if month > 12 { (day, month) = (month, day) }
    guard (1...12).contains(month), (1...31).contains(day),
      let value = dateOf(day: day, month: month, year: nil, hijri: false, direction: nil, weekday: weekday)
    else { return nil }
    return ParsedMatch(next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: value)])
  }

  /// A day of the month alone: "عدت يوم 27", "on the 15th", "the 3rd": the month is the
  /// anchor's, the one before or the one after, as the preference (or tense) decides.
  func dayAlone(_ i: Int) -> ParsedMatch? {
    guard i < tokens.count, RuleStart.dayAlone(tokens[i].entry) else { return nil }
    var j = i
    let day: Int
    if continues(j), !tokens[j].latin, case .unit(.day, .singular) = tokens[j].entry {
      guard let (value, digits) = number(j + 1), digits <= 2, (1...31).contains(value),
        !isCountedNoun(j + 2), entry(j + 2).map({ if case .unit = $0 { return false } else { return true } }) ?? true,
        // "يوم 14/01/2011", "يوم 3/4": a numeric date, read from its first number.
        !(isPunctuation(j + 2, "/", "-", ".") && !tokens[j + 2].spaceBefore && number(j + 3) != nil)
      else { return nil }
      day = value
      j += 2
    } else {
      if keyword(j) == .on, tokens[j].latin { j += 1 }
      guard keyword(j) == .the || j > i, let (value, digits) = number(j + (keyword(j) == .the ? 1 : 0)),
        digits <= 2, (1...31).contains(value)
      else { return nil }
      j += keyword(j) == .the ? 1 : 0
      guard keyword(j + 1) == .ordinalSuffix, !tokens[j + 1].spaceBefore, keyword(j + 2) != .of else { return nil }
      day = value
      j += 2
    }
    guard let anchor else {
      return ParsedMatch(
        next: j,
        items: [ParsedItem(first: i, last: j - 1, value: unanchoredValue("XXXX-XX-\(pad(day, 2))", grain: .day))])
    }
    guard let chosen = dayOfNearMonth(day, anchor: anchor.date) else { return nil }
    return ParsedMatch(next: j, items: [ParsedItem(first: i, last: j - 1, value: dayValue(chosen, anchored: true))])
  }

  /// Day `day` of the anchor's month, the one before or the one after, as the preference (or
  /// tense) decides.
  func dayOfNearMonth(_ day: Int, anchor: CivilDate) -> CivilDate? {
    let candidates = (-1...1).compactMap { shift -> CivilDate? in
      let month = anchor.adding(months: shift)
      guard CivilDate.isValid(year: month.year, month: month.month, day: day) else { return nil }
      return CivilDate(year: month.year, month: month.month, day: day)
    }
    return occurrence(among: candidates)
  }

  /// "عام 2025", "2025م", "في 2025", "خلال عامي 2023 و2024" (two years), "since 2011".
  func yearExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    if case .unit(.year, .dualConstruct) = tokens[i].entry,
      let (first, firstDigits) = number(i + 1), firstDigits == 4, (1000...2999).contains(first),
      let afterConnector = rangeConnector(i + 2), let (second, secondDigits) = number(afterConnector),
      secondDigits == 4, (1000...2999).contains(second)
    {
      return ParsedMatch(
        next: afterConnector + 1,
        items: [
          ParsedItem(first: i, last: i + 1, value: yearValue(first, anchored: false)),
          ParsedItem(first: afterConnector, last: afterConnector, value: yearValue(second, anchored: false)),
        ])
    }
    if let found = year(i, requireKeyword: true), !found.hijri {
      var items = [ParsedItem(first: i, last: found.next - 1, value: yearValue(found.year, anchored: false))]
      var next = found.next
      if let afterConnector = rangeConnector(next), let second = year(afterConnector), !second.hijri {
        items.append(
          ParsedItem(first: afterConnector, last: second.next - 1, value: yearValue(second.year, anchored: false)))
        next = second.next
      }
      return ParsedMatch(next: next, items: items)
    }
    if let found = year(i), !found.hijri, found.next > i + 1 {
      return ParsedMatch(
        next: found.next,
        items: [ParsedItem(first: i, last: found.next - 1, value: yearValue(found.year, anchored: false))])
    }
    switch keyword(i) {
    case .inPreposition, .since, .to, .from, .between, .of:
      if let found = year(i + 1), !found.hijri, yearFollowsPreposition(i, found.year, next: found.next) {
        var items = [ParsedItem(first: i + 1, last: found.next - 1, value: yearValue(found.year, anchored: false))]
        var next = found.next
        if let afterConnector = rangeConnector(next), let second = year(afterConnector), !second.hijri {
          items.append(
            ParsedItem(first: afterConnector, last: second.next - 1, value: yearValue(second.year, anchored: false)))
          next = second.next
        }
        return ParsedMatch(next: next, items: items)
      }
    default:
      break
    }
    return yearOfAnEvent(i)
  }

  /// "منتصف تشرين الأول", "بداية العام", "أواخر 2024", "mid-October", "early next year".
  func modifiedExpression(_ i: Int) -> ParsedMatch? {
    var j = i
    if keyword(j) == .the { j += 1 }
    // "EOM", "by the EOY": the current day, month or year with START or END.
    if continues(j), case .keyword(.periodEdge(let edge, let unit)) = tokens[j].entry, let anchor {
      var value: ParsedValue
      switch unit {
      case .day: value = dayValue(anchor.date, anchored: true)
      case .month: value = monthValue(year: anchor.date.year, month: anchor.date.month, anchored: true)
      default: value = yearValue(anchor.date.year, anchored: true)
      }
      value.day = nil
      value.mod = edge
      return ParsedMatch(next: j + 1, items: [ParsedItem(first: i, last: j, value: value)])
    }
    let modifier: TemporalModifier
    switch entry(j) {
    case .modifier(let found) where continues(j):
      if found == .end, let weekend = arabicLastWeekend(i, modifier: j) { return weekend }
      modifier = found
    case .keyword(.half) where continues(j): modifier = .mid  // "نصف شهر آذار"
    default: return nil
    }
    // "exams start the week after next", "to end the year": an English noun of the edge
    // ("start", "end", "beginning", "middle") right before "the" is a verb or an object, since
    // the edge takes "of"; the adverbs "early" and "late" do come before "the" ("late the next day").
    if tokens[j].latin, keyword(j + 1) == .the, !Self.edgeAdverbHashes.contains(tokens[j].wordHash) { return nil }
    j += 1
    if keyword(j) == .of { j += 1 }
    if isPunctuation(j, "-") { j += 1 }
    if keyword(j) == .the { j += 1 }
    if keyword(j) == .approximately, tokens[j].latin { j += 1 }  // "the end of around next week"
    var inner: ParsedMatch?
    for candidate in [
      monthFirstDate(j, allowAmbiguous: true), relativePeriod(j, allowBare: true), yearExpression(j),
      quarterExpression(j), decadeExpression(j), centuryExpression(j), anchorDecade(j, allowBare: true),
    ] {
      if let candidate, candidate.items.count == 1, candidate.items[0].value.grain >= .week,
        inner == nil || candidate.next > inner!.next
      {
        inner = candidate
      }
    }
    if inner == nil, let found = year(j) {
      inner = ParsedMatch(
        next: found.next,
        items: [ParsedItem(first: j, last: found.next - 1, value: yearValue(found.year, anchored: false))])
    }
    guard var result = inner else { return nil }
    result.items[0].first = i
    result.items[0].value.mod = modifier
    return result
  }

  /// A month and year after "من" / "في" in nth-weekday and day-of-period phrases: a month
  /// with an optional year ("شهر اذار", "ايلول من عام 2014", "مارس السنة القادمة"), or
  /// "الشهر القادم" / "هذا الشهر".
  func monthSpec(_ i: Int) -> (year: Int?, month: Int, anchored: Bool, next: Int)? {
    var j = i
    if keyword(j) == .of || keyword(j) == .inPreposition { j += 1 }
    if let month = month(j), !month.hijri {
      var k = month.next
      if let found = yearAfter(k) {
        return (found.year, month.month, false, found.next)
      }
      if let period = relativePeriod(k, allowBare: false), period.items.count == 1,
        period.items[0].value.grain == .year, let year = Int(period.items[0].value.value)
      {
        return (year, month.month, true, period.next)
      }
      k = month.next
      return (yearFor(month: month.month, day: nil, direction: nil), month.month, true, k)
    }
    if let period = relativePeriod(j, allowBare: true), period.items.count == 1,
      period.items[0].value.grain == .month
    {
      let parts = period.items[0].value.value.split(separator: "-")
      if parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) {
        return (year, month, true, period.next)
      }
    }
    return nil
  }

  /// "الربع الأول من عام 2025", "الربع الثالث من العام الماضي", "the first quarter of 2025";
  /// halves of a named year: "the first half of 2023", "النصف الثاني من العام الجاري" (2024-H2).
  func quarterExpression(_ i: Int) -> ParsedMatch? {
    guard i < tokens.count, RuleStart.quarterExpression(tokens[i]) else { return nil }
    var j = i
    var quarter: Int?
    var half = false
    if keyword(j) == .the { j += 1 }
    if continues(j), case .unit(.quarter, .singular) = tokens[j].entry,
      continues(j + 1), case .ordinal(let value, _) = tokens[j + 1].entry
    {
      quarter = value
      j += 2
    } else if continues(j), tokens[j].latin, case .unit(.quarter, .singular) = tokens[j].entry, j + 1 < tokens.count,
      !tokens[j + 1].spaceBefore, let (value, digits) = number(j + 1), digits == 1
    {
      quarter = value  // "Q3 2014", "Q1"
      j += 2
    } else if let (value, next) = ordinal(j), continues(next), case .unit(.quarter, .singular) = tokens[next].entry {
      quarter = value  // "الربع الأول", "the 4th quarter"
      j = next + 1
    } else if continues(j + 1), case .unit(.quarter, .singular) = tokens[j].entry, keyword(j + 1) == .lastInPeriod {
      quarter = 4  // "الربع الأخير من العام الماضي"
      j += 2
    } else if continues(j + 1),
      keyword(j) == .lastInPeriod || (tokens[j].latin && tokens[j].entry == .direction(.past)),
      case .unit(.quarter, .singular) = tokens[j + 1].entry, keyword(j + 2) == .of
    {
      quarter = 4  // "the last quarter of 2023", "the final quarter of last year" ("last quarter" alone: the previous)
      j += 2
    } else if continues(j), tokens[j].latin, let (value, next) = ordinal(j), keyword(next) == .half {
      quarter = value  // "the first half of 2023": TIMEX3 2023-H1
      half = true
      j = next + 1
    } else if continues(j), case .fraction(30) = tokens[j].entry, tokens[j].definite, let (value, next) = ordinal(j + 1)
    {
      quarter = value  // "النصف الأول من العام"
      half = true
      j = next
    }
    guard let quarter, (1...(half ? 2 : 4)).contains(quarter) else { return nil }
    let part = half ? "H" : "Q"
    var k = j
    if keyword(k) == .of || keyword(k) == .inPreposition { k += 1 }
    if keyword(k) == .the { k += 1 }
    var year: Int?
    var anchored = false
    if let found = self.year(k), !found.hijri {
      year = found.year
      k = found.next
    } else if let period = relativePeriod(k, allowBare: true), period.items.count == 1,
      period.items[0].value.grain == .year, let value = Int(period.items[0].value.value)
    {
      year = value
      anchored = true
      k = period.next
    } else if half {
      // "the first half" alone is a half of anything (a match, a speech): a year follows, or
      // the sentence speaks of a business's or an economy's year ("Profits fell in the first half").
      guard keyword(j) != .of, yearlessHalfIsOfYear(i, j), let anchor else { return nil }
      k = j
      year = yearOfYearlessHalf(quarter, anchor: anchor.date)
      anchored = true
    } else {
      // "for the third quarter in a row", "the second quarter running": a count of quarters.
      if continues(j), tokens[j].latin,
        tokens[j].wordHash == TemporalParser.runningHash
          || (keyword(j) == .inPreposition && keyword(j + 1) == .article && continues(j + 2)
            && tokens[j + 2].wordHash == TemporalParser.rowHash)
      {
        return nil
      }
      k = j
      year = anchor.map { yearOfYearlessQuarter(quarter, anchor: $0.date) }
      anchored = true
    }
    let value: ParsedValue
    if let year {
      value = ParsedValue(
        label: .date, value: "\(pad(year, 4))-\(part)\(quarter)", mod: nil, anchored: anchored,
        grain: .quarter, hijri: nil, offset: nil, day: nil, clock: nil)
    } else {
      value = unanchoredValue("XXXX-\(part)\(quarter)", grain: .quarter)
    }
    return ParsedMatch(next: k, items: [ParsedItem(first: i, last: k - 1, value: value)])
  }

  /// "running" after a count of periods ("the third quarter running").
  static let runningHash = WordHasher.hash("running")
  static let rowHash = WordHasher.hash("row")
  /// The English edge words that are adverbs and may stand before "the" ("early the next week").
  static let edgeAdverbHashes: Set<UInt64> = [WordHasher.hash("early"), WordHasher.hash("late")]
}
