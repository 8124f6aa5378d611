extension TemporalParser {
  /// Expressions counted from the anchor: days (أمس، غداً، أول أمس), periods (الأسبوع
  /// الماضي، العام الجاري، هذا العام), counts (قبل ثلاثة أيام، منذ يومين، بعد شهرين, two weeks
  /// ago), "now" and "tonight".
  func relativeExpression(_ i: Int) -> ParsedMatch? {
    var best: ParsedMatch?
    Self.keepLonger(&best, dayOffsetExpression(i))
    Self.keepLonger(&best, weekThenWeekday(i))
    Self.keepLonger(&best, countedShift(i))
    Self.keepLonger(&best, vagueShift(i))
    Self.keepLonger(&best, nowExpression(i))
    Self.keepLonger(&best, directedName(i))
    Self.keepLonger(&best, tonightExpression(i))
    Self.keepLonger(&best, sameDayShifted(i))
    return best
  }

  private func offsetValue(_ days: Int) -> ParsedValue {
    guard let anchor else {
      return unanchoredValue(
        "XXXX-XX-XX", grain: .day, offset: days == 0 ? "P0D" : (days < 0 ? "-" : "") + "P\(abs(days))D")
    }
    return dayValue(anchor.date.adding(days: days), anchored: true)
  }

  /// اليوم، أمس، يوم أمس، البارحة، غداً، بعد غد، أول أمس، اليوم الماضي، في هذا اليوم.
  func dayOffsetExpression(_ i: Int) -> ParsedMatch? {
    var j = i
    var before: Keyword?
    if keyword(j) == .this { j += 1 }
    if continues(j), case .unit(.day, .singular) = tokens[j].entry { j += 1 }
    if continues(j), case .dayOffset(0) = tokens[j].entry, keyword(j + 1) == .after || keyword(j + 1) == .before {
      j += 1  // "اليوم الذي بعد الغد": the relative pronoun is not in the lexicon, so only "اليوم بعد".
    }
    if keyword(j) == .before || keyword(j) == .after {
      before = keyword(j)
      j += 1
      // "قبل يوم أمس", "بعد يوم غد"
      if continues(j), case .unit(.day, .singular) = tokens[j].entry, continues(j + 1),
        case .dayOffset = tokens[j + 1].entry
      {
        j += 1
      }
    } else if continues(j), case .ordinal(1, _) = tokens[j].entry, continues(j + 1),
      case .dayOffset(-1) = tokens[j + 1].entry
    {
      before = .before  // أول أمس
      j += 1
    }
    guard continues(j), case .dayOffset(let offset) = tokens[j].entry else { return nil }
    var days = offset
    switch before {
    case .before where offset == -1: days = -2
    case .after where offset == 1: days = 2
    case nil: break
    default: return nil
    }
    var next = j + 1
    // "اليوم الخميس", "أمس الأحد", "غدا الثلاثاء": the weekday names the same day.
    if continues(next), case .weekday = tokens[next].entry, tokens[next].definite || tokens[next].latin {
      return ParsedMatch(next: next + 1, items: [ParsedItem(first: i, last: next, value: offsetValue(days))])
    }
    if offset == 0, before == nil, continues(next) {
      switch tokens[next].entry {
      case .direction(.past):
        days = -1
        next += 1
      case .direction(.future):
        days = 1
        next += 1
      case .ordinal, .keyword(.lastInPeriod), .unit:
        return nil  // "اليوم الأول من ..." is a day of a month; "اليوم" before a unit is not today.
      default: break
      }
    }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: offsetValue(days))])
  }

  /// A period relative to the anchor: الأسبوع الماضي، الشهر المقبل، العام الجاري، هذه السنة،
  /// last week, next year. With `allowBare`, a bare "العام" / "الشهر" is the current one
  /// (after a modifier: "بداية العام").
  func relativePeriod(_ i: Int, allowBare: Bool) -> ParsedMatch? {
    var j = i
    var direction: Direction?
    if keyword(j) == .the { j += 1 }
    if keyword(j) == .this {
      direction = .current
      j += 1
    } else if continues(j), case .direction(let found) = tokens[j].entry, !tokens[j].conjunction {
      // English order: "last week", "next month".
      if case .unit = entry(j + 1) {
        direction = found
        j += 1
      }
    }
    guard continues(j), case .unit(let unit, .singular) = tokens[j].entry,
      [.week, .month, .year, .quarter].contains(unit)
    else { return nil }
    var next = j + 1
    if direction == nil || direction == .current, continues(next), case .direction(let found) = tokens[next].entry {
      direction = found
      next += 1
    }
    if direction == nil {
      guard allowBare else { return nil }
      direction = .current
    }
    let step = direction!.rawValue
    guard let anchor else {
      let pattern: String
      switch unit {
      case .week: pattern = "XXXX-WXX"
      case .month: pattern = "XXXX-XX"
      case .quarter: pattern = "XXXX-QX"
      default: pattern = "XXXX"
      }
      let offset = step == 0 ? nil : (step < 0 ? "-" : "") + TemporalParser.durationValue([(1, unit)])
      return ParsedMatch(
        next: next,
        items: [ParsedItem(first: i, last: next - 1, value: unanchoredValue(pattern, grain: unit, offset: offset))])
    }
    let value: ParsedValue
    switch unit {
    case .week: value = weekValue(containing: anchor.date.adding(days: 7 * step), anchored: true)
    default: value = shifted(by: step, unit)!
    }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }

  /// A relative period, and a weekday of it when one follows: "الأسبوع المقبل يوم الجمعة",
  /// "next week on Friday".
  func weekThenWeekday(_ i: Int) -> ParsedMatch? {
    guard let period = relativePeriod(i, allowBare: false) else { return nil }
    guard period.items.count == 1, period.items[0].value.grain == .week, let anchor else { return period }
    var k = skipComma(period.next)
    if keyword(k) == .on || keyword(k) == .inPreposition { k += 1 }
    if continues(k), case .unit(.day, .singular) = tokens[k].entry { k += 1 }
    guard continues(k), case .weekday(let weekday) = tokens[k].entry else { return period }
    let shift = weekShift(period.items[0].value.value, from: anchor.date)
    let monday = anchor.date.adding(days: 1 - anchor.date.weekday + 7 * shift)
    return ParsedMatch(
      next: k + 1,
      items: [ParsedItem(first: i, last: k, value: dayValue(monday.adding(days: weekday - 1), anchored: true))])
  }

  /// A vague count before or after the anchor, with mod APPROX and Duckling's three for "a
  /// few": "قبل بضعة أيام", "منذ عدة أسابيع", "a few days ago", "in a few weeks".
  func vagueShift(_ i: Int) -> ParsedMatch? {
    var j = i
    var sign = -1
    switch keyword(j) {
    case .before, .since: j += 1
    case .after:
      sign = 1
      j += 1
    case .inPreposition where tokens[j].latin:
      sign = 1
      j += 1
    default: break
    }
    if keyword(j) == .article { j += 1 }
    guard keyword(j) == .fewCount, continues(j + 1), case .unit(let unit, .plural) = tokens[j + 1].entry else {
      return nil
    }
    var next = j + 2
    if j == i || (j == i + 1 && keyword(i) == .article) {
      guard keyword(next) == .ago else { return nil }
      next += 1
    } else if keyword(next) == .ago {
      return nil
    }
    // "يعيش هنا منذ عدة أعوام": how long, as "منذ ثلاثة أعوام" after a present verb.
    if j == i + 1, keyword(i) == .since, !tokens[i].latin, next == j + 2, sinceMeansFor(i) {
      return ParsedMatch(next: next, items: [ParsedItem(first: j, last: j + 1, value: vagueAmountValue(unit))])
    }
    guard var value = shifted(by: sign * 3, unit) else { return nil }
    value.mod = .approx
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }

  /// قبل ثلاثة أيام، منذ يومين، بعد شهرين، منذ 21 أيام، two weeks ago, in three days; with a
  /// fraction, "بعد ساعة ونصف", "in half an hour", "in 2.5 hours".
  func countedShift(_ i: Int) -> ParsedMatch? {
    let latin = continues(i) && tokens[i].latin
    let sign: Int? =
      switch keyword(i) {
      case .after where !latin: 1
      case .before where !latin, .since where !latin: -1
      case .inPreposition where latin: 1
      default: nil
      }
    // "in 1/2 hour", "in 1/4h": a written fraction of an hour.
    if latin, sign == 1, let (one, _) = number(i + 1), one == 1, isPunctuation(i + 2, "/"), !tokens[i + 2].spaceBefore,
      let (part, _) = number(i + 3), part == 2 || part == 4, !tokens[i + 3].spaceBefore, continues(i + 4),
      keyword(i + 4) == .hourLetter || tokens[i + 4].entry == .unit(.hour, .singular),
      let value = shifted(by: 60 / part, .minute)
    {
      return ParsedMatch(next: i + 5, items: [ParsedItem(first: i, last: i + 4, value: value)])
    }
    if let sign, let amount = fractionalAmount(i + 1), let (count, unit) = TemporalParser.wholeAmount(amount),
      let value = shifted(by: sign * count, unit)
    {
      // "ينتظر المسافرون منذ ساعة ونصف": how long, as "منذ ساعتين" after a present verb.
      if keyword(i) == .since, sinceMeansFor(i) {
        let duration = ParsedValue(
          label: .duration, value: TemporalParser.durationValue(amount), mod: nil, anchored: false, grain: amount.unit,
          hijri: nil, offset: nil, day: nil, clock: nil)
        return ParsedMatch(
          next: amount.next, items: [ParsedItem(first: i + 1, last: amount.next - 1, value: duration)])
      }
      return ParsedMatch(next: amount.next, items: [ParsedItem(first: i, last: amount.next - 1, value: value)])
    }
    switch keyword(i) {
    case .before, .since, .after:
      // English "after 18 months in detention" is an amount of time.
      // "قبل نحو ثلاثة أشهر", "منذ حوالي عامين": the same shift, approximately.
      let about = keyword(i + 1) == .approximately
      if !about, let bounded = arabicBoundedAgo(i) { return bounded }
      guard !tokens[i].latin, bareSingularCounts(about ? i + 2 : i + 1, nounMayFollow: !about),
        let counted = countedUnit(about ? i + 2 : i + 1), counted.count > 0
      else { return nil }
      // "بعد ثلاثة أيام من الاشتباكات", "قبل أسبوع من الانتخابات": counted from an event, not
      // from the document date; the amount is a DURATION (TimeML's reading of "three days
      // after the clashes").
      if keyword(counted.next) == .of, isCountedNoun(counted.next + 1) {
        // "قبل نحو شهر من الانتخابات": about a month.
        let value = ParsedValue(
          label: .duration, value: TemporalParser.durationValue([(counted.count, counted.unit)]),
          mod: about ? .approx : nil, anchored: false, grain: counted.unit, hijri: nil, offset: nil, day: nil,
          clock: nil)
        return ParsedMatch(
          next: counted.next, items: [ParsedItem(first: about ? i + 2 : i + 1, last: counted.next - 1, value: value)])
      }
      // "يعيش اللاجئون في المخيم منذ ثلاثة أعوام": منذ and an amount say for how long (TimeML's
      // DURATION) after a present verb; elsewhere it is "ago" ("غادر السفير البلاد منذ يومين").
      if keyword(i) == .since, sinceMeansFor(i) {
        var value = ParsedValue(
          label: .duration, value: TemporalParser.durationValue([(counted.count, counted.unit)]), mod: nil,
          anchored: false, grain: counted.unit, hijri: nil, offset: nil, day: nil, clock: nil)
        if about { value.mod = .approx }
        return ParsedMatch(
          next: counted.next, items: [ParsedItem(first: about ? i + 2 : i + 1, last: counted.next - 1, value: value)])
      }
      if keyword(i) == .after, !about,
        let later = arabicAmountAfterEvent(i, count: counted.count, unit: counted.unit, next: counted.next)
      {
        return later
      }
      let sign = keyword(i) == .after ? 1 : -1
      guard
        var value = arabicWeekShift(sign * counted.count, counted.unit)
          ?? shifted(by: sign * counted.count, counted.unit)
      else { return nil }
      if about { value.mod = .approx }
      return ParsedMatch(next: counted.next, items: [ParsedItem(first: i, last: counted.next - 1, value: value)])
    case .inPreposition where tokens[i].latin:
      // English "in three days"; Arabic في is not a future marker.
      // "in about two weeks": the same shift, approximately.
      let about = keyword(i + 1) == .approximately
      let start = about ? i + 2 : i + 1
      if about, let amount = fractionalAmount(start), let (count, unit) = TemporalParser.wholeAmount(amount),
        var value = shifted(by: count, unit)
      {
        value.mod = .approx
        return ParsedMatch(next: amount.next, items: [ParsedItem(first: i, last: amount.next - 1, value: value)])
      }
      // "in three days of talks": an amount of something, not a time ahead.
      guard let counted = countedUnit(start, allowBareSingular: false, allowArticle: true) ?? gluedAmount(start),
        counted.count > 0, keyword(counted.next) != .of
      else { return nil }
      if !about, inMeansWithin(i) {
        let duration = ParsedValue(
          label: .duration, value: TemporalParser.durationValue([(counted.count, counted.unit)]), mod: nil,
          anchored: false, grain: counted.unit, hijri: nil, offset: nil, day: nil, clock: nil)
        return ParsedMatch(
          next: counted.next, items: [ParsedItem(first: start, last: counted.next - 1, value: duration)])
      }
      guard var value = shifted(by: counted.count, counted.unit) else { return nil }
      if about { value.mod = .approx }
      let next = possessiveTime(after: counted.next) ?? counted.next
      return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
    default:
      // "3 fridays from now": the third Friday after today.
      if let (count, after) = cardinal(i), count > 0, continues(after),
        case .keyword(.pluralWeekday(let weekday)) = tokens[after].entry,
        keyword(after + 1) == .from, keyword(after + 2) == .now, let anchor
      {
        let forward = (weekday - anchor.date.weekday + 7) % 7
        let date = anchor.date.adding(days: (forward == 0 ? 7 : forward) + 7 * (count - 1))
        return ParsedMatch(
          next: after + 3, items: [ParsedItem(first: i, last: after + 2, value: dayValue(date, anchored: true))])
      }
      guard let counted = countedUnit(i, allowBareSingular: false, allowArticle: true), counted.count > 0
      else { return nil }
      if let shifted = shiftFromFocus(amountStart: i, count: counted.count, unit: counted.unit, word: counted.next) {
        return shifted
      }
      // "A week later, the government reversed course": with nothing to count from, an amount
      // as "Three weeks later" is (the duration reader takes no article).
      if keyword(i) == .article, tokens[i].latin, case .earlierOrLater(let sign)? = keyword(counted.next), sign > 0,
        !(counted.next + 1 < tokens.count && TemporalParser.thanHash == tokens[counted.next + 1].wordHash)
      {
        let duration = ParsedValue(
          label: .duration, value: TemporalParser.durationValue([(counted.count, counted.unit)]), mod: nil,
          anchored: false, grain: counted.unit, hijri: nil, offset: nil, day: nil, clock: nil)
        return ParsedMatch(
          next: counted.next, items: [ParsedItem(first: i, last: counted.next - 1, value: duration)])
      }
      // "three days after Easter", "two weeks before March 3": counted from that day.
      if tokens[i].latin, keyword(counted.next) == .after || keyword(counted.next) == .before,
        counted.unit >= .day, counted.unit != .quarter, counted.unit != .decade
      {
        let sign = keyword(counted.next) == .after ? 1 : -1
        let start = counted.next + 1
        for candidate in [dateExpression(start), holidayExpression(start), namedHoliday(start)] {
          guard let candidate, candidate.items.count == 1, let day = candidate.items[0].value.day else { continue }
          let date: CivilDate
          switch counted.unit {
          case .day: date = day.adding(days: sign * counted.count)
          case .week: date = day.adding(days: sign * 7 * counted.count)
          case .month: date = day.adding(months: sign * counted.count)
          default:
            // The first such day still to come, as `cycleAroundDate` places it.
            let sooner = day.adding(months: 12 * (counted.count - 1))
            date =
              options.preference == .future && sign > 0 && candidate.items[0].value.anchored
                && anchor.map { sooner >= $0.date } == true
              ? sooner : day.adding(months: sign * 12 * counted.count)
          }
          return ParsedMatch(
            next: candidate.next,
            items: [
              ParsedItem(
                first: i, last: candidate.next - 1, value: dayValue(date, anchored: candidate.items[0].value.anchored))
            ])
        }
      }
      // "two weeks ago"; "three weeks hence", "3 years from now", "a day from today".
      var sign = 0
      var next = counted.next
      if keyword(next) == .ago || keyword(next) == .hence {
        sign = keyword(next) == .ago ? -1 : 1
        next += 1
      } else if keyword(next) == .from, keyword(next + 1) == .now || entry(next + 1) == .dayOffset(0) {
        sign = 1
        next += 2
      }
      guard sign != 0 else { return nil }
      if sign < 0, let day = agoToday(count: counted.count, unit: counted.unit, at: next) {
        return ParsedMatch(
          next: next + 1, items: [ParsedItem(first: i, last: next, value: dayValue(day, anchored: true))])
      }
      guard let value = shifted(by: sign * counted.count, counted.unit) else { return nil }
      return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
    }
  }

  /// The token after "' time" or "'s time" at `k` ("in two weeks' time", "in a year's time"),
  /// which belongs to the amount's extent.
  private func possessiveTime(after k: Int) -> Int? {
    guard isPunctuation(k, "'", "\u{2019}"), !tokens[k].spaceBefore else { return nil }
    var j = k + 1
    if continues(j), tokens[j].wordHash == TemporalParser.possessiveSHash, !tokens[j].spaceBefore { j += 1 }
    return keyword(j) == .timeWord && tokens[j].latin ? j + 1 : nil
  }

  /// "this time last year", "this day next month", "(في مثل) هذا اليوم من العام الماضي", "هذا
  /// الوقت من الشهر الماضي": the anchor's day a week, month or year earlier or later.
  func sameDayShifted(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .this, continues(i + 1), let anchor else { return nil }
    switch tokens[i + 1].entry {
    case .keyword(.timeWord)?, .dayOffset(0)?, .unit(.day, .singular)?: break
    default: return nil
    }
    var j = i + 2
    if keyword(j) == .of { j += 1 }
    var found: (Direction, TimeUnit)?
    if continues(j + 1), case .direction(let direction) = tokens[j].entry,
      case .unit(let unit, .singular) = tokens[j + 1].entry
    {
      found = (direction, unit)
    } else if continues(j + 1), case .unit(let unit, .singular) = tokens[j].entry,
      case .direction(let direction) = tokens[j + 1].entry
    {
      found = (direction, unit)
    }
    guard let (direction, unit) = found, direction != .current, [.week, .month, .year].contains(unit) else {
      return nil
    }
    let step = direction.rawValue
    let date =
      unit == .week ? anchor.date.adding(days: 7 * step) : anchor.date.adding(months: unit == .month ? step : 12 * step)
    return ParsedMatch(next: j + 2, items: [ParsedItem(first: i, last: j + 1, value: dayValue(date, anchored: true))])
  }

  /// English order: "last December", "next Friday", "this March"; Arabic "هذا الاثنين".
  func directedName(_ i: Int) -> ParsedMatch? {
    var direction: Direction?
    if keyword(i) == .this {
      direction = tokens[i].latin ? .current : nil
    } else if continues(i), tokens[i].latin, case .direction(let found) = tokens[i].entry {
      direction = found
    } else {
      return nil
    }
    if let month = monthName(i + 1), !month.hijri {
      guard let year = yearFor(month: month.month, day: nil, direction: direction) else {
        return ParsedMatch(
          next: month.next,
          items: [
            ParsedItem(
              first: i, last: month.next - 1, value: unanchoredValue("XXXX-\(pad(month.month, 2))", grain: .month))
          ])
      }
      return ParsedMatch(
        next: month.next,
        items: [
          ParsedItem(first: i, last: month.next - 1, value: monthValue(year: year, month: month.month, anchored: true))
        ])
    }
    if continues(i + 1), case .weekday(let weekday) = tokens[i + 1].entry {
      guard let date = englishWeekdayDate(weekday, direction: direction, after: i) else {
        return ParsedMatch(
          next: i + 2,
          items: [ParsedItem(first: i, last: i + 1, value: unanchoredValue("XXXX-WXX-\(weekday)", grain: .day))])
      }
      return ParsedMatch(next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: dayValue(date, anchored: true))])
    }
    return nil
  }

  /// A weekday after an English "this", "next" or "last", as English (and Duckling) reads
  /// them: "next Wednesday" is the Wednesday of next week (said on a Tuesday, not tomorrow);
  /// "this Monday" is the current week's unless the sentence (or `prefer`) looks forward or
  /// back, then the coming or the last one ("will meet this Monday" on a Tuesday is six days
  /// ahead). "this coming Friday" and "the coming (following, next) Friday" are the nearest
  /// Friday ahead.
  private func englishWeekdayDate(_ weekday: Int, direction: Direction?, after i: Int) -> CivilDate? {
    guard let anchor else { return nil }
    let forward = (weekday - anchor.date.weekday + 7) % 7
    switch direction {
    // "the coming Saturday", "the following Saturday", "the next Saturday": the nearest ahead,
    // like "this coming Saturday"; only a bare "next Saturday" is next week's.
    case .future where !(i > 0 && (keyword(i - 1) == .this || keyword(i - 1) == .the)):
      let monday = anchor.date.adding(days: 1 - anchor.date.weekday)
      return monday.adding(days: 7 + weekday - 1)
    case .current where options.preference == .future:
      return anchor.date.adding(days: forward == 0 ? 7 : forward)
    case .current where options.preference == .past:
      return anchor.date.adding(days: forward == 0 ? 0 : forward - 7)
    default:
      return weekdayDate(weekday, direction: direction)
    }
  }

  /// الآن، حالاً، now: the anchor instant when it has a time, else PRESENT_REF.
  func nowExpression(_ i: Int) -> ParsedMatch? {
    var last = i
    if keyword(i) == .this, keyword(i + 1) == .moment {
      last = i + 1
    } else if keyword(i) != .now {
      return nil
    }
    guard let anchor, let second = anchor.secondOfDay else {
      return ParsedMatch(
        next: last + 1, items: [ParsedItem(first: i, last: last, value: unanchoredValue("PRESENT_REF", grain: .second))]
      )
    }
    let clock = Clock(hour: second / 3600, minute: second % 3600 / 60, second: second % 60, grain: .second)
    return ParsedMatch(
      next: last + 1,
      items: [ParsedItem(first: i, last: last, value: timeValue(day: anchor.date, clock: clock, anchored: true))])
  }
}
