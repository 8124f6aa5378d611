extension EntityLinker {
  /// "MERSEYSIDE DERBY", "NORTH LONDON DERBY": in a heading in capitals, DERBY after another word
  /// in capitals (no preposition) is the local match, not the English town, which the alias
  /// table links. The mention is dropped; "FLOODS IN DERBY", "DERBY COUNTY" and "Derby" in
  /// running text stay. Reads only the mentions of one token in capitals.
  func derbyMatchHeadings(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    mentions.keeping { mention in
      guard mention.label == "LOCATION" else { return true }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count == 1, tokens.lowerBound > 0 else { return true }
      let token = text.tokens[tokens.lowerBound]
      guard token.isLatin, token.isAllUppercase, token.hash == Self.derby, token.joinsPrevious else { return true }
      let previous = text.tokens[tokens.lowerBound - 1]
      return
        !(previous.isLatin && previous.isAllUppercase && Int(previous.end - previous.start) > 1
        && !Self.placePrepositions.contains(previous.hash))
    }
  }

  private static let derby = TokenizedText.hash(NameFolding.fold("derby").unicodeScalars.map(\.value))
  /// Words before a town's name in a heading: "FLOODS IN DERBY", "MARCH TO DERBY".
  private static let placePrepositions = NonNameWords.hashes("in at from near to of and for into outside around")
}
