extension TemporalParser {
  /// "في الوقت الحالي" (at present): PRESENT_REF, as "الوقت الحاضر" and "الوقت الراهن" are
  /// (`vagueReference`). الحالي is otherwise "this" ("العام الحالي") and stays so.
  func currentTimeReference(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin, tokens[i].entry == .direction(.current), i > 0,
      !tokens[i].newlineBefore, tokens[i - 1].entry == .keyword(.timeWord), !tokens[i - 1].latin
    else { return nil }
    return ParsedMatch(
      next: i + 1, items: [ParsedItem(first: i - 1, last: i, value: unanchoredValue("PRESENT_REF", grain: .day))])
  }
}
