extension TemporalLexicon {
  /// Marks the words whose entry is that of the first word of a `HolidayCatalog` phrase, so
  /// that the parser looks up the phrases that start with an entry (a hashed dictionary
  /// lookup, tried at every token it parses from) only at tokens that can start one. The
  /// marked entries include every key of `HolidayCatalog.patterns` (which keeps only the
  /// phrases all of whose words are known).
  mutating func markHolidayHeads() {
    let heads = Set(
      HolidayCatalog.phrases.compactMap { HolidayCatalog.words(of: $0.0).first }.compactMap {
        lookup(WordHasher.hash($0))?.entry
      })
    mark(\.holidayHead, where: heads.contains)
  }
}
