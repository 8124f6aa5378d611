extension TemporalParser {
  /// A period counted from the date in focus: "the following day", "the next day", "اليوم
  /// التالي"; "the following week / month / year", "الأسبوع / الشهر / العام التالي", "السنة
  /// التالية"; and "the day / week / month / year after" or "before" with nothing after it
  /// ("rescuers arrived the day after", "had shelled the town the day before"). "The dam burst
  /// on March 2 and the army arrived the following day" is March 3; "The pact was signed in
  /// January and the summit followed the following month" February.
  ///
  /// The date in focus is found as for "a day later" (`focusDate`): the last date of the
  /// clause, else of the sentence, else of the sentence before ("The talks opened on Monday.
  /// Both sides walked out the next day."). It must be as fine as the unit: a day for a day, a
  /// day or a week for a week, a month or a day for a month, any date with a year for a year
  /// ("fell in March and recovered the following day" gives nothing). With no date to count
  /// from, the rule is silent and the older readings stay: "the following week" and
  /// "الشهر التالي" count from the anchor as "next week" does, "the day after" is nothing.
  func followingPeriod(_ i: Int) -> ParsedMatch? {
    guard continues(i), continues(i + 1) else { return nil }
    let last: Int
    let unit: TimeUnit
    var count = 1
    if tokens[i].latin {
      guard keyword(i) == .the, continues(i + 2), tokens[i + 1].latin, tokens[i + 2].latin else { return nil }
      if TemporalParser.followingOrNextHashes.contains(tokens[i + 1].wordHash),
        case .unit(let named, .singular) = tokens[i + 2].entry
      {
        // "the next week" is as often the seven days ahead of the anchor ("talks are expected
        // in the next week"): only "following" counts from the story for the longer units.
        guard
          named == .day
            || (TemporalParser.followingPeriodUnits.contains(named)
              && tokens[i + 1].wordHash == TemporalParser.followingHash)
        else { return nil }
        unit = named
        last = i + 2
      } else if case .unit(let named, .singular) = tokens[i + 1].entry,
        named == .day
          || TemporalParser.followingPeriodUnits.contains(named),
        keyword(i + 2) == .after || keyword(i + 2) == .before, standsAlone(i + 3)
      {
        unit = named
        count = keyword(i + 2) == .after ? 1 : -1
        last = i + 2
      } else {
        return nil
      }
    } else {
      guard TemporalParser.arabicFollowingHashes.contains(tokens[i + 1].wordHash) else { return nil }
      if entry(i) == .dayOffset(0) {
        unit = .day
      } else if TemporalParser.arabicDefinitePeriodHashes.contains(tokens[i].wordHash),
        case .unit(let named, .singular) = tokens[i].entry
      {
        unit = named
      } else {
        return nil
      }
      last = i + 1
    }
    // "the next day-long strike": a compound, not a day.
    if last + 1 < tokens.count, !tokens[last + 1].spaceBefore, isPunctuation(last + 1, "-") { return nil }
    let focus: ParsedValue?
    switch focusDate(before: i, unit: unit, later: true) {
    case .date(let found)?: focus = found
    case .apposition?: return nil
    case nil: focus = dateOfSentenceBefore(i, unit: unit)
    }
    guard let focus, let value = TemporalParser.period(after: focus, by: count, unit) else { return nil }
    return ParsedMatch(next: last + 1, items: [ParsedItem(first: i, last: last, value: value)])
  }

  /// Whether nothing that "after" or "before" could govern starts at token `k`: the end of the
  /// text or its line, a punctuation mark or a conjunction ("arrived the day after, and …").
  /// "the day after the election" and "the week before Christmas" count from an event.
  private func standsAlone(_ k: Int) -> Bool {
    guard continues(k) else { return true }
    if tokens[k].kind == .punctuation { return !isPunctuation(k, "-") }
    return tokens[k].latin && TemporalParser.clauseConjunctionHashes.contains(tokens[k].wordHash)
  }

  /// The last date in the sentence before the one token `i` stands in.
  private func dateOfSentenceBefore(_ i: Int, unit: TimeUnit) -> ParsedValue? {
    var start = i
    while start > 0, i - start < 40, !tokens[start].newlineBefore, !endsSentence(start - 1) { start -= 1 }
    // A paragraph's first sentence counts from the last one of the paragraph before, when that
    // ends with a mark (a dateline does not: the anchor is its date).
    guard start > 1, endsSentence(start - 1) else { return nil }
    return lastDate(from: start - 1, unit: unit)
  }

  /// The `unit` `count` steps from the one `focus` lies in, at the unit's grain: the day
  /// after a day, the ISO week after a day's or a week's, the month after a day's or a
  /// month's, the year after any date with a year. Nil when the focus is coarser than the
  /// unit (a week from a month) or no date (a clock time without a day, a decade).
  static func period(after focus: ParsedValue, by count: Int, _ unit: TimeUnit) -> ParsedValue? {
    guard focus.label == .date || focus.label == .time else { return nil }
    let text = String(focus.value.prefix(10))
    let parts = text.split(separator: "-")
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    var base = focus
    base.label = .date
    switch unit {
    case .day:
      guard focus.label == .date, focus.day != nil else { return nil }
      return shift(focus, by: count, .day)
    case .week:
      if parts.count == 2, parts[1].first == "W" { return shift(base, by: count, .week) }
      guard let day = CivilDate(iso: text) else { return nil }
      let (isoYear, isoWeek) = day.adding(days: 7 * count).isoWeek
      base.value = "\(pad(isoYear, 4))-W\(pad(isoWeek, 2))"
      base.grain = .week
      base.day = nil
      base.anchored = true
      base.mod = nil
      base.clock = nil
      base.offset = nil
      base.hijri = nil
      return base
    case .month:
      guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
      base.value = "\(pad(year, 4))-\(pad(month, 2))"
      return shift(base, by: count, .month)
    case .year:
      base.value = pad(year, 4)
      return shift(base, by: count, .year)
    default:
      return nil
    }
  }

  /// "following" and "next" before "day".
  static let followingOrNextHashes: Set<UInt64> = Set(["following", "next"].map(WordHasher.hash))
  /// The units longer than a day that "the following …" and "the … after" count in.
  static let followingPeriodUnits: Set<TimeUnit> = [.week, .month, .year]
  /// The Arabic units with the article that التالي / التالية follow.
  static let arabicDefinitePeriodHashes: Set<UInt64> = Set(
    ["الأسبوع", "الاسبوع", "الشهر", "العام", "السنة"].map(WordHasher.hash))
  /// Conjunctions that open a new clause after "the day after".
  static let clauseConjunctionHashes: Set<UInt64> = Set(["and", "but"].map(WordHasher.hash))
}
