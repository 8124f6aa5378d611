extension TemporalParser {
  /// The token after "ish" glued to an hour ("3ish pm", "at 5ish"): an approximate clock time
  /// (mod APPROX); nil when no "ish" follows.
  func ishSuffix(_ j: Int) -> Int? {
    guard continues(j), !tokens[j].spaceBefore, tokens[j].kind == .word, tokens[j].latin,
      tokens[j].wordHash == TemporalParser.ishHash
    else { return nil }
    return j + 1
  }

  static let ishHash = WordHasher.hash("ish")
}
