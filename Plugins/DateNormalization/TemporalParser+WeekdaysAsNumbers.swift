extension TemporalParser {
  /// The weekday of token `j` after يوم: a weekday name, or أحد (Sunday), which the lexicon
  /// reads as the number one: "كل يوم أحد" is every Sunday. Not before a definite word, where
  /// أحد is "one of": "كل يوم أحد المرضى".
  func weekdayAfterDayWord(_ j: Int) -> Int? {
    guard continues(j) else { return nil }
    if case .weekday(let weekday) = tokens[j].entry { return weekday }
    // Three letters without a proclitic: أحد, not واحد, واحدة, إحدى or وأحد.
    guard case .cardinal(1) = tokens[j].entry, !tokens[j].latin, tokens[j].end - tokens[j].wordStart == 3
    else { return nil }
    if continues(j + 1), tokens[j + 1].kind == .word, tokens[j + 1].definite { return nil }
    return 7
  }
}
