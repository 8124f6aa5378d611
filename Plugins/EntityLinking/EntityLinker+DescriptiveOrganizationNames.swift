extension EntityLinker {
  /// Whether a company's or club's word at the start of an Arabic organization belongs to its
  /// name: a name of Arabic words rather than a proper name (شركة البوتاس العربية، الشركة
  /// العامة لموانئ العراق، النادي الإفريقي), where the next word has the article. A proper
  /// name after the word stays without it (شركة سيمنس، نادي الهلال: a club's word without the
  /// article governs the club's own name). A club's own short name after النادي (النادي الأهلي)
  /// is the club, linked without the word. Asked only of a word of `wordsBeforeOrganizations`.
  func isHeadOfDescriptiveName(_ position: Int, in text: TokenizedText, span: EntityTagger.Span) -> Bool {
    let next = position + 1
    guard next < span.endToken, text.tokens[next].joinsPrevious, CueWords.hasArticle(next, in: text) else {
      return false
    }
    let word = text.tokens[position].hash
    return Self.companyWords.contains(word)
      || (Self.definiteHeads.contains(word) && span.endToken - next == 1 && Self.clubWordPrefix(next, in: text) != 0)
  }

  /// A company's word, with or without و or ل before it.
  private static let companyWords = NonNameWords.hashes("شركة وشركة لشركة بشركة الشركة")
  /// Heads with the article that name a club with one adjective (النادي الإفريقي).
  private static let definiteHeads = NonNameWords.hashes("النادي")
}
