extension TemporalParser {
  /// Vague references, TIMEX3's PAST_REF, PRESENT_REF and FUTURE_REF: "مؤخراً", "حالياً",
  /// "قريباً", "مستقبلاً" by themselves; "في المستقبل", "الآونة الأخيرة", "الوقت الحاضر" /
  /// "الوقت الراهن", "الفترة المقبلة" / "الفترة الماضية" / "الفترة الحالية" with their
  /// neighbour. "حزب المستقبل", "قريباً من المدينة" (near), "الفترة من 1 إلى 5 آذار" are not.
  func vagueReference(_ i: Int) -> ParsedMatch? {
    guard continues(i), case .keyword(.vague(let word)) = tokens[i].entry else { return nil }
    var first = i
    var last = i
    let reference: Direction
    switch word {
    case .recently: reference = .past
    case .currently: reference = .current
    case .soon:
      // "سيصدر الكتاب قريباً", "يعود الوفد قريباً"; "بات الاتفاق قريباً" (close) and "قريباً من"
      // (near) are adjectives.
      guard keyword(i + 1) != .of, sentenceTense(from: i, to: i + 1) == .future || imperfectBefore(i) else {
        return nil
      }
      reference = .future
    case .future:
      guard i > 0, keyword(i - 1) == .inPreposition, !tokens[i].newlineBefore else { return nil }
      reference = .future
    case .lately:
      guard keyword(i + 1) == .lastInPeriod else { return nil }
      reference = .past
      last = i + 1
    case .present:
      // "في الوقت الحاضر": الوقت starts no expression (it is among the commonest words), so
      // the extent reaches back to it from here.
      guard i > 0, !tokens[i].newlineBefore, keyword(i - 1) == .timeWord, !tokens[i - 1].latin else { return nil }
      reference = .current
      first = i - 1
    case .period:
      guard continues(i + 1) else { return nil }
      switch tokens[i + 1].entry {
      case .direction(let direction)?: reference = direction
      case .keyword(.lastInPeriod)?: reference = .past
      case .keyword(.vague(.present))?: reference = .current
      default: return nil
      }
      last = i + 1
    }
    let name: String
    switch reference {
    case .past: name = "PAST_REF"
    case .current: name = "PRESENT_REF"
    case .future: name = "FUTURE_REF"
    }
    return ParsedMatch(
      next: last + 1, items: [ParsedItem(first: first, last: last, value: unanchoredValue(name, grain: .day))])
  }

  /// The vague amount of a definite plural with a direction: "السنوات الأخيرة" PXY, "الأشهر
  /// المقبلة" PXM, "الساعات الماضية" PTXH (TimeML's DURATION with an unknown count).
  func vagueAmountValue(_ unit: TimeUnit) -> ParsedValue {
    let value: String
    switch unit {
    case .second: value = "PTXS"
    case .minute: value = "PTXM"
    case .hour: value = "PTXH"
    case .day: value = "PXD"
    case .week: value = "PXW"
    case .month, .quarter: value = "PXM"
    case .year: value = "PXY"
    case .decade: value = "PXDE"
    case .century: value = "PXCE"
    }
    return ParsedValue(
      label: .duration, value: value, mod: nil, anchored: false, grain: unit, hijri: nil, offset: nil, day: nil,
      clock: nil)
  }

  /// A plural without a count after منذ or في غضون / خلال, closing its phrase: "منذ سنوات"
  /// PXY, "في غضون ساعات" PTXH, "منذ عقود" PXDE. "منذ أيام الاستعمار" (since the days of) and
  /// "خلال ساعات الليل" go on into a noun and are not amounts.
  func arabicVagueAmount(_ i: Int) -> ParsedMatch? {
    switch keyword(i) {
    case .since?, .within?, .during?: break
    default: return nil
    }
    let j = i + 1
    guard continues(j), !tokens[j].latin, !tokens[j].definite, case .unit(let unit, .plural) = tokens[j].entry,
      unit != .quarter
    else { return nil }
    let after = j + 1
    if after < tokens.count, !tokens[after].newlineBefore {
      switch tokens[after].kind {
      case .punctuation: break
      case .number: return nil
      default:
        switch tokens[after].entry {
        case nil, .month?, .weekday?, .dayPart?, .holiday?, .unit?, .cardinal?, .ordinal?, .dayOffset?, .hijriMonth?,
          .monthHead?, .decadeWord?, .season?, .holidayWord?, .direction?, .keyword(.dayPartOf)?:
          return nil
        default: break
        }
      }
    }
    return ParsedMatch(next: after, items: [ParsedItem(first: j, last: j, value: vagueAmountValue(unit))])
  }

  /// "كل صيف", "every winter": the season as a SET (`XXXX-SU`).
  func everySeason(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .every, continues(i + 1), case .season(let season) = tokens[i + 1].entry else { return nil }
    return ParsedMatch(
      next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: setValue("XXXX-\(season.code)", .quarter))])
  }

  /// The forecast verb at `verb` (توقعت، رجح) puts a date of its sentence ahead ("توقعت الأرصاد
  /// أمطاراً حتى مساء الأحد"), except one right after it and its subject, the day the forecast
  /// was made ("توقعت الحكومة يوم الاثنين …").
  func forecastTense(verb: Int, date: Int, end: Int) -> TemporalPreference? {
    // A verb of warning looks ahead only with what it warns of ("warned of snow", "حذرت
    // الأرصاد من أمطار"); "was warned about the Ides of March" is a past verb. A bare day after
    // what is warned of is most often the day of the warning ("The company warned of job cuts
    // on Monday"); a part of the day or an onset says the weather's ("warned of snow from
    // Sunday night", "من أمطار غزيرة مساء الأحد").
    if TemporalParser.warningVerbHashes.contains(tokens[verb].wordHash) {
      var k = verb + 1
      while k < date, k - verb <= 4, keyword(k) != .of { k += 1 }
      if date < verb || k == date || k - verb > 4 || !warnedOfTimeAhead(date, end) {
        return TemporalParser.presentWarningHash == tokens[verb].wordHash ? nil : .past
      }
    }
    // "Heavy rain is forecast for Sunday": "for" names the day forecast, ahead.
    return date > verb ? (date - verb > 2 || keyword(verb + 1) == .forDuration ? .future : .past) : nil
  }

  /// Whether the date at `first..<end`, after what a warning is of, names when it comes: a
  /// part of the day in it, or an onset or limit right before it ("from", "until", "by").
  private func warnedOfTimeAhead(_ first: Int, _ end: Int) -> Bool {
    if first > 0 {
      switch keyword(first - 1) {
      case .from?, .to?, .by?: return true
      default: break
      }
    }
    var i = first
    while i < end, i < tokens.count {
      if case .dayPart? = tokens[i].entry { return true }
      i += 1
    }
    return false
  }

  /// The verbs of warning the lexicon lists as forecast words.
  static let warningVerbHashes: Set<UInt64> = Set(
    ["حذر", "حذرت", "وحذر", "وحذرت", "حذروا", "warned", "warns"].map(WordHasher.hash))
  static let presentWarningHash = WordHasher.hash("warns")

  /// Whether a forecast word governs the Arabic clause opened by the complementizer at `k`:
  /// "توقع المحللون أن يعلن البنك قراره الخميس", "يتوقع خبراء الطقس أن تستمر الموجة إلى
  /// الثلاثاء" (the verb, then up to three words of its subject).
  func forecastGoverns(complementizer k: Int) -> Bool {
    guard !tokens[k].latin else { return false }
    var m = k - 1
    while m >= 0, k - m <= 4 {
      if tokens[m + 1].newlineBefore || tokens[m].kind == .punctuation { return false }
      switch tokens[m].entry {
      case .keyword(.forecast)?, .keyword(.futureMarker)?: return true
      default: break
      }
      m -= 1
    }
    return false
  }
}

extension TemporalParser {
  /// An Arabic dual without the article counts two by itself, as TimeML reads it: "استمر
  /// النزاع عقدين" P2DE, "بقي في المستشفى يومين" P2D (after قبل / بعد / منذ it is a date, read
  /// by those rules first).
  func isBareArabicDual(_ j: Int) -> Bool {
    guard continues(j), !tokens[j].latin, !tokens[j].definite, case .unit(let unit, .dual) = tokens[j].entry else {
      return false
    }
    return unit != .quarter
  }
}

extension TemporalParser {
  /// Whether an imperfect verb comes in the four words before `i`, on its line.
  func imperfectBefore(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= 4, !tokens[k + 1].newlineBefore {
      if tokens[k].imperfect { return true }
      if tokens[k].kind == .punctuation { return false }
      k -= 1
    }
    return false
  }
}
