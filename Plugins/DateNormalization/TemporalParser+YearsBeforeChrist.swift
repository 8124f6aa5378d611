extension TemporalParser {
  /// Whether an era before the common era follows the year whose next token is `j`: "2014 BC",
  /// "1200 B.C.", "300 BCE", "عام 1200 قبل الميلاد", "2000 ق.م". The stage has no value for
  /// such a year (a calendar date counts years of the common era), so it gives none rather
  /// than the year of the common era with the same number.
  func eraBeforeCommonEra(at j: Int) -> Bool {
    guard continues(j), tokens[j].kind == .word else { return false }
    let hash = tokens[j].wordHash
    if TemporalParser.beforeCommonEraHashes.contains(hash) { return true }
    // "B.C.", "ق.م": a letter, a dot without a space, the second letter.
    let letter = hash == TemporalParser.latinBHash || hash == TemporalParser.arabicQafHash
    guard letter, isPunctuation(j + 1, "."), j + 2 < tokens.count, !tokens[j + 1].spaceBefore,
      !tokens[j + 2].spaceBefore
    else {
      // "قبل الميلاد": before the birth (of Christ).
      return hash == TemporalParser.arabicBeforeHash && j + 1 < tokens.count
        && tokens[j + 1].wordHash == TemporalParser.arabicBirthHash
    }
    return tokens[j + 2].wordHash
      == (hash == TemporalParser.latinBHash ? TemporalParser.latinCHash : TemporalParser.arabicMimHash)
  }

  static let beforeCommonEraHashes: Set<UInt64> = Set(["bc", "bce"].map(WordHasher.hash))
  static let latinBHash = WordHasher.hash("b")
  static let latinCHash = WordHasher.hash("c")
  static let arabicQafHash = WordHasher.hash("ق")
  static let arabicMimHash = WordHasher.hash("م")
  static let arabicBeforeHash = WordHasher.hash("قبل")
  static let arabicBirthHash = WordHasher.hash("الميلاد")
}
