extension TemporalParser {
  /// A cardinal number in digits or words: ثلاثة 3, ثمانية عشر 18, خمس وأربعون 45, 21.
  func cardinal(_ i: Int) -> (value: Int, next: Int)? {
    guard continues(i) else { return nil }
    if let (value, digits) = number(i) {
      return digits <= 6 ? (value, i + 1) : nil
    }
    guard case .cardinal(let units) = tokens[i].entry, units > 0 else { return nil }
    if let compound = englishTensAndUnits(i, tens: units) { return compound }
    if units < 10 {
      if continues(i + 1), case .cardinal(10) = tokens[i + 1].entry, !tokens[i + 1].conjunction {
        return (units + 10, i + 2)
      }
      if continues(i + 1), case .cardinal(let tens) = tokens[i + 1].entry, tens >= 20,
        tokens[i + 1].conjunction
      {
        return (units + tens, i + 2)
      }
    }
    return (units, i + 1)
  }

  /// An ordinal in words: الخامس عشر 15, الحادي والعشرين 21, أول 1, العشرين 20.
  func ordinal(_ i: Int, allowTens: Bool = true) -> (value: Int, next: Int)? {
    guard continues(i) else { return nil }
    // "4th", "3rd"
    if let (value, digits) = number(i), digits <= 2, keyword(i + 1) == .ordinalSuffix, !tokens[i + 1].spaceBefore {
      return (value, i + 2)
    }
    switch tokens[i].entry {
    case .ordinal(let units, _):
      if units < 10 {
        if continues(i + 1), case .cardinal(10) = tokens[i + 1].entry, !tokens[i + 1].conjunction {
          return (units + 10, i + 2)
        }
        if allowTens, continues(i + 1), case .cardinal(let tens) = tokens[i + 1].entry, tens >= 20,
          tokens[i + 1].conjunction
        {
          return (units + tens, i + 2)
        }
      }
      return (units, i + 1)
    case .cardinal(let tens) where tokens[i].latin && (tens == 20 || tens == 30):
      // "twenty-first", "thirty first"
      var k = i + 1
      if isPunctuation(k, "-") { k += 1 }
      guard continues(k) else { return nil }
      switch tokens[k].entry {
      case .ordinal(let units, _) where units < 10: return (tens + units, k + 1)
      case .unit(.second, .singular): return (tens + 2, k + 1)  // "second" is read as a unit
      default: return nil
      }
    case .cardinal(let tens) where allowTens && (tens == 20 || tens == 30):
      return tokens[i].conjunction ? nil : (tens, i + 1)
    case .unit(.second, .singular) where tokens[i].latin:
      // "second" is read as a unit; before "of", a month or another unit it is the ordinal:
      // "the second of March", "the second quarter", "the second week".
      if keyword(i + 1) == .of || keyword(i + 1) == .closest || month(i + 1) != nil { return (2, i + 1) }
      // "the second Monday of last month"
      if continues(i + 1), case .weekday = tokens[i + 1].entry { return (2, i + 1) }
      // "the second last week of October"
      if continues(i + 1), tokens[i + 1].entry == .direction(.past), continues(i + 2),
        case .unit(let unit, .singular) = tokens[i + 2].entry, unit >= .day
      {
        return (2, i + 1)
      }
      if continues(i + 1), case .unit(let unit, .singular) = tokens[i + 1].entry, unit >= .day { return (2, i + 1) }
      // "the second weekend of May"
      if keyword(i + 1) == .weekend { return (2, i + 1) }
      // "the second half of the year"
      if keyword(i + 1) == .half { return (2, i + 1) }
      return nil
    default:
      return nil
    }
  }

  /// A day of the month: 1-31 in one or two digits (not followed by a counted noun), or an
  /// ordinal phrase.
  func dayOfMonth(_ i: Int) -> (day: Int, next: Int, inDigits: Bool)? {
    if let (value, digits) = number(i) {
      guard digits <= 2, (1...31).contains(value) else { return nil }
      // "1st", "15th"
      var next = i + 1
      if continues(next), !tokens[next].spaceBefore {
        switch tokens[next].entry {
        case .ordinal, .keyword(.ordinalSuffix): next += 1
        default: break
        }
      }
      return (value, next, true)
    }
    if let (value, next) = ordinal(i), (1...31).contains(value) { return (value, next, false) }
    return nil
  }

  /// A count and a unit: ثلاثة أيام, 21 أيام, أسبوعين (a dual counts two), شهر (one),
  /// two weeks. Plural units need a number.
  func countedUnit(_ i: Int, allowBareSingular: Bool = true, allowArticle: Bool = false)
    -> (count: Int, unit: TimeUnit, next: Int)?
  {
    guard continues(i) else { return nil }
    if allowArticle, keyword(i) == .article, continues(i + 1),
      case .unit(let unit, .singular) = tokens[i + 1].entry
    {
      // "for a second straight month", "a second time": the ordinal, no amount.
      if unit == .second, secondIsOrdinal(i + 1) { return nil }
      guard unit == .quarter else { return (1, unit, i + 2) }
      // "a quarter of an hour" is fifteen minutes; "a quarter past 3" is a clock time.
      var j = i + 2
      guard keyword(j) == .of else { return nil }
      j += 1
      if keyword(j) == .article || keyword(j) == .the { j += 1 }
      guard continues(j), case .unit(.hour, .singular) = tokens[j].entry else { return nil }
      return (15, .minute, j + 1)
    }
    // "a fortnight ago", "for a fortnight": two weeks.
    if allowArticle, keyword(i) == .article, keyword(i + 1) == .fortnight { return (2, .week, i + 2) }
    if allowArticle, keyword(i) == .article, keyword(i + 1) == .couple {
      // "a couple of days", "a couple hours": two.
      let j = keyword(i + 2) == .of ? i + 3 : i + 2
      guard continues(j), case .unit(let unit, .plural) = tokens[j].entry else { return nil }
      return (2, unit, j + 1)
    }
    if case .unit(let unit, let form) = tokens[i].entry {
      switch form {
      case .dual: return (2, unit, i + 1)
      case .singular where allowBareSingular && unit != .quarter: return (1, unit, i + 1)
      default: return nil
      }
    }
    guard let (value, counted) = cardinal(i), value > 0, continues(counted) else { return nil }
    // "in 3/4 hour": the denominator of a fraction, no count of four hours.
    if tokens[i].kind == .number, i >= 2, !tokens[i].spaceBefore, isPunctuation(i - 1, "/"),
      !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .number
    {
      return nil
    }
    // "three consecutive months", "four straight weeks": the same amount.
    let next = keyword(counted) == .consecutive ? counted + 1 : counted
    guard continues(next) else { return nil }
    if keyword(next) == .fortnight { return (2 * value, .week, next + 1) }
    // A count takes an indefinite unit: "أحد الأسبوع" is not "one week".
    if case .unit(let unit, let form) = tokens[next].entry, form != .dual, form != .dualConstruct,
      !tokens[next].definite,
      !(next + 1 < tokens.count && tokens[next + 1].kind == .number && !tokens[next + 1].spaceBefore)
    {
      return (value, unit, next + 1)
    }
    return nil
  }
}
