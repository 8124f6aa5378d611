extension EntityLinker {
  /// Whether the tokens are ordinary words written in capitals because their line is
  /// ("PORT STRIKE HITS ANTWERP"): every token is all upper case, stands beside another
  /// all-capital Latin word, and is a word written in lower case in the rest of the text or in
  /// the training texts (the model's case profile). Such words are no name there: not the town of Hit, not an organization
  /// "PORT STRIKE". Names in the same headline (ANTWERP) are still looked up in the knowledge
  /// base, which folds case. Read only for a matched alias or a tagged span.
  func isCommonWordsInCapitals(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    guard let tagger, !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin else { return false }
    let hasCapitalNeighbour =
      (tokens.lowerBound > 0 && isCapitalWord(tokens.lowerBound - 1, in: text))
      || (tokens.upperBound < text.tokens.count && isCapitalWord(tokens.upperBound, in: text))
    guard hasCapitalNeighbour else { return false }
    return tokens.allSatisfy { position in
      guard isCapitalWord(position, in: text) else { return false }
      let hash = text.tokens[position].hash
      let usage = WordCaseProfile.Usage(rawValue: tagger.model.caseProfile.usage(hash))
      return usage == .lower || usage == .onceLower || isWrittenInLowerCase(hash, in: text)
    }
  }

  /// Whether the word occurs in lower case somewhere in the text ("the port" below "PORT STRIKE").
  func isWrittenInLowerCase(_ hash: UInt64, in text: TokenizedText) -> Bool {
    text.tokens.contains { $0.hash == hash && $0.isLatin && !$0.startsUppercase }
  }

  /// A tagged span without the common words in capitals at its ends ("SOUTHERN SPAIN" is
  /// SPAIN, "PORT STRIKE" nothing) and from the first such word inside on; nil when nothing
  /// is left.
  func withoutCommonWordsInCapitals(_ span: EntityTagger.Span, in text: TokenizedText) -> EntityTagger.Span? {
    let first = text.tokens[span.firstToken]
    let last = text.tokens[span.endToken - 1]
    guard first.isLatin, first.isAllUppercase || last.isAllUppercase else { return span }
    var trimmed = span
    while trimmed.firstToken < trimmed.endToken,
      isCommonWordsInCapitals(trimmed.firstToken..<(trimmed.firstToken + 1), in: text)
    {
      trimmed.firstToken += 1
    }
    while trimmed.firstToken < trimmed.endToken,
      isCommonWordsInCapitals((trimmed.endToken - 1)..<trimmed.endToken, in: text)
    {
      trimmed.endToken -= 1
    }
    guard trimmed.firstToken < trimmed.endToken else { return nil }
    // An ordinary word inside ends the name: a headline's verb ("KOPPELAAR WINS STAGE" is
    // KOPPELAAR). Function words stay inside ("BANK OF CHINA").
    if let verb = (trimmed.firstToken + 1..<trimmed.endToken).first(where: {
      text.tokens[$0].isAllUppercase && !NilMentionFinder.latinStopwords.contains(text.foldedString($0))
        && isCommonWordsInCapitals($0..<($0 + 1), in: text)
    }) {
      trimmed.endToken = verb
      while trimmed.endToken > trimmed.firstToken + 1,
        NilMentionFinder.latinStopwords.contains(text.foldedString(trimmed.endToken - 1))
      {
        trimmed.endToken -= 1
      }
    }
    guard trimmed.firstToken != span.firstToken || trimmed.endToken != span.endToken else { return span }
    trimmed.start = Int(text.tokens[trimmed.firstToken].start)
    trimmed.end = Int(text.tokens[trimmed.endToken - 1].end)
    return trimmed
  }

  /// A Latin word of two letters or more written all in capitals.
  private func isCapitalWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    return token.isLatin && token.isAllUppercase && token.foldedEnd - token.foldedStart >= 2
  }
}
