extension TemporalParser {
  /// Clock times: "الساعة 10 صباحاً", "الثالثة وربع العصر", "14:30", "الساعة 12 الا ربع",
  /// "3:18 صباحا", "at 9 pm", and ranges "من الساعة 3 الى الساعة 4 بعد العصر".
  func timeExpression(_ i: Int) -> ParsedMatch? {
    guard var first = clockTime(i) else { return nil }
    if let afterConnector = rangeConnector(first.next), var second = clockTime(afterConnector) {
      if first.dayPart == nil, let part = second.dayPart {
        first.clock.hour = TemporalParser.adjust(first.rawHour, part)
      } else if first.dayPart == nil, second.dayPart == nil, let anchorSecond = anchor?.secondOfDay,
        options.preference == .future
      {
        // One reading for both ends: "3 to 4" later today.
        if first.rawHour < 12, first.rawHour * 3600 + first.clock.minute * 60 <= anchorSecond {
          first.clock.hour = first.rawHour + 12
          if second.rawHour < 12 { second.clock.hour = second.rawHour + 12 }
        }
      }
      return ParsedMatch(
        next: second.next,
        items: [
          ParsedItem(first: i, last: first.next - 1, value: clockValue(first.clock, mod: first.mod)),
          ParsedItem(first: afterConnector, last: second.next - 1, value: clockValue(second.clock, mod: second.mod)),
        ])
    }
    return ParsedMatch(next: first.next, items: [ParsedItem(first: i, last: first.next - 1, value: clockValue(first.clock, mod: first.mod))])
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

  private func clockValue(_ clock: Clock, mod: TemporalModifier?) -> ParsedValue {
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

  /// One clock time.
  func clockTime(_ i: Int) -> ClockReading? {
    var j = i
    var mod: TemporalModifier?
    if keyword(j) == .approximately {
      mod = .approx
      j += 1
    }
    var clockWord = false
    while keyword(j) == .clock, !tokens[j].latin || number(j + 1) != nil {
      clockWord = true
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
    if let (value, digits) = number(j), digits <= 2 {
      hour = value
      j += 1
      if isPunctuation(j, ":"), !tokens[j].spaceBefore, let (minutes, minuteDigits) = number(j + 1),
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
    } else {
      return nil
    }
    guard hour <= 24, minute < 60, (second ?? 0) < 60 else { return nil }
    if !colon {
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
            if hasMinuteWord || number(k) != nil || clockWord {
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
    var k = j
    if keyword(k) == .this { k += 1 }
    if continues(k), case .dayPart(let found) = tokens[k].entry {
      part = found
      j = k + 1
    } else if keyword(k) == .tonight {
      part = .night
      j = k + 1
    } else if (keyword(j) == .after || keyword(j) == .before), continues(j + 1),
      case .dayPart(let found) = tokens[j + 1].entry
    {
      let after = keyword(j) == .after
      switch found {
      case .noon: part = after ? .afternoon : .morning
      case .afternoon: part = .afternoon
      case .evening: part = after ? .evening : .afternoon
      default: part = found
      }
      j += 2
    } else if keyword(j) == .am || keyword(j) == .pm {
      part = keyword(j) == .am ? .morning : .afternoon
      j += 1
    } else if keyword(j) == .oclock {
      j += 1
    }
    if part == nil && !clockWord && !colon { return nil }
    let rawHour = hour
    if let part {
      hour = TemporalParser.adjust(hour, part)
    } else if hour < 12, options.preference == .future, let anchorSecond = anchor?.secondOfDay,
      hour * 3600 + minute * 60 <= anchorSecond, !(colon && hour == 0)
    {
      hour += 12
    }
    if hour == 24 { hour = 0 }
    var dayShift = 0
    // "بتوقيت GMT": convert to the reference's own offset, when it has one.
    var zone = j
    if keyword(zone) == .timeZoneWord { zone += 1 }
    if keyword(zone) == .utc, let offset = anchor?.utcOffsetMinutes {
      var minutes = hour * 60 + minute + offset
      while minutes < 0 {
        minutes += 1440
        dayShift -= 1
      }
      while minutes >= 1440 {
        minutes -= 1440
        dayShift += 1
      }
      hour = minutes / 60
      minute = minutes % 60
      grain = min(grain, .minute)
      j = zone + 1
    }
    return ClockReading(
      clock: Clock(hour: hour, minute: minute, second: second, grain: grain, dayShift: dayShift), rawHour: rawHour,
      dayPart: part, mod: mod, next: j)
  }
}
