extension TemporalParser {
  /// "mid-morning" and "mid-afternoon" after a preposition ("by mid-afternoon", "at
  /// mid-morning") or before a day ("mid-morning on Tuesday"): that part of the day, with MID,
  /// as "early morning" is the morning with START. Alone it is the reference day's, as "in the
  /// afternoon" is (`dayPartAlone`); an adjective without either ("a mid-morning snack") stays
  /// out. Tried only at English "mid" glued to a hyphen.
  func midDayPart(_ i: Int) -> ParsedMatch? {
    guard tokens[i].latin, i + 2 < tokens.count, isPunctuation(i + 1, "-"), !tokens[i + 1].spaceBefore,
      !tokens[i + 2].spaceBefore, continues(i + 2), case .dayPart(let part) = tokens[i + 2].entry,
      part == .morning || part == .afternoon, let anchor
    else { return nil }
    var j = i + 3
    if keyword(j) == .on { j += 1 }
    var value: ParsedValue?
    var next = i + 3
    if let date = longestDay([relativeExpression(j), dateExpression(j)]), let day = date.items[0].value.day {
      value = partOfDayValue(day, part, anchored: date.items[0].value.anchored)
      next = date.next
    } else if i > 0, !tokens[i].newlineBefore, tokens[i - 1].latin,
      keyword(i - 1) == .by || keyword(i - 1) == .clock || keyword(i - 1) == .to
        || TemporalParser.midDayPartPrepositionHashes.contains(tokens[i - 1].wordHash)
    {
      value = partOfDayValue(anchor.date, part, anchored: true)
    }
    guard var value else { return nil }
    value.mod = .mid
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }

  /// Prepositions before a bare "mid-morning" or "mid-afternoon" that make it a time of the
  /// reference day ("by", "at", "until" and "till" are keywords).
  static let midDayPartPrepositionHashes: Set<UInt64> = Set(
    ["around", "before", "after", "from", "since", "in", "about"].map(WordHasher.hash))
}
