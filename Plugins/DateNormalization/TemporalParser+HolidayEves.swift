extension HolidayCatalog {
  /// Words that make a holiday's eve of it: "the eve of Passover", "Erev Yom Kippur", "عشية
  /// عيد الفطر", and after the name "Passover eve". (ليلة stays out: ليلة القدر is a holiday of
  /// its own and ليلة الجمعة a night; "ليلة رأس السنة" and "ليلة عيد الميلاد" are catalogued.)
  static let eveWords = ["eve", "erev", "عشية"]
}

extension TemporalParser {
  /// One or two entries each: compared in turn, which is cheaper than hashing the entry of
  /// every token the parser tries into a set.
  private static func entries(_ words: [String]) -> [LexicalEntry] {
    words.compactMap { TemporalLexicon.standard.lookup(WordHasher.hash($0))?.entry }
  }

  /// "eve", which takes "of" before the name or comes after it.
  static let eveEntries = entries(["eve"])
  /// "erev", "عشية": straight before the name.
  static let evePrefixEntries = entries(["erev", "عشية"])

  /// Whether `entry` is that of an eve word: what `TemporalLexicon.markEveWords` marks.
  static func isEveEntry(_ entry: LexicalEntry) -> Bool {
    eveEntries.contains(entry) || evePrefixEntries.contains(entry)
  }

  /// Whether token `i` is "eve". The token's flag is tested first: the entries are compared
  /// only at the rare eve word, not at every token the parser tries.
  private func isEve(_ i: Int) -> Bool {
    guard continues(i), tokens[i].eveWord, let entry = tokens[i].entry else { return false }
    return Self.eveEntries.contains(entry)
  }

  /// Whether token `i` is "erev" or عشية.
  private func isEvePrefix(_ i: Int) -> Bool {
    guard continues(i), tokens[i].eveWord, let entry = tokens[i].entry else { return false }
    return Self.evePrefixEntries.contains(entry)
  }

  /// The day before a named holiday: "the eve of Passover", "on the eve of Diwali 2024", "Erev
  /// Yom Kippur", "عشية عيد الأضحى", "Passover eve". The holiday's occurrence is chosen as
  /// for the holiday itself; the value is a plain day (no Hebrew date: it is not the holiday's).
  /// `holidayHere` and `namedHere` are the holiday readings at `i` the caller already made: a
  /// suffixed eve ("Diwali eve") reuses them instead of parsing the holiday a second time at
  /// every token.
  func holidayEve(_ i: Int, holidayHere: ParsedMatch?, namedHere: ParsedMatch?) -> ParsedMatch? {
    var j = i
    var before = true
    if keyword(j) == .the, tokens[j].latin, isEve(j + 1) { j += 1 }
    if isEve(j) {
      guard keyword(j + 1) == .of else { return nil }
      j += 2
      if keyword(j) == .the { j += 1 }
    } else if isEvePrefix(j) {
      j += 1
    } else {
      guard holidayHere != nil || namedHere != nil else { return nil }
      before = false
    }
    // The longer reading: "عشية عيد الفصح اليهودي" is Passover's eve, not Easter's.
    var longer: ParsedMatch?
    Self.keepLonger(&longer, before ? holidayExpression(j) : holidayHere)
    Self.keepLonger(&longer, before ? namedHoliday(j) : namedHere)
    guard let holiday = longer, holiday.items.count == 1,
      let day = holiday.items[0].value.day
    else { return nil }
    var next = holiday.next
    if !before {
      guard isEve(next) else { return nil }
      next += 1
    }
    let value = dayValue(day.adding(days: -1), anchored: holiday.items[0].value.anchored)
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }

  /// The occurrence a direction points to among a holiday's days in the years around the
  /// anchor: the last before it, the first after it, or (no direction) the one the preference
  /// or tense picks.
  func occurrence(among candidates: [CivilDate], direction: Direction?) -> CivilDate? {
    guard let anchor else { return nil }
    let reference = anchor.date.dayNumber
    switch direction {
    case .past: return candidates.filter { $0.dayNumber < reference }.max()
    case .future: return candidates.filter { $0.dayNumber > reference }.min()
    case .current, nil: return occurrence(among: candidates)
    }
  }
}
