extension EntityLinker {
  /// A word the tagger read as a place that the knowledge base does not hold, listed with a firm
  /// by "and" in a sentence about shares ("while Apple and Alphabet were little changed", "Meta
  /// and Apple shares rose"): a firm too, a NIL ORGANIZATION (evidence `nil:listed-with-firm`).
  /// Places the knowledge base linked ("France and Germany") stay. Only NIL places are read,
  /// each by its neighbours.
  func firmsListedWithFirms(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard mentions.contains(where: { $0.isNil && $0.label == "LOCATION" }) else { return mentions }
    var organizationStarts = Set<Int>()
    var organizationEnds = Set<Int>()
    for mention in mentions where mention.label == "ORGANIZATION" {
      organizationStarts.insert(mention.start)
      organizationEnds.insert(mention.end)
    }
    guard !organizationStarts.isEmpty else { return mentions }
    let tokens = text.tokens
    return mentions.map { mention in
      guard mention.isNil, mention.label == "LOCATION" else { return mention }
      let range = text.tokens(within: mention.start, mention.end)
      guard range.count == 1, tokens[range.lowerBound].isLatin, !tokens[range.lowerBound].isAllUppercase else {
        return mention
      }
      let position = range.lowerBound
      let before =
        position >= 2 && tokens[position - 1].hash == Self.andHash
        && organizationEnds.contains(Int(tokens[position - 2].end))
      let after =
        position + 2 < tokens.count && tokens[position + 1].hash == Self.andHash
        && organizationStarts.contains(Int(tokens[position + 2].start))
      guard before || after, sentenceNamesShares(around: position, in: text) else { return mention }
      return nilMention(tokens: range, type: "ORGANIZATION", evidence: "nil:listed-with-firm", in: text)
    }
  }

  /// Whether the token's sentence speaks of shares or stocks.
  private func sentenceNamesShares(around position: Int, in text: TokenizedText) -> Bool {
    guard let sentence = text.sentence(containing: position) else { return false }
    return sentence.contains { text.tokens[$0].isLatin && Self.stockWords.contains(text.tokens[$0].hash) }
  }

  private static let andHash = NonNameWords.hashes("and").first!
  private static let stockWords = NonNameWords.hashes("shares share stocks stock")
}
