extension TemporalParser {
  /// The offset from UTC, in minutes, of a US zone spelt out after a clock time: "Eastern time",
  /// "Pacific Time" (as ET, PT: standard time, the abbreviations' reading), so that a day after
  /// it still joins the time ("The offer expires at 5 p.m. Eastern time on Friday").
  func spelledZone(_ k: Int) -> Int? {
    guard continues(k + 1), tokens[k].latin, tokens[k].capitalized,
      tokens[k + 1].wordHash == TemporalParser.timeWordHash,
      let offset = TemporalParser.spelledZoneOffsets[tokens[k].wordHash]
    else { return nil }
    return offset
  }

  static let timeWordHash = WordHasher.hash("time")
  static let spelledZoneOffsets: [UInt64: Int] = [
    WordHasher.hash("eastern"): -300, WordHasher.hash("central"): -360, WordHasher.hash("mountain"): -420,
    WordHasher.hash("pacific"): -480,
  ]
}
