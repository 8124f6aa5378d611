extension TemporalParser {
  /// Whether the weekday or "today" at `i`, or the article or preposition before one, belongs
  /// to a newspaper's title rather than to a date: "The Sunday Times", "the Sunday Telegraph",
  /// "The Friday Times", "The Mail on Sunday" (capitalized words only: "in the mail on Sunday"
  /// is a date); "صحيفة الأحد", "صحيفة المصري اليوم", "قناة روسيا اليوم" (an indefinite
  /// صحيفة / جريدة / قناة before the name; "قالت الصحيفة الأحد" and "نشرت صحيفة يوم الأحد" are
  /// dates). "Financial Times" and "New York Times" have no temporal word and need no check.
  func startsMediaTitle(_ i: Int) -> Bool {
    guard continues(i) else { return false }
    switch tokens[i].entry {
    case .keyword(.the)?, .keyword(.on)?:
      return i + 1 < tokens.count && !tokens[i + 1].newlineBefore && weekdayInTitle(i + 1)
    case .weekday?, .dayOffset(0)?:
      return weekdayInTitle(i)
    default:
      return false
    }
  }

  private func weekdayInTitle(_ i: Int) -> Bool {
    if tokens[i].latin {
      guard tokens[i].capitalized, case .weekday? = tokens[i].entry else { return false }
      // "The Sunday Times", "the Sunday Telegraph".
      if i + 1 < tokens.count, !tokens[i + 1].newlineBefore, tokens[i + 1].capitalized {
        switch tokens[i + 1].entry {
        case .keyword(.mediaTitle)?, .keyword(.sundayEditionTitle)?, .keyword(.times(0))?: return true
        default: break
        }
      }
      // "The Mail on Sunday", "the Independent on Sunday"; only those two titles: "The
      // Washington Post on Monday reported" and "told the Guardian on Tuesday" are dates.
      guard case .weekday(7)? = tokens[i].entry else { return false }
      return i >= 2 && !tokens[i].newlineBefore && !tokens[i - 1].newlineBefore && keyword(i - 1) == .on
        && tokens[i - 2].capitalized && tokens[i - 2].entry == .keyword(.sundayEditionTitle)
    }
    guard i >= 1, !tokens[i].newlineBefore else { return false }
    var k = i - 1
    if tokens[i].entry == .dayOffset(0), tokens[k].entry == .keyword(.mediaTitle), k >= 1, !tokens[k].newlineBefore {
      k -= 1  // "صحيفة المصري اليوم"
    } else if case .weekday? = tokens[i].entry, !tokens[i].definite {
      return false
    }
    return !tokens[k].latin && !tokens[k].definite && tokens[k].entry == .keyword(.mediaNoun)
  }
}
