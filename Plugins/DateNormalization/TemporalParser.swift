/// How expressions without a year (or a week) are placed relative to the anchor.
public enum TemporalPreference: String, Sendable, Hashable, Codable, CaseIterable {
  /// The occurrence nearest the anchor: news reports on recent and coming events alike.
  case nearest
  /// The next occurrence (Duckling's convention, for assistants and schedules).
  case future
  /// The last occurrence.
  case past
}

/// The order of day and month in a numeric date both of whose fields could be a month
/// ("3/4", "03/04/2024").
public enum NumericDateOrder: String, Sendable, Hashable, Codable, CaseIterable {
  /// Day first next to Arabic words, month first next to English ones (US news) or no words.
  case auto
  case dayFirst = "day-first"
  case monthFirst = "month-first"
}

/// Options of the grammar.
struct ParseOptions: Sendable, Hashable {
  var preference: TemporalPreference = .nearest
  /// Read numeric dates without a marker (14-09-1432) as Hijri.
  var numericHijri = false
  var numericOrder: NumericDateOrder = .auto
  var register: TemporalRegister = .news
}

/// A value the grammar built, before offsets are attached.
struct ParsedValue: Hashable {
  var label: TemporalLabel
  var value: String
  var mod: TemporalModifier?
  var anchored: Bool
  var grain: TimeUnit
  var hijri: String?
  var offset: String?
  /// The day, for a day-precision DATE (so a following clock time can join it).
  var day: CivilDate?
  /// For a TIME whose date was taken from the anchor: hour, minute, second, so that a
  /// neighbouring date can replace the anchor's.
  var clock: Clock?
  /// The Hebrew date ("10 Tishrei 5779") of a Jewish holiday.
  var hebrew: String? = nil
}

/// A time of day.
struct Clock: Hashable {
  var hour: Int
  var minute: Int
  var second: Int?
  var grain: TimeUnit
  /// Days to add to the date (a time zone conversion that crosses midnight).
  var dayShift = 0
}

/// An amount of time with a fraction ("3.5", "and a half"), as written.
struct FractionalAmount {
  var whole: Int
  /// The digits after the decimal point.
  var fraction: String
  var unit: TimeUnit
  var next: Int
}

/// One expression of a match: its first and last token and its value.
struct ParsedItem: Hashable {
  var first: Int
  var last: Int
  var value: ParsedValue
}

/// What a rule matched from a token: where it stopped and the expressions found (several for
/// ranges and lists: "بين 10 و12 شباط").
struct ParsedMatch {
  var next: Int
  var items: [ParsedItem]
}

/// A recursive-descent grammar over the tokens of one region. Rules are tried at a token and
/// the longest match wins; every rule only moves forward, so a region costs linear time in its
/// tokens times a small constant.
struct TemporalParser {
  let tokens: [TemporalToken]
  let anchor: TemporalAnchor?
  var options: ParseOptions
  /// The token the current match starts at. It may open a line ("Yesterday …" at the start of
  /// a paragraph); every later token of an expression must continue the line before it.
  var expressionStart = -1
  /// The whole text's bytes and the byte where the region starts, valid while the extractor
  /// reads the region: the opening of a sentence that starts before the region ("In the
  /// novel, …" more than eight words before its date), read only by the rare questions that
  /// need it (`inStoryFrame`).
  var text: UnsafeBufferPointer<UInt8>?
  var regionByteStart = 0

  // MARK: token access

  /// The entry of token `i` when it exists and is on the same line as the previous token.
  @inline(__always)
  func entry(_ i: Int) -> LexicalEntry? {
    guard i < tokens.count else { return nil }
    return tokens[i].entry
  }

  /// Whether token `i` exists and continues the line of the token before it, or starts the
  /// current match.
  @inline(__always)
  func continues(_ i: Int) -> Bool {
    i < tokens.count && (!tokens[i].newlineBefore || i == expressionStart)
  }

  @inline(__always)
  func keyword(_ i: Int) -> Keyword? {
    guard continues(i), case .keyword(let keyword) = tokens[i].entry else { return nil }
    return keyword
  }

  func isPunctuation(_ i: Int, _ signs: Unicode.Scalar...) -> Bool {
    guard continues(i), tokens[i].kind == .punctuation else { return false }
    return signs.contains { Int($0.value) == tokens[i].number }
  }

  @inline(__always)
  func number(_ i: Int) -> (value: Int, digits: Int)? {
    guard continues(i), tokens[i].kind == .number else { return nil }
    return (tokens[i].number, tokens[i].digits)
  }

  /// Skips an optional comma (، or ,) at `i`.
  func skipComma(_ i: Int) -> Int {
    isPunctuation(i, ",", "،") ? i + 1 : i
  }

  // MARK: matching

  /// The longest match starting at token `i`, or nil.
  func match(at i: Int) -> ParsedMatch? {
    guard i < tokens.count else { return nil }
    // Only numbers and known words start an expression; most tokens of a region are neither.
    if tokens[i].entry == nil && tokens[i].kind != .number { return nil }
    // Tense and clause words (قال، سوف، إن، that, "time", "per") only inform the rules around
    // them; none starts an expression, and some are among the commonest words of news.
    switch tokens[i].entry {
    case .keyword(.pastMarker)?, .keyword(.futureMarker)?, .keyword(.tenseNeutral)?, .keyword(.complementizer)?,
      .keyword(.per)?, .keyword(.timeWord)?, .keyword(.may)?, .keyword(.englishModal)?, .keyword(.negation)?,
      .keyword(.perfectAuxiliary)?, .keyword(.occasion)?, .keyword(.holidayAttribute)?, .keyword(.forecast)?,
      .keyword(.determiner)?, .keyword(.onset)?:
      return nil
    // "earlier this week", "later today" (`earlyOrLateExtent`); elsewhere "earlier" and
    // "later" only close an amount ("a year earlier").
    case .keyword(.earlierOrLater)?:
      guard keyword(i + 1) == .this || entry(i + 1) == .dayOffset(0) || keyword(i + 1) == .inPreposition else {
        return nil
      }
    default: break
    }
    if case .holidayWord? = tokens[i].entry, !HolidayCatalog.openingWords.contains(tokens[i].entry!) { return nil }
    // The digits after a decimal point start nothing ("3.5 سنوات" is not "5 سنوات").
    if isDecimalTail(i) { return nil }
    if startsMediaTitle(i) { return nil }
    if keyword(i) == .to, let bounded = upperBound(at: i) { return bounded }
    if keyword(i) == .by, let deadline = deadline(at: i) ?? clockDeadline(at: i) {
      guard deadline.items.count == 1, deadline.items[0].value.label == .time else { return deadline }
      // "had to be filed by 5 p.m. on Friday": the day of the clock by the sentence's tense.
      guard options.preference == .nearest, deadline.items.contains(where: { $0.value.anchored }),
        let tense = placement(from: i + 1, to: deadline.next)
      else { return deadline }
      var tensed = self
      tensed.options.preference = tense
      return tensed.clockDeadline(at: i) ?? deadline
    }
    switch tokens[i].entry {
    // An Arabic bound (أكثر من) is read among the other readings (`boundedArabicAmount`).
    case .keyword(.amountBound)? where tokens[i].latin: return boundedAmount(at: i)
    case .keyword(.approximately)?: if let bounded = boundedAmount(at: i) { return bounded }
    default: break
    }
    guard let result = longestMatch(at: i) else { return nil }
    // The sentence's tense places a weekday or a year-less date: "سيعقد الاجتماع في 3 كانون
    // الثاني" after the anchor, "أفرج عن الرهائن الأحد" before it. Only the default
    // preference gives way; `prefer: past` or `future` is an override.
    // "منذ الأحد", "since Monday": a start already passed, whatever the sentence's tense.
    if options.preference == .nearest, result.items.contains(where: { $0.value.anchored }),
      let tense = i > 0 && keyword(i - 1) == .since ? .past : placement(from: i, to: result.next)
    {
      var tensed = self
      tensed.options.preference = tense
      return tensed.longestMatch(at: i) ?? result
    }
    return result
  }

  /// "حتى الساعة 2:00", "until 5 pm": a clock time as an upper bound (mod ON_OR_BEFORE).
  private func upperBound(at i: Int) -> ParsedMatch? {
    guard let time = timeExpression(i + 1), time.items.count == 1, time.items[0].value.label == .time,
      time.items[0].value.mod == nil
    else { return nil }
    var result = attachClock(time)
    guard result.items.count == 1 else { return nil }
    result.items[0].value.mod = .onOrBefore
    return result
  }

  /// "by 2:00pm", "by 5 p.m.": a clock time as a deadline (mod ON_OR_BEFORE), as "until 5 pm".
  /// The time must be written over more than one token (a part of the day, a colon): "won by 5"
  /// or "by 3" is no time.
  private func clockDeadline(at i: Int) -> ParsedMatch? {
    guard tokens[i].latin, let time = timeExpression(i + 1), time.next > i + 2, time.items.count == 1,
      time.items[0].value.label == .time, time.items[0].value.clock != nil, time.items[0].value.mod == nil
    else { return nil }
    var result = attachClock(time)
    guard result.items.count == 1 else { return nil }
    result.items[0].value.mod = .onOrBefore
    return result
  }

  /// "by the end of the month", "by the end of 2025": a deadline, the period with
  /// ON_OR_BEFORE (on or before its end) rather than END (its last part).
  private func deadline(at i: Int) -> ParsedMatch? {
    guard tokens[i].latin, var result = modifiedExpression(i + 1), result.items.count == 1,
      result.items[0].value.mod == .end
    else { return nil }
    result.items[0].value.mod = .onOrBefore
    return result
  }

  /// Whether token `i` is the digits after a decimal point or comma ("3.5", "123,45").
  func isDecimalTail(_ i: Int) -> Bool {
    guard i >= 2, tokens[i].kind == .number, !tokens[i].spaceBefore,
      tokens[i - 1].kind == .punctuation, !tokens[i - 1].spaceBefore,
      tokens[i - 2].kind == .number
    else { return false }
    switch tokens[i - 1].number {
    case 0x2E, 0x2C, 0x066B: return true
    default: return false
    }
  }

  /// Whether token `k` ends a sentence: . ! ? ؟ before a space, or a line break after it.
  func endsSentence(_ k: Int) -> Bool {
    guard tokens[k].kind == .punctuation else { return false }
    switch tokens[k].number {
    case 0x21, 0x3F, 0x061F: return true
    case 0x2E:
      // "from Dec. 24 to Dec. 26": the dot of an abbreviated month ends no sentence, unless
      // a capitalised word follows it ("Sales peaked in Jan. On Monday …").
      if k > 0, !tokens[k].spaceBefore, isAbbreviatedMonth(k - 1), continuesAfterAbbreviatedMonth(k) { return false }
      return k + 1 >= tokens.count || tokens[k + 1].spaceBefore
    default: return false
    }
  }

  /// The tense of the sentence around tokens `first..<end`: the nearest tense word before
  /// them in the sentence, else the nearest after (English "on Monday, prices fell").
  func sentenceTense(from first: Int, to end: Int) -> TemporalPreference? {
    func tense(_ k: Int) -> TemporalPreference? {
      let token = tokens[k]
      // "will be held", "to be signed": a participle after "be" says nothing; the word before
      // it ("will") does.
      if k > 0, keyword(k - 1) == .be,
        token.tense < 0 || token.entry == .keyword(.pastMarker) || token.entry == .keyword(.deferral)
      {
        return nil
      }
      // "its audited accounts", "the delayed talks": an adjective.
      if token.tense < 0 || token.entry == .keyword(.deferral), k > 0, !token.newlineBefore,
        keyword(k - 1) == .determiner || keyword(k - 1) == .the
      {
        return nil
      }
      if token.tense < 0, participleAfterModal(k) { return nil }
      if token.tense < 0 { return .past }
      if token.tense > 0 { return .future }
      // "shut", "cut", "set": one form for the base and the past; its neighbours decide.
      if token.entry == nil, token.end - token.start <= 6, token.latin,
        TemporalParser.baseOrPastHashes.contains(token.wordHash)
      {
        return baseOrPastTense(k)
      }
      switch token.entry {
      case .keyword(.deferral): return deferralTense(of: first)
      case .keyword(.pastMarker): return .past
      case .keyword(.futureMarker), .keyword(.upcoming): return .future
      case .keyword(.may): return mayTense(k)
      case .keyword(.englishModal): return englishModalTense(k)
      case .keyword(.forecast): return forecastTense(verb: k, date: first, end: end)
      case nil:
        guard token.kind == .word else { return nil }
        if intentionVerbGoverns(k, date: first, end: end) { return .future }
        return scheduleVerbTense(k, date: first, end: end)
      default: return nil
      }
    }
    if plannedDateBeforeDeferral(first) { return nil }
    // A complementizer (إن، أن، that) bounds the clause: the reported clause's verb does not
    // place a date of the reporting clause, nor the other way round.
    var k = first - 1
    while k >= 0 && first - k <= 16 {
      if tokens[k + 1].newlineBefore || endsSentence(k) { break }
      if keyword(k) == .complementizer {
        // "من المقرر أن تنطلق …": a future word governing the clause still counts; a reporting
        // verb does not ("قال إن المحادثات تستأنف الأحد": the Sunday is not past).
        if k > 0, !tokens[k].newlineBefore, tense(k - 1) == .future { return .future }
        if forecastGoverns(complementizer: k) { return .future }
        if decisionGoverns(complementizer: k) { return .future }
        // An English reported clause may put its verb after the date ("said that on Sunday
        // prices fell"); an Arabic one has it before (found above), and what follows the date
        // is often the next clause ("… شهر رمضان بفرنسا، كما أعلن …").
        if tokens[k].latin { break }
        return afterThatTense(k)
      }
      if decisionGovernsEvent(verb: k, date: first) { return .future }
      // "the envoy planned to return on January 6": the plan's date is placed by nearness.
      if pastIntentionGoverns(k, date: first, end: end) { return nil }
      if let found = tense(k) {
        // "ordered offices to stay closed until February 12": the order's date by nearness.
        if found == .past, pastDirectiveGoverns(found: k, date: first, end: end) { return nil }
        // "will publish revised figures on February 15": a word in -ed after a future word of
        // its clause is a participle, not the clause's verb.
        if found == .past, tokens[k].tense < 0 || tokens[k].entry == .keyword(.deferral),
          futureWord(before: k, within: first - 16, tense)
        {
          return .future
        }
        return found
      }
      k -= 1
    }
    k = end
    while k < tokens.count && k - end < 10 {
      if tokens[k].newlineBefore || endsSentence(k) { break }
      if keyword(k) == .complementizer {
        // "the summit on Friday that will decide …": English "that" opening a relative clause
        // whose verb follows at once.
        if tokens[k].latin, k + 1 < tokens.count, let relative = tense(k + 1) { return relative }
        // "… يوم الأحد إن المحادثات ستستأنف", "… on Sunday that talks will resume": a date right
        // before the reported clause belongs to a reporting verb, which news puts in the past.
        return k - end <= 1 ? .past : nil
      }
      if let found = tense(k) { return found }
      k += 1
    }
    return nil
  }

  /// Keeps `candidate` when it reaches further than `best` (of equally long readings the first
  /// stays): a rule family's longest reading, without building an array of readings at every
  /// token the parser tries.
  @inline(__always)
  static func keepLonger(_ best: inout ParsedMatch?, _ candidate: ParsedMatch?) {
    if let candidate, best == nil || candidate.next > best!.next { best = candidate }
  }

  private func longestMatch(at i: Int) -> ParsedMatch? {
    var best: ParsedMatch?
    func consider(_ candidate: ParsedMatch?) {
      guard let candidate, !candidate.items.isEmpty else { return }
      if best == nil || candidate.next > best!.next { best = candidate }
    }
    // The families behind a `RuleStart` test run only at tokens they can start at.
    let token = tokens[i]
    // "the past week" is an amount (TimeML's P1W), which the relative rules would read as
    // last week: of readings of the same length the first stays.
    consider(recentDecade(i))
    // "the following day" after a date of the story: before the readings from the anchor.
    if RuleStart.followingPeriod(token) { consider(followingPeriod(i)) }
    switch token.entry {
    case .keyword(.earlierOrLater)?: consider(earlierOrLaterInPeriod(i))
    case .keyword(.overnight)?: consider(overnightExpression(i))
    default: break
    }
    consider(dateExpression(i))
    consider(relativeExpression(i))
    consider(timeExpression(i))
    consider(durationExpression(i))
    consider(boundedArabicAmount(i))
    consider(arabicCountlessAmount(i))
    consider(arabicSecondPeriod(i))
    consider(everyArabicDayPart(i))
    consider(setExpression(i))
    let holiday = holidayExpression(i)
    let named = namedHoliday(i)
    consider(holidayInContext(holiday, at: i))
    consider(holidayInContext(named, at: i))
    consider(holidayEve(i, holidayHere: holiday, namedHere: named))
    consider(partOfDayExpression(i))
    consider(decadeExpression(i))
    if RuleStart.anchorDecade(token.entry) { consider(anchorDecade(i, allowBare: false)) }
    if RuleStart.fiscalYear(token.entry) { consider(fiscalYear(i)) }
    consider(weekOfDate(i))
    if RuleStart.seasonExpression(token.entry) { consider(seasonExpression(i)) }
    consider(seasonWithArticle(i))
    if RuleStart.upcomingCycle(token) { consider(upcomingCycle(i)) }
    consider(compactPeriod(i))
    consider(dashedDayMonthYear(i))
    consider(weekendExpression(i))
    consider(ordinalWeekendOfMonth(i))
    consider(earlyOrLateDayPartAlone(i))
    if RuleStart.hijriMonthExpression(token.entry) { consider(hijriMonthExpression(i)) }
    if RuleStart.arabicCountedPeriod(token.entry) { consider(arabicCountedPeriod(i)) }
    consider(arabicDayPart(i))
    consider(centuryExpression(i))
    consider(vagueReference(i))
    consider(arabicVagueAmount(i))
    consider(everySeason(i))
    consider(dayPartAlone(i))
    consider(queryExpression(i))
    if RuleStart.closestWeekday(token) { consider(closestWeekday(i)) }
    consider(englishVagueReference(i))
    consider(pastReference(i))
    consider(englishVaguePluralAmount(i))
    consider(englishBareAmount(i))
    if RuleStart.throughoutRelativePeriod(token.entry) { consider(throughoutRelativePeriod(i)) }
    if RuleStart.monthOfEveryYear(token) { consider(monthOfEveryYear(i)) }
    consider(hyphenatedQuarter(i))
    consider(cyclesAroundDates(i))
    consider(daysOfCountedWeeks(i))
    if token.latin { consider(earlyOrLateExtent(i)) }
    // Rules that start only at one kind of token: tried there alone, as every rule above runs
    // at each token of a region.
    switch tokens[i].entry {
    case .modifier(.mid)?:
      consider(arabicMidnightOrNoon(i))
      consider(midDayPart(i))
    case .dayPart(.noon)?: consider(arabicMidnightOrNoon(i))
    case .direction(.current)?: consider(currentTimeReference(i))
    case .unit(.year, .singular)?: consider(hijriYearExpression(i))
    default: if tokens[i].kind == .number { consider(hijriYearExpression(i)) }
    }
    guard var result = best else { return nil }
    result = attachClock(result)
    return result
  }

  /// Joins a date and a neighbouring clock time ("الخميس الساعة 8", "14-09-1432 هـ، 09:40")
  /// into one TIME.
  func attachClock(_ match: ParsedMatch) -> ParsedMatch {
    guard let lastItem = match.items.last else { return match }
    if let day = lastItem.value.day, lastItem.value.mod == nil {
      var j = skipComma(match.next)
      if keyword(j) == .inPreposition || keyword(j) == .on || keyword(j) == .of || keyword(j) == .from
        || keyword(j) == .forDuration
      {
        j += 1
      }
      let timeReader = withoutInstant(unless: day) ?? self
      guard let time = timeReader.timeExpression(j), let clock = time.items[0].value.clock else {
        // "Monday early in the morning", "Friday late at night"
        if let (part, mod, next) = earlyOrLateDayPart(skipComma(match.next)),
          var value = partOfDayValue(day, part, anchored: lastItem.value.anchored)
        {
          value.mod = mod
          var result = match
          result.items[result.items.count - 1].last = next - 1
          result.items[result.items.count - 1].value = value
          result.next = next
          return result
        }
        // "monday morning", "yesterday evening", "الخميس مساء"
        if let (part, next) = dayPartPhrase(skipComma(match.next)), part != .noon,
          let value = partOfDayValue(day, part, anchored: lastItem.value.anchored)
        {
          var result = match
          result.items[result.items.count - 1].last = next - 1
          result.items[result.items.count - 1].value = value
          result.next = next
          return result
        }
        return match
      }
      if time.items.count == 2, let endClock = time.items[1].value.clock {
        // "الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة": both ends on that day.
        var result = match
        var opening = lastItem
        opening.last = time.items[0].last
        opening.value = timeValue(day: day, clock: clock, anchored: lastItem.value.anchored)
        var closing = time.items[1]
        closing.value = timeValue(day: day, clock: endClock, anchored: lastItem.value.anchored)
        result.items[result.items.count - 1] = opening
        result.items.append(closing)
        result.next = time.next
        return result
      }
      guard time.items.count == 1 else { return match }
      var merged = lastItem
      merged.last = time.items[0].last
      merged.value = timeValue(day: day, clock: clock, anchored: lastItem.value.anchored)
      merged.value.hijri = lastItem.value.hijri
      merged.value.mod = time.items[0].value.mod
      var result = match
      result.items[result.items.count - 1] = merged
      result.next = time.next
      return result
    }
    // "from 9 a.m. to 3 p.m. on Tuesday", "3-4pm tomorrow": both ends on that day.
    let rangeDay = keyword(match.next) == .on ? match.next + 1 : match.next
    if match.items.count == 2, var opening = match.items[0].value.clock, var closing = lastItem.value.clock,
      let date = dateExpression(rangeDay) ?? relativeExpression(rangeDay), date.items.count == 1,
      let day = date.items[0].value.day, date.items[0].value.mod == nil
    {
      if let reader = withoutInstant(unless: day), let times = reader.timeExpression(match.items[0].first),
        times.next == match.next, times.items.count == 2, let first = times.items[0].value.clock,
        let second = times.items[1].value.clock
      {
        (opening, closing) = (first, second)
      }
      var result = match
      let anchored = date.items[0].value.anchored
      result.items[0].value = timeValue(day: day, clock: opening, anchored: anchored)
      result.items[0].value.mod = match.items[0].value.mod
      result.items[1].value = timeValue(day: day, clock: closing, anchored: anchored)
      result.items[1].value.mod = lastItem.value.mod
      result.items[1].last = date.items[0].last
      result.next = date.next
      return result
    }
    if let clock = lastItem.value.clock, match.items.count == 1 {
      var j = match.next
      if keyword(j) == .of || keyword(j) == .on || keyword(j) == .inPreposition { j += 1 }
      for candidate in [dateExpression(j), relativeExpression(j)] {
        guard let date = candidate, date.items.count == 1, let day = date.items[0].value.day,
          date.items[0].value.mod == nil
        else { continue }
        var merged = lastItem
        merged.last = date.items[0].last
        var next = date.next
        var clock = clock
        // "at 9 on Thursday": the hour as that day reads it.
        if let reader = withoutInstant(unless: day), let time = reader.timeExpression(lastItem.first),
          time.next == match.next, time.items.count == 1, let dayClock = time.items[0].value.clock
        {
          clock = dayClock
        }
        // "at 5 tomorrow afternoon": the part of the day after the date sets the hour.
        if let (part, after) = dayPartPhrase(next), part != .noon, clock.hour < 12 {
          clock.hour = TemporalParser.adjust(clock.hour, part)
          merged.last = after - 1
          next = after
        }
        merged.value = timeValue(day: day, clock: clock, anchored: date.items[0].value.anchored)
        merged.value.mod = lastItem.value.mod
        return ParsedMatch(next: next, items: [merged])
      }
    }
    return match
  }
}
