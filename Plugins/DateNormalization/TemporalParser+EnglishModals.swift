extension TemporalParser {
  /// The tense an English modal gives a date after it: "the plant could reopen in July", said in
  /// June, is the coming July. "could not be reached on Monday" and "might have met on Friday"
  /// tell of the past, so a negation or a perfect leaves the tense to the words before.
  func englishModalTense(_ k: Int) -> TemporalPreference? {
    let next = k + 1
    guard next < tokens.count, !tokens[next].newlineBefore else { return nil }
    switch tokens[next].entry {
    case .keyword(.negation)?, .keyword(.perfectAuxiliary)?: return nil
    default: return .future
    }
  }

  /// Whether a preposition of time stands right before token `i` on its line: "in May", "during
  /// March", "في مارس" make an ambiguous name a month.
  func hasMonthPreposition(before i: Int) -> Bool {
    guard i > 0, !tokens[i].newlineBefore else { return false }
    switch tokens[i - 1].entry {
    case .keyword(.inPreposition)?, .keyword(.during)?, .keyword(.since)?, .keyword(.to)?, .keyword(.from)?:
      return true
    default: return false
    }
  }

  /// Whether the ambiguous Latin month name at `i`, with the direction word at `k` after it, is
  /// the modal "may" and an adverb or verb ("talks may last until July", "they may next meet")
  /// rather than "May last year". Without a preposition before the name, the direction must
  /// close the phrase or come before a year word.
  func readsAsModal(month i: Int, direction k: Int) -> Bool {
    guard tokens[i].latin, case .month(_, ambiguous: true)? = tokens[i].entry else { return false }
    if hasMonthPreposition(before: i) { return false }
    if i > 0, !tokens[i].newlineBefore, tokens[i - 1].kind == .number { return false }
    let after = k + 1
    guard after < tokens.count, !tokens[after].newlineBefore, tokens[after].kind != .punctuation else {
      return false
    }
    if case .unit(.year, _)? = tokens[after].entry { return false }
    return true
  }
}

extension TemporalParser {
  /// The year of "last year", "next year", "this year" when the year word stands at `k` after the
  /// direction word of an English month: "in May last year" is May of the year before the
  /// anchor's, not the latest May.
  func yearOfRelativeYear(direction: Direction, at k: Int) -> Int? {
    guard let anchor, k < tokens.count, continues(k), tokens[k].latin,
      case .unit(.year, .singular)? = tokens[k].entry
    else { return nil }
    return anchor.date.year + direction.rawValue
  }
}

extension TemporalParser {
  /// Whether the English -ed word at `k` is a participle after a modal and a verb: "will stay
  /// closed until Monday", "would remain shut", "could get delayed". The modal two words back
  /// sets the tense, not the -ed form.
  func participleAfterModal(_ k: Int) -> Bool {
    guard k >= 2, tokens[k].latin, !tokens[k].newlineBefore, !tokens[k - 1].newlineBefore,
      tokens[k - 1].kind == .word, tokens[k - 1].entry == nil
    else { return false }
    switch tokens[k - 2].entry {
    case .keyword(.futureMarker)?, .keyword(.englishModal)?: return true
    default: return false
    }
  }
}
