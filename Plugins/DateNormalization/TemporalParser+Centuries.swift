extension TemporalParser {
  /// Centuries, in TIMEX3's notation (the hundreds of its years: the 20th century is `19`):
  /// "القرن العشرين", "القرن التاسع عشر", "القرن الحادي والعشرين", "القرن 19", "القرن الماضي";
  /// "the 20th century", "the nineteenth century", "the twenty-first century", "the last
  /// century". "القرن الأفريقي" (the Horn of Africa) has no number and is not one.
  func centuryExpression(_ i: Int) -> ParsedMatch? {
    guard continues(i) else { return nil }
    if tokens[i].latin { return englishCentury(i) }
    guard tokens[i].definite, case .unit(.century, .singular) = tokens[i].entry, continues(i + 1) else { return nil }
    let j = i + 1
    let number: Int
    var next: Int
    // "القرن الماضي" is counted from the anchor's year, the others are not.
    var fromAnchor = false
    if case .cardinal(let tens) = tokens[j].entry, tokens[j].definite, tens == 20 || tens == 30 {
      (number, next) = (tens, j + 1)  // "القرن العشرين"
    } else if let (value, after) = ordinal(j), tokens[j].kind == .word {
      (number, next) = (value, after)
    } else if let (value, digits) = self.number(j), digits <= 2 {
      (number, next) = (value, j + 1)
    } else if case .direction(let direction) = tokens[j].entry, let anchor {
      (number, next) = (anchor.date.year / 100 + 1 + direction.rawValue, j + 1)
      fromAnchor = true
    } else {
      return nil
    }
    guard (1...30).contains(number) else { return nil }
    if keyword(next) == .gregorianMarker { next += 1 }
    return ParsedMatch(
      next: next, items: [ParsedItem(first: i, last: next - 1, value: centuryValue(number, anchored: fromAnchor))])
  }

  private func englishCentury(_ i: Int) -> ParsedMatch? {
    var j = i
    if keyword(j) == .the { j += 1 }
    let number: Int
    var k: Int
    var fromAnchor = false
    if continues(j), case .direction(let direction) = tokens[j].entry, let anchor {
      (number, k) = (anchor.date.year / 100 + 1 + direction.rawValue, j + 1)
      fromAnchor = true
    } else if let (value, after) = ordinal(j) {
      (number, k) = (value, after)
    } else {
      return nil
    }
    if isPunctuation(k, "-") { k += 1 }  // "19th-century"
    guard (1...30).contains(number), continues(k), case .unit(.century, .singular) = tokens[k].entry else { return nil }
    return ParsedMatch(
      next: k + 1, items: [ParsedItem(first: i, last: k, value: centuryValue(number, anchored: fromAnchor))])
  }

  /// The TIMEX3 value of the `number`th century: the 20th is `19`, the 1st `00`.
  func centuryValue(_ number: Int, anchored: Bool) -> ParsedValue {
    ParsedValue(
      label: .date, value: pad(number - 1, 2), mod: nil, anchored: anchored, grain: .century, hijri: nil,
      offset: nil, day: nil, clock: nil)
  }
}
