extension TemporalParser {
  /// Clock times: "الساعة 10 صباحاً", "الثالثة وربع العصر", "14:30", "الساعة 12 الا ربع",
  /// "3:18 صباحا", "at 9 pm", and ranges "من الساعة 3 الى الساعة 4 بعد العصر".
  func timeExpression(_ i: Int) -> ParsedMatch? {
    if let past = minutesPastHour(i) {
      var value = clockValue(past.clock, mod: past.mod)
      if let later = rolledOver(past.clock, tokens: i..<past.next) { value.value = later.value }
      return ParsedMatch(next: past.next, items: [ParsedItem(first: i, last: past.next - 1, value: value)])
    }
    if let hours = workingHours(i) { return hours }
    guard !endsAScore(i), var first = clockTime(i) ?? bareHourBeforeRange(i) else { return nil }
    if let untilMidnight = rangeToMidnight(i, from: first) { return untilMidnight }
    if let afterConnector = rangeConnector(first.next) ?? gluedAndBeforeHour(first.next, after: first),
      var second = clockTime(afterConnector)
    {
      first = sharingZone(first, with: second)
      if first.dayPart == nil, let part = second.dayPart {
        let adjusted = TemporalParser.adjust(first.rawHour, part)
        // "11-1 pm" runs across noon: its start stays in the morning.
        let acrossNoon = adjusted > second.clock.hour && first.rawHour <= second.clock.hour
        first.clock.hour = acrossNoon ? first.rawHour : adjusted
      } else if first.dayPart == nil, second.dayPart == nil, let anchorSecond = anchor?.secondOfDay,
        options.preference == .future
      {
        // One reading for both ends: "3 to 4" later today.
        if first.rawHour < 12, first.rawHour * 3600 + first.clock.minute * 60 <= anchorSecond {
          first.clock.hour = first.rawHour + 12
          if second.rawHour < 12 { second.clock.hour = second.rawHour + 12 }
        }
      }
      // "20-8h", "from 10 pm to 2 am": an overnight range ends on the next morning, whatever
      // day the start takes.
      if first.clock.hour >= 18, second.clock.hour < first.clock.hour, second.clock.hour <= 12,
        second.clock.dayShift == first.clock.dayShift
      {
        second.clock.dayShift += 1
      }
      return ParsedMatch(
        next: second.next,
        items: [
          ParsedItem(first: i, last: first.next - 1, value: clockValue(first.clock, mod: first.mod)),
          ParsedItem(first: afterConnector, last: second.next - 1, value: clockValue(second.clock, mod: second.mod)),
        ])
    }
    var value = clockValue(first.clock, mod: first.mod)
    if let later = rolledOver(first.clock, tokens: i..<first.next) { value.value = later.value }
    if first.clock.hour == 24, let anchor, sentenceTense(from: i, to: first.next) == .past {
      // "The truce took effect at midnight": the midnight behind, which opened the reference
      // day. The clock stays 24, so that a day after it ("at midnight on Saturday") ends that day.
      var opening = first.clock
      opening.hour = 0
      value.value = timeValue(day: anchor.date, clock: opening, anchored: true).value
    }
    return ParsedMatch(next: first.next, items: [ParsedItem(first: i, last: first.next - 1, value: value)])
  }

  /// An English clock time without a date whose hour has already passed at the reference
  /// instant, read as tomorrow's when expressions are placed in the future ("at 3am" said at
  /// 04:30; "4:23am" is still this hour): Duckling's English convention. Its Arabic corpus
  /// keeps today's ("الساعة 3 صباحا"), and so does the default `nearest` (news), where a
  /// reference is a day, not an instant.
  private func rolledOver(_ clock: Clock, tokens range: Range<Int>) -> ParsedValue? {
    guard options.preference == .future, tokens[range].contains(where: \.latin), clock.dayShift == 0, let anchor,
      let now = anchor.secondOfDay, clock.hour < now / 3600
    else { return nil }
    return timeValue(day: anchor.date.adding(days: 1), clock: clock, anchored: true)
  }

  /// "الليلة", "هذه الليلة", "tonight": the night of the anchor day (TIMEX3 TNI).
  func tonightExpression(_ i: Int) -> ParsedMatch? {
    var j = i
    if keyword(j) == .this { j += 1 }
    guard keyword(j) == .tonight else { return nil }
    let day = anchor?.date.description ?? "XXXX-XX-XX"
    let value = ParsedValue(
      label: .time, value: day + "TNI", mod: nil, anchored: anchor != nil, grain: .hour, hijri: nil,
      offset: nil, day: nil, clock: nil)
    return ParsedMatch(next: j + 1, items: [ParsedItem(first: i, last: j, value: value)])
  }

  /// "3" in "3-4pm" or "3 to 4 pm": an hour that takes its part of the day from the end of
  /// the range.
  private func bareHourBeforeRange(_ i: Int) -> ClockReading? {
    guard let (hour, next) = cardinal(i), hour <= 23, let afterConnector = rangeConnector(next),
      let second = clockTime(afterConnector)
    else { return nil }
    // "14-18h", "8-19h": a range of 24-hour times, its end written in the French style.
    if second.dayPart == nil {
      // "20-8h": an overnight range, from the evening to the next morning.
      let overnight = hour >= 18 && second.rawHour < hour && second.rawHour <= 12
      guard second.rawHour > hour || overnight,
        (afterConnector..<second.next).contains(where: { keyword($0) == .hourLetter })
      else {
        return nil
      }
      return ClockReading(
        clock: Clock(hour: hour, minute: 0, second: nil, grain: .minute), rawHour: hour, dayPart: nil, mod: nil,
        next: next)
    }
    guard hour >= 1, hour <= 12 else { return nil }
    // A score before a time of day: "تعادل الفريقان 1-1 مساء الجمعة", "won 2-1 on Sunday
    // evening". Hours run forward ("3-5 pm") or across noon from the morning ("8-5 pm", "11-1");
    // a range that starts before 7 and ends earlier is a score, and so is any glued pair after
    // a word of a match ("خسر الفريق 1-2 مساء السبت").
    if isPunctuation(next, "-"),
      second.rawHour == hour || (second.rawHour < hour && hour < 7) || matchWordBefore(i)
    {
      return nil
    }
    return ClockReading(
      clock: Clock(hour: hour, minute: 0, second: nil, grain: .hour), rawHour: hour, dayPart: nil, mod: nil,
      next: next)
  }

  /// Whether a word of a match (a result, a win, a loss) comes in the six words before `i` on
  /// its line: the glued pair after it is a score. Tried only at a glued "N-M" before a time
  /// of day. A range word right before the pair ("من 4-6 مساء", "between 8-10 pm") or a verb
  /// of opening or scheduling nearer than the match word ("polls stay open 8-10 pm") makes it
  /// hours.
  private func matchWordBefore(_ i: Int) -> Bool {
    if i > 0, !tokens[i].newlineBefore, TemporalParser.rangeOpenerHashes.contains(tokens[i - 1].wordHash) {
      return false
    }
    var k = i - 1
    while k >= 0, i - k <= 6, !tokens[k + 1].newlineBefore {
      if tokens[k].kind == .word {
        if TemporalParser.openingVerbHashes.contains(tokens[k].wordHash) { return false }
        if TemporalParser.matchWordHashes.contains(tokens[k].wordHash) { return true }
      }
      k -= 1
    }
    return false
  }

  /// Words of a match result, with the proclitics news joins to them (وخسر، بنتيجة). Not
  /// "نتيجة" alone (نتيجة لذلك is "as a result") nor "draw", "lead", "score" (a prize draw, a
  /// lead of the polls): "بنتيجة" ("by a score of") stays.
  static let matchWordHashes: Set<UInt64> = {
    let arabic = [
      "فاز", "فازت", "خسر", "خسرت", "تعادل", "تعادلت", "تغلب", "تغلبت", "هزم", "هزمت", "انهزم", "انهزمت",
      "فوز", "الفوز", "خسارة", "الخسارة", "تعادل", "التعادل", "هزيمة", "الهزيمة", "أطاح",
    ]
    let english = [
      "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "drew", "drawn", "defeated",
      "defeat", "victory", "scoreline", "thrashed", "edged",
    ]
    var words = english + ["بنتيجة", "وبنتيجة", "بالنتيجة"]
    for word in arabic { words += [word, "و" + word, "ف" + word, "ب" + word] }
    return Set(words.map(WordHasher.hash))
  }()

  /// Words right before a pair of numbers that make it a range: "من 4-6", "بين 8-10", "from
  /// 8-10", "between 6-8".
  static let rangeOpenerHashes: Set<UInt64> = Set(
    ["من", "ومن", "بين", "وبين", "from", "between"].map(WordHasher.hash))

  /// Verbs of opening, closing or scheduling: hours follow them, not a score ("تفتح المكاتب
  /// 8-10 مساء", "polls stay open 8-10 pm", "takes place 6-8 pm").
  static let openingVerbHashes: Set<UInt64> = {
    let arabic = [
      "تفتح", "يفتح", "تغلق", "يغلق", "تعلن", "يعلن", "تقام", "يقام", "تبدأ", "يبدأ", "تنطلق", "ينطلق", "تعقد",
      "يعقد", "تستمر", "يستمر",
    ]
    var words = [
      "open", "opens", "close", "closes", "place", "held", "runs", "run", "starts", "begins", "scheduled",
    ]
    for word in arabic { words += [word, "و" + word, "ف" + word] }
    return Set(words.map(WordHasher.hash))
  }()

  /// The second number of "2-1" written without spaces: a score or a count ("1-1 مساء الجمعة"),
  /// never an hour of its own; a range of hours is read from its first number. "1-2:30" and
  /// "14-18h" end in a clock time.
  private func endsAScore(_ i: Int) -> Bool {
    i >= 2 && isPunctuation(i - 1, "-") && !tokens[i].spaceBefore && !tokens[i - 1].spaceBefore
      && number(i - 2) != nil && number(i) != nil && (!continues(i + 1) || tokens[i + 1].spaceBefore)
  }

  /// English minutes before or after an hour: "a quarter past 3pm", "20 past noon", "twenty
  /// after 3pm", "half past three", "a quarter to 8", "10 minutes to noon".
  func minutesPastHour(_ i: Int) -> ClockReading? {
    var j = i
    var mod: TemporalModifier?
    if keyword(j) == .approximately {
      mod = .approx
      j += 1
    }
    if keyword(j) == .clock, continues(j), tokens[j].latin { j += 1 }
    guard continues(j), tokens[j].latin || number(j) != nil else { return nil }
    if keyword(j) == .article { j += 1 }
    let minutes: Int
    var named = true
    if continues(j), case .unit(.quarter, .singular) = tokens[j].entry {
      minutes = 15
      j += 1
    } else if keyword(j) == .half {
      minutes = 30
      j += 1
    } else if let (value, next) = cardinal(j), (1...59).contains(value) {
      minutes = value
      j = next
      named = false
      if continues(j), case .unit(.minute, _) = tokens[j].entry {
        j += 1
        named = true
      }
    } else {
      return nil
    }
    guard continues(j), tokens[j].latin else { return nil }
    let sign: Int
    switch tokens[j].entry {
    case .direction(.past), .keyword(.after): sign = 1
    case .cardinal where options.register == .query && keyword(j - 1) == .half:
      // "half three" is half past three (British; Duckling's "half <integer>"), in a query.
      sign = 1
      j -= 1
    case .keyword(.to), .keyword(.before), .keyword(.of):
      // "voted 3 to 2" is a count; "ten to midnight" is not.
      guard named || (noonOrMidnight(j + 1) && (i == 0 || keyword(i - 1) != .from)) else { return nil }
      sign = -1
    default: return nil
    }
    j += 1
    var hour: Int
    var part: DayPart?
    var next: Int
    if continues(j), tokens[j].entry == .dayPart(.noon) || keyword(j) == .midnight {
      hour = keyword(j) == .midnight ? 0 : 12
      part = hour == 12 ? .noon : .night
      next = j + 1
    } else if let base = clockTime(j) {
      hour = base.clock.hour
      part = base.dayPart
      next = base.next
      guard base.clock.minute == 0 else { return nil }
    } else if let (value, after) = cardinal(j), (1...12).contains(value) {
      hour = value
      next = after
      if let (found, afterPart) = trailingDayPart(after) {
        // "a quarter to six in the evening"
        hour = TemporalParser.adjust(hour, found)
        part = found
        next = afterPart
      } else if options.preference == .future, let anchorSecond = anchor?.secondOfDay, hour * 3600 <= anchorSecond {
        hour += 12
      }
    } else {
      return nil
    }
    let total = (hour * 60 + sign * minutes + 1440) % 1440
    hour = total / 60
    return ClockReading(
      clock: Clock(hour: hour, minute: total % 60, second: nil, grain: .minute), rawHour: hour, dayPart: part,
      mod: mod, next: next)
  }

  func clockValue(_ clock: Clock, mod: TemporalModifier?) -> ParsedValue {
    var value = timeValue(day: anchor?.date, clock: clock, anchored: anchor != nil)
    value.clock = clock
    value.mod = mod
    return value
  }

  struct ClockReading {
    var clock: Clock
    var rawHour: Int
    var dayPart: DayPart?
    var mod: TemporalModifier?
    var next: Int
  }

  static func adjust(_ hour: Int, _ part: DayPart) -> Int {
    switch part {
    case .morning: return hour == 12 ? 0 : hour
    case .noon: return hour < 6 ? hour + 12 : hour
    case .afternoon, .evening: return hour < 12 ? hour + 12 : hour
    case .night: return hour == 12 ? 0 : (hour >= 6 && hour < 12 ? hour + 12 : hour)
    }
  }

  /// "a.m." / "p.m." (and "a.m" / "p.m"): the scanner gives a, ".", m, ".".
  func spelledMeridiem(_ j: Int) -> (DayPart, Int)? {
    // "nine fifty nine a m" in a query; in news "a m" is too often something else.
    if options.register == .query, continues(j), tokens[j].latin, keyword(j) == .pmLetter || keyword(j) == .article,
      keyword(j + 1) == .meridiemLetter, continues(j + 1), tokens[j + 1].spaceBefore, !continues(j + 2)
    {
      return (keyword(j) == .pmLetter ? .afternoon : .morning, j + 2)
    }
    guard continues(j), tokens[j].latin, keyword(j) == .pmLetter || keyword(j) == .article,
      isPunctuation(j + 1, "."), !tokens[j + 1].spaceBefore, keyword(j + 2) == .meridiemLetter,
      !tokens[j + 2].spaceBefore
    else { return nil }
    var next = j + 3
    if isPunctuation(next, "."), !tokens[next].spaceBefore { next += 1 }
    return (keyword(j) == .pmLetter ? .afternoon : .morning, next)
  }

  /// Whether a time zone (GMT, UTC, EST …) is at `j`.
  func zoneFollows(_ j: Int) -> Bool {
    guard continues(j) else { return false }
    if keyword(j) == .utc { return true }
    if case .timeZone = tokens[j].entry { return true }
    return false
  }

  /// The token after "o'clock" ("o", "'", "clock" once tokenized), or `j` itself.
  func afterOclock(_ j: Int) -> Int {
    guard keyword(j) == .oclock else { return j }
    return isPunctuation(j + 1, "'", "’") && keyword(j + 2) == .oclock && !tokens[j + 1].spaceBefore ? j + 3 : j + 1
  }

  /// An English clock time in words, which counts only with a.m./p.m. or o'clock after it:
  /// "six p.m.", "seven thirty pm", "ten o'clock" (not "three" or "seven thirty" alone).
  /// "eight tonight" counts too, and any after a part of the day and "at" ("in the evening at
  /// eight": `unmarked`).
  func spokenClock(_ j: Int, unmarked: Bool = false) -> (hour: Int, minute: Int, next: Int)? {
    guard continues(j), tokens[j].latin, case .cardinal = tokens[j].entry, let (hour, next) = cardinal(j),
      (1...12).contains(hour)
    else { return nil }
    func marked(_ k: Int) -> Bool {
      unmarked || keyword(k) == .am || keyword(k) == .pm || spelledMeridiem(k) != nil || afterOclock(k) > k
        || keyword(k) == .tonight || queryDayPartAfterHour(k)
    }
    // The minutes first: "at three twenty" in a query is 3:20, not 3 o'clock.
    if continues(next), tokens[next].latin, case .cardinal = tokens[next].entry, let (minute, after) = cardinal(next),
      (1...59).contains(minute), keyword(after) != .oclock, marked(after)
    {
      return (hour, minute, after)
    }
    return marked(next) ? (hour, 0, next) : nil
  }

  /// A part of the day as a phrase: "مساء", "بعد الظهر", "قبل الظهر", "this afternoon", "in
  /// the evening".
  func dayPartPhrase(_ i: Int) -> (DayPart, Int)? {
    var j = i
    // "this morning", "in the evening"; not Arabic في, since "في المغرب" is mostly Morocco.
    if keyword(j) == .this || (keyword(j) == .inPreposition && tokens[j].latin) { j += 1 }
    if keyword(j) == .tonight { return (.night, j + 1) }
    if let night = atNight(j) { return (.night, night) }
    if keyword(j) == .the { j += 1 }
    if j > i, keyword(j) == .am || keyword(j) == .pm { return (keyword(j) == .am ? .morning : .afternoon, j + 1) }
    if keyword(j) == .after || keyword(j) == .before, continues(j + 1),
      case .dayPart(let found) = tokens[j + 1].entry
    {
      let after = keyword(j) == .after
      switch found {
      case .noon: return (after ? .afternoon : .morning, j + 2)
      case .evening: return (after ? .evening : .afternoon, j + 2)
      default: return (found, j + 2)
      }
    }
    guard continues(j), case .dayPart(let found) = tokens[j].entry else { return nil }
    return (found, j + 1)
  }

  /// One clock time.
  func clockTime(_ i: Int) -> ClockReading? {
    var j = i
    var mod: TemporalModifier?
    if keyword(j) == .approximately {
      mod = .approx
      j += 1
    }
    // A part of the day before the clock: "بعد الظهر عند الساعة الرابعة", "this afternoon at 4".
    var leadingPart: DayPart?
    if let (found, next) = dayPartPhrase(j), keyword(next) == .clock || isPunctuation(next, ",", "،", "@") {
      leadingPart = found
      j = isPunctuation(next, "@") ? next + 1 : skipComma(next)
    }
    var clockWord = false
    // "at noon", "at midnight", "until noon", "by midday"; midnight alone stays out ("until
    // midnight" ends the day: which day depends on more than the clock). "at midnight" is the
    // end of its day, ISO 8601's 24:00, as the Arabic منتصف الليل and a range's closing
    // midnight are: "at midnight on Sunday" ends Sunday (`timeExpression` reads a bare past
    // one as the midnight that opened the reference day).
    let at = keyword(j) == .clock && continues(j) && tokens[j].latin
    let noonAt = at ? j + 1 : j
    if continues(noonAt), tokens[noonAt].latin,
      (at && keyword(noonAt) == .midnight) || tokens[noonAt].entry == .dayPart(.noon)
    {
      let noon = keyword(noonAt) != .midnight
      return ClockReading(
        clock: Clock(hour: noon ? 12 : 24, minute: 0, second: nil, grain: .hour), rawHour: noon ? 12 : 0,
        dayPart: noon ? .noon : .night, mod: mod, next: noonAt + 1)
    }
    var arabicClockWord = false
    while keyword(j) == .clock, !tokens[j].latin || number(j + 1) != nil {
      clockWord = true
      arabicClockWord = arabicClockWord || !tokens[j].latin
      j += 1
    }
    if keyword(j) == .approximately {
      mod = .approx
      j += 1
    }
    var hour: Int
    var minute = 0
    var second: Int?
    var grain = TimeUnit.hour
    var colon = false
    var dotted = false
    var twentyFourHour = false
    var bareDigits = false
    if let query = queryClockDigits(j, clockWord: clockWord || mod != nil) {
      hour = query.hour
      minute = query.minute
      grain = .minute
      colon = true
      twentyFourHour = query.twentyFourHour
      j = query.next
    } else if let (value, digits) = number(j), digits == 4, value / 100 < 24, value % 100 < 60, zoneFollows(j + 1) {
      // "0600 GMT", "1430 EST": wire-service times, only with a zone after them.
      hour = value / 100
      minute = value % 100
      grain = .minute
      colon = true
      j += 1
    } else if let (value, digits) = number(j), digits <= 2 {
      hour = value
      bareDigits = true
      j += 1
      if keyword(j) == .hourLetter, !tokens[j].spaceBefore, hour < 24 {
        // "15h00", "3h18", "16h": French-style 24-hour times.
        grain = .minute
        colon = true
        twentyFourHour = true
        j += 1
        if let (minutes, minuteDigits) = number(j), minuteDigits == 2, !tokens[j].spaceBefore, minutes < 60 {
          minute = minutes
          j += 1
        }
      } else if isPunctuation(j, "."), !tokens[j].spaceBefore, let (minutes, minuteDigits) = number(j + 1),
        minuteDigits == 2, !tokens[j + 1].spaceBefore, minutes < 60
      {
        // "8.10 pm", "الساعة 8.30 صباحا": a dot counts only with a part of the day or الساعة.
        minute = minutes
        grain = .minute
        dotted = true
        j += 2
      } else if isPunctuation(j, ":"), !tokens[j].spaceBefore, let (minutes, minuteDigits) = number(j + 1),
        minuteDigits == 2, !tokens[j + 1].spaceBefore
      {
        minute = minutes
        grain = .minute
        colon = true
        j += 2
        if isPunctuation(j, ":"), !tokens[j].spaceBefore, let (seconds, secondDigits) = number(j + 1),
          secondDigits == 2, !tokens[j + 1].spaceBefore
        {
          second = seconds
          grain = .second
          j += 2
        }
      }
    } else if let (value, next) = ordinal(j, allowTens: false), (1...12).contains(value) {
      hour = value
      j = next
    } else if clockWord, let (value, next) = cardinal(j), (1...12).contains(value) {
      hour = value
      j = next
    } else if let spoken = spokenClock(
      keyword(j) == .clock && tokens[j].latin ? j + 1 : j,
      unmarked: (leadingPart != nil || options.register == .query) && keyword(j) == .clock)
    {
      // "six p.m.", "seven thirty p.m.", "ten o'clock"; "at three twenty" in a query
      clockWord = clockWord || (options.register == .query && keyword(j) == .clock)
      hour = spoken.hour
      minute = spoken.minute
      grain = spoken.minute > 0 ? .minute : .hour
      j = spoken.next
    } else {
      return nil
    }
    guard hour <= 24, minute < 60, (second ?? 0) < 60 else { return nil }
    // A decimal or a share is not an hour: "at 6.75 percent", "at 6%".
    if !colon && !dotted,
      (isPunctuation(j, ".") && !tokens[j].spaceBefore && j + 1 < tokens.count && number(j + 1) != nil
        && !tokens[j + 1].spaceBefore) || isPunctuation(j, "%") || keyword(j) == .percent
    {
      return nil
    }
    if !colon && !dotted && amountFollows(j) { return nil }
    if !colon, let next = ishSuffix(j) {
      mod = .approx
      j = next
    }
    if !colon && !dotted {
      if continues(j), case .fraction(let fraction) = tokens[j].entry {
        minute = fraction
        grain = .minute
        j += 1
      } else if keyword(j) == .except, continues(j + 1), hour > 0 {
        var fraction: Int?
        switch tokens[j + 1].entry {
        case .fraction(let value): fraction = value
        case .unit(.quarter, .singular): fraction = 15
        case .cardinal(let value) where value > 0 && value < 60:
          fraction = value
          if continues(j + 2), case .unit(.minute, _) = tokens[j + 2].entry { j += 1 }
        default: fraction = nil
        }
        if let fraction {
          hour -= 1
          minute = 60 - fraction
          grain = .minute
          j += 2
        }
      } else {
        var k = j
        if keyword(k) == .and { k += 1 }
        if k > j || (continues(k) && tokens[k].conjunction) {
          if let (value, next) = cardinal(k), value < 60 {
            var end = next
            var hasMinuteWord = false
            if continues(end), case .unit(.minute, _) = tokens[end].entry {
              end += 1
              hasMinuteWord = true
            }
            // English "and" joins minutes only with a minute word: "between 2 and 4 pm" is
            // two hours, not 2:04.
            let englishAnd = k > j && tokens[j].latin
            if hasMinuteWord || (!englishAnd && (number(k) != nil || clockWord)) {
              minute = value
              grain = .minute
              j = end
            }
          } else if continues(k), case .fraction(let fraction) = tokens[k].entry {
            minute = fraction
            grain = .minute
            j = k + 1
          } else if continues(k), case .unit(.quarter, .singular) = tokens[k].entry {
            minute = 15
            grain = .minute
            j = k + 1
          }
        }
      }
    }
    // The part of the day.
    var part: DayPart?
    let oclock = afterOclock(j) > j
    j = afterOclock(j)
    if let (found, next) = dayPartPhrase(j) {
      part = found
      j = next
    } else if keyword(j) == .am || keyword(j) == .pm {
      part = keyword(j) == .am ? .morning : .afternoon
      j += 1
    } else if let (found, next) = spelledMeridiem(j) {
      part = found
      j = next
    } else if gluedMorningLetter(j), colon || clockWord || (i > 0 && (keyword(i - 1) == .from || keyword(i - 1) == .to))
    {
      part = .morning  // "3:18a", "at 9a", "from 9a to 11a"; "4a" alone is not a time
      j += 1
    } else if keyword(j) == .oclock {
      j += 1
    }
    if part == nil { part = leadingPart }
    if part == nil && !clockWord && !colon && !oclock { return nil }
    // Digits read as an hour only by the part of the day after them run from 1 to 12: "0 مساء"
    // and "15 pm" are no times.
    if bareDigits && !clockWord && !colon && !dotted && !twentyFourHour && !oclock && leadingPart == nil,
      hour == 0 || hour > 12
    {
      return nil
    }
    if part == nil, arabicClockWord, perHourRate(i) { return nil }
    // "at 3.25%", "at 3.25 percent" is a rate: a dotted clock needs a part of the day or الساعة.
    if dotted && part == nil && !arabicClockWord { return nil }
    let rawHour = hour
    var nextDay = false
    if let leadingPart, part == leadingPart, let queried = queryHour(hour, after: leadingPart) {
      hour = queried
      nextDay = hour == 24
    } else if let part {
      hour = TemporalParser.adjust(hour, part)
    } else if hour < 12, !twentyFourHour, options.preference == .future, let anchorSecond = anchor?.secondOfDay,
      hour * 3600 + minute * 60 <= anchorSecond, !(colon && hour == 0),
      grain == .hour || hour != anchorSecond / 3600
    {
      // "at 4:23" said at 04:30 is still this hour (Duckling); "at 4" is 16:00.
      hour += 12
    }
    if hour == 24 { hour = 0 }
    var dayShift = nextDay ? 1 : 0
    // "بتوقيت GMT": convert to the reference's own offset, when it has one.
    var zone = j
    if keyword(zone) == .timeZoneWord { zone += 1 }
    // "9 am (BST)": a zone in brackets.
    let bracketed = isPunctuation(zone, "(") && zoneFollows(zone + 1) && isPunctuation(zone + 2, ")")
    if bracketed { zone += 1 }
    var afterZone = bracketed ? zone + 2 : zone + 1
    var zoneOffset: Int?
    var named = false
    if keyword(zone) == .utc {
      zoneOffset = 0
    } else if continues(zone), case .timeZone(let offset) = tokens[zone].entry {
      zoneOffset = offset
      named = true
    } else if !bracketed, let offset = spelledZone(zone) {
      zoneOffset = offset  // "5 p.m. Eastern time on Friday"
      named = true
      afterZone = zone + 2
    }
    if named || (zoneOffset != nil && tokens[zone].latin), anchor?.utcOffsetMinutes == nil {
      j = afterZone  // "8 p.m. EST", "0600 GMT" with a reference without a zone: the clock as written
    } else if let zoneOffset, let offset = anchor?.utcOffsetMinutes {
      (hour, minute, dayShift) = TemporalParser.convert(hour: hour, minute: minute, from: zoneOffset, to: offset)
      grain = min(grain, .minute)
      j = afterZone
    }
    return ClockReading(
      clock: Clock(hour: hour, minute: minute, second: second, grain: grain, dayShift: dayShift), rawHour: rawHour,
      dayPart: part, mod: mod, next: j)
  }

  /// A day and a part of it as TIMEX3 writes it: 2026-01-29TMO (morning), TAF, TEV, TNI.
  func partOfDayValue(_ day: CivilDate, _ part: DayPart, anchored: Bool) -> ParsedValue? {
    let code: String
    switch part {
    case .morning: code = "MO"
    case .noon:
      return timeValue(day: day, clock: Clock(hour: 12, minute: 0, second: nil, grain: .hour), anchored: anchored)
    case .afternoon: code = "AF"
    case .evening: code = "EV"
    case .night: code = "NI"
    }
    return ParsedValue(
      label: .time, value: "\(day)T\(code)", mod: nil, anchored: anchored, grain: .hour, hijri: nil,
      offset: nil, day: nil, clock: nil)
  }

  /// A part of the day before a date: "صباح الخميس", "مساء أمس", "morning of christmas",
  /// "this morning", "last night".
  func partOfDayExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    if tokens[i].latin, case .direction(.past) = tokens[i].entry, continues(i + 1),
      tokens[i + 1].entry == .dayPart(.night), let anchor
    {
      // "last night"
      guard let value = partOfDayValue(anchor.date.adding(days: -1), .night, anchored: true) else { return nil }
      return ParsedMatch(next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: value)])
    }
    var j = i
    var this = false
    if keyword(j) == .this {
      this = true
      j += 1
    }
    guard continues(j), case .dayPart(let part) = tokens[j].entry, part != .noon else { return nil }
    j += 1
    if this {
      guard tokens[i].latin, let anchor, let value = partOfDayValue(anchor.date, part, anchored: true) else {
        return nil
      }
      return ParsedMatch(next: j, items: [ParsedItem(first: i, last: j - 1, value: value)])
    }
    // The Arabic construct (صباح الخميس) has no article; English says "morning of".
    if tokens[j - 1].latin {
      guard keyword(j) == .of else { return nil }
      j += 1
    } else if tokens[j - 1].definite {
      return nil
    } else if part == .night && entry(j) != .dayOffset(-1) {
      return weekdayEve(i, night: j - 1)  // "ليلة الجمعة" is Thursday night; "ليلة أمس" is last night
    }
    let date = longestDay([dateExpression(j), relativeExpression(j), holidayExpression(j), namedHoliday(j)])
    guard let date, let day = date.items[0].value.day,
      let value = partOfDayValue(day, part, anchored: date.items[0].value.anchored)
    else { return nil }
    return ParsedMatch(next: date.next, items: [ParsedItem(first: i, last: date.next - 1, value: value)])
  }
}
