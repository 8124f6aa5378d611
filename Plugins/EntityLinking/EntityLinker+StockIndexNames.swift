extension EntityLinker {
  /// Stock indexes named like a firm or a place ("the Nasdaq composite index", "the DAX index",
  /// "the Hang Seng index", "the Dow industrial average", "The Dow slipped 12 points"): MISC,
  /// as the project's gold marks an index, and no longer the firm of that name ("Dow Chemical
  /// Co" ... "Dow shares" keep the firm). A name is an index before an index's noun (index,
  /// average, composite, industrials, "industrial average"), or, after "the", before a verb of a
  /// market's move, a number and points or percent. The mention becomes a NIL MISC (`nil:index-name`); a person
  /// the knowledge base linked and an exchange ("Korea Exchange", "Borsa Istanbul") stay.
  func stockIndexNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in result.indices where result[index].label != "DEMONYM" && result[index].label != "MISC" {
      if result[index].label == "PERSON" && !result[index].isNil { continue }
      let tokens = text.tokens(within: result[index].start, result[index].end)
      // "The World Bank average", "Newcastle United average attendance", "the Transparency
      // International index": a body's own figure, not an index named after it.
      if let last = tokens.last, tokens.count >= 2, Self.bodyLastWords.contains(text.tokens[last].hash) { continue }
      let next = tokens.upperBound
      guard !tokens.isEmpty, next < text.tokens.count, text.tokens[tokens.lowerBound].isLatin,
        Int(text.tokens[tokens.upperBound - 1].end) == result[index].end, followsBySpace(next, in: text),
        // An exchange is the market itself ("Shares on the Korea Exchange fell 2 percent", "the
        // Borsa Istanbul index"): an organization.
        !tokens.contains(where: { Self.exchangeWords.contains(text.tokens[$0].hash) })
      else { continue }
      let word = text.tokens[next].hash
      let isIndex: Bool
      if Self.indexNouns.contains(word) {
        isIndex = true
      } else if word == Self.industrial {
        isIndex = next + 1 < text.tokens.count && Self.indexNouns.contains(text.tokens[next + 1].hash)
      } else if Self.marketMoveVerbs.contains(word), tokens.count <= 2, tokens.lowerBound > 0,
        text.tokens[tokens.lowerBound - 1].hash == Self.articleThe, next + 1 < text.tokens.count
      {
        // "The Dow slipped 12 points", not "the Pirates lost 5-3" nor a party in a poll ("the
        // Conservatives dropped 4 points"): an index's name is no plural.
        let lastWord = text.foldedScalars(tokens.upperBound - 1)
        isIndex =
          NonNameWords.isNumber(next + 1, in: text) && next + 2 < text.tokens.count
          && Self.indexUnits.contains(text.tokens[next + 2].hash) && !(lastWord.count > 3 && lastWord.last == 0x73)
      } else {
        isIndex = false
      }
      guard isIndex else { continue }
      result[index] = nilMention(tokens: tokens, type: "MISC", evidence: "nil:index-name", in: text)
    }
    return result
  }

  private static let indexNouns = NonNameWords.hashes("index indices average composite industrials")
  private static let bodyLastWords = NonNameWords.hashes(
    "bank international united institute foundation organization organisation fund forum council association")
  private static let exchangeWords = NonNameWords.hashes("exchange exchanges bourse borsa bolsa")
  private static let indexUnits = NonNameWords.hashes("points point percent pct")
  private static let industrial = TokenizedText.hash(NameFolding.fold("industrial").unicodeScalars.map(\.value))
  private static let articleThe = TokenizedText.hash(NameFolding.fold("the").unicodeScalars.map(\.value))
  private static let marketMoveVerbs = NonNameWords.hashes(
    """
    rose fell slipped gained lost eased dropped climbed added shed jumped tumbled slid firmed edged ended closed
    finished advanced declined
    """)
}
