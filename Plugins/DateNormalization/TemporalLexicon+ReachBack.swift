extension TemporalLexicon {
  /// Whether a word makes the scanner keep more words before the region that follows it:
  /// Arabic منذ (`TemporalScanner.wordsBeforeSince`).
  static func reachesBack(_ word: String, _ entry: LexicalEntry) -> Bool {
    entry == .keyword(.since) && word.unicodeScalars.first.map { $0.value >= 0x600 && $0.value <= 0x6FF } == true
  }
}
