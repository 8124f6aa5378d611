extension TemporalParser {
  /// Whether the ambiguous Latin month name at `i` is a verb's infinitive: "to march on the
  /// commission" in lower case after "to". A month after "to" closes a range ("from May to
  /// March") and keeps its capital; text written all in lower case (a query) takes ambiguous
  /// names as months before this is asked.
  /// A headline in title case or capitals capitalises "to" as well ("Supporters Urged To March
  /// On Parliament"), which prose never does inside a sentence: there a capital name is a verb
  /// too, unless a month or "from" / "between" before it opens a range ("From May To March").
  /// A number after the name makes it a date again ("to march 15").
  func readsAsInfinitive(month i: Int) -> Bool {
    guard i > 0, tokens[i].latin, !tokens[i].newlineBefore, case .keyword(.to)? = tokens[i - 1].entry
    else { return false }
    if tokens[i].capitalized && !headlineInfinitive(to: i - 1) { return false }
    let next = i + 1
    return !(next < tokens.count && !tokens[next].newlineBefore && tokens[next].kind == .number)
  }

  /// Whether the capitalised "To" at `to` is a headline's, inside its line after a capitalised
  /// word, with no range opener among the six tokens before it.
  private func headlineInfinitive(to: Int) -> Bool {
    guard to > 0, tokens[to].capitalized, !tokens[to].newlineBefore, tokens[to - 1].kind == .word,
      tokens[to - 1].capitalized
    else { return false }
    var k = to - 1
    while k >= 0 && k >= to - 6 {
      switch tokens[k].entry {
      case .month?, .keyword(.from)?, .keyword(.between)?: return false
      default: break
      }
      if tokens[k].newlineBefore { break }
      k -= 1
    }
    return true
  }
}
