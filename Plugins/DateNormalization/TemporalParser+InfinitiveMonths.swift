extension TemporalParser {
  /// Whether the ambiguous Latin month name at `i` is a verb's infinitive: "to march on the
  /// commission" in lower case after "to". A month after "to" closes a range ("from May to
  /// March") and keeps its capital; text written all in lower case (a query) takes ambiguous
  /// names as months before this is asked.
  /// A number after the name makes it a date again ("to march 15").
  func readsAsInfinitive(month i: Int) -> Bool {
    guard i > 0, tokens[i].latin, !tokens[i].capitalized, !tokens[i].newlineBefore,
      case .keyword(.to)? = tokens[i - 1].entry
    else { return false }
    let next = i + 1
    return !(next < tokens.count && !tokens[next].newlineBefore && tokens[next].kind == .number)
  }
}
