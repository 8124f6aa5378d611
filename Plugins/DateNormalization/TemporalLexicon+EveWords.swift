extension TemporalLexicon {
  /// Marks the words whose entry is that of an eve word ("eve", "erev", عشية), so that the
  /// parser compares a token's entry with the eve entries (`TemporalParser.holidayEve`, tried at
  /// every token it parses from) only at tokens that carry one.
  mutating func markEveWords() {
    let eves = Set(
      HolidayCatalog.eveWords.compactMap { lookup(WordHasher.hash($0))?.entry })
    mark(\.eveWord, where: eves.contains)
  }
}
