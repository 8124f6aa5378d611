extension TemporalLexicon {
  /// Words that are dates only in an assistant's query (`TemporalRegister.query`): in news
  /// "sat", "sun" and "mon" are a verb, the star and a name, and "BOY" a word.
  static let queryWords: [(word: String, reading: LexicalEntry)] = [
    ("mon", .weekday(1)), ("sat", .weekday(6)), ("sun", .weekday(7)),
    ("boy", .keyword(.periodEdge(.start, .year))),
    // "this season", "next season": in news mostly a sports season.
    ("season", .keyword(.seasonWord)), ("seasons", .keyword(.seasonWord)),
  ]

  /// Gives the query words of `tokens` their query reading.
  static func readAsQuery(_ tokens: inout [TemporalToken]) {
    for index in tokens.indices {
      if case .keyword(.queryWord(let word))? = tokens[index].entry {
        tokens[index].entry = queryWords[word].reading
        tokens[index].holidayHead = HolidayCatalog.patterns[queryWords[word].reading] != nil
        tokens[index].eveWord = TemporalParser.isEveEntry(queryWords[word].reading)
      }
    }
  }
}
