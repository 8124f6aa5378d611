extension TemporalParser {
  /// A quarter as a hyphenated adjective: "third-quarter profit", "First-quarter sales" (the
  /// year by the sentence's tense, as "the third quarter" without a year).
  func hyphenatedQuarter(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin, let quarter = quarterOrdinal(i), isPunctuation(i + 1, "-"),
      !tokens[i + 1].spaceBefore, continues(i + 2), !tokens[i + 2].spaceBefore,
      case .unit(.quarter, .singular)? = tokens[i + 2].entry
    else { return nil }
    let value: ParsedValue
    if let anchor {
      value = ParsedValue(
        label: .date, value: "\(pad(yearOfYearlessQuarter(quarter, anchor: anchor.date), 4))-Q\(quarter)", mod: nil,
        anchored: true, grain: .quarter, hijri: nil, offset: nil, day: nil, clock: nil)
    } else {
      value = unanchoredValue("XXXX-Q\(quarter)", grain: .quarter)
    }
    return ParsedMatch(next: i + 3, items: [ParsedItem(first: i, last: i + 2, value: value)])
  }

  /// first … fourth; "second" is read as the unit in the lexicon.
  private func quarterOrdinal(_ i: Int) -> Int? {
    switch tokens[i].entry {
    case .ordinal(let value, _)? where (1...4).contains(value): return value
    case .unit(.second, .singular)?: return 2
    default: return nil
    }
  }
}
