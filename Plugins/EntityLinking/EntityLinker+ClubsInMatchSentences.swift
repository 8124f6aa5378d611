extension EntityLinker {
  /// Towns named as their clubs in an English match report: a place (NIL, or a town the knowledge
  /// base linked by its name alone) whose word opens a club's name in the club list ("Luton" of
  /// "Luton Town", "Brentford"), in a sentence with a score, right after "at", "beat", "against",
  /// "over", "to", "with", "and" or a result verb, or right before a result verb ("a 2-0 win at
  /// Brentford", "Luton came from behind to beat Burnley 3-1"): the club, a NIL ORGANIZATION
  /// (evidence `nil:match-sentence`), and so is that name as a place elsewhere in the story,
  /// except after "in" ("fans in Luton"). A country stays a place (national sides).
  /// Only places are read; a sentence is searched for a score only for a club-list word.
  func clubsInMatchSentences(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    let clubs = ClubNameGazetteer.shipped
    var clubNames = Set<UInt64>()
    var candidates: [Int] = []
    for (index, mention) in mentions.enumerated() where mention.label == "LOCATION" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count == 1, isTownReadAsPlace(mention, at: tokens.lowerBound, in: text),
        clubs.beginsName(text.tokens[tokens.lowerBound].hash)
      else { continue }
      candidates.append(index)
      if isMatchSlot(tokens.lowerBound, in: text), sentenceHasScore(around: tokens.lowerBound, in: text) {
        clubNames.insert(text.tokens[tokens.lowerBound].hash)
      }
    }
    guard !clubNames.isEmpty else { return mentions }
    var result = mentions
    for index in candidates {
      let position = text.tokens(within: mentions[index].start, mentions[index].end).lowerBound
      guard clubNames.contains(text.tokens[position].hash),
        position == 0 || text.tokens[position - 1].hash != Self.inWordHash
      else { continue }
      result[index] = nilMention(
        tokens: position..<(position + 1), type: "ORGANIZATION", evidence: "nil:match-sentence", in: text)
    }
    return result
  }

  /// A Latin word in title case read as a place by the tagger, or linked as a town by its name
  /// alone (no country: national sides are places).
  private func isTownReadAsPlace(_ mention: LinkedMention, at position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin, token.startsUppercase, !token.isAllUppercase else { return false }
    if mention.isNil { return true }
    guard mention.evidence.allSatisfy({ $0 == "alias" || $0 == "prior" }), let entity = knowledgeBase[mention.id]
    else { return false }
    return entity.description != "country"
  }

  /// Right after a word that names a match's opponent or ground, or right before a result verb.
  private func isMatchSlot(_ position: Int, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    if position > 0, tokens[position].joinsPrevious, tokens[position - 1].isLatin,
      !tokens[position - 1].startsUppercase, Self.opponentWords.contains(tokens[position - 1].hash)
    {
      return true
    }
    let next = position + 1
    return next < tokens.count && tokens[next].joinsPrevious && !tokens[next].startsUppercase
      && Self.resultVerbs.contains(tokens[next].hash)
  }

  /// Whether the token's sentence holds a score: two numbers joined by a hyphen ("3-1").
  private func sentenceHasScore(around position: Int, in text: TokenizedText) -> Bool {
    guard let sentence = text.sentences.first(where: { $0.contains(position) }) else { return false }
    for token in sentence where token > sentence.lowerBound {
      let current = text.tokens[token]
      if current.scalarBefore == 0x2D, Int(current.start) == Int(text.tokens[token - 1].end) + 1,
        NonNameWords.isNumber(token, in: text), NonNameWords.isNumber(token - 1, in: text)
      {
        return true
      }
    }
    return false
  }

  private static let inWordHash = NonNameWords.hashes("in").first!
  private static let opponentWords = NonNameWords.hashes(
    "at beat beats against over to with and v vs host hosts face faces play plays")
  private static let resultVerbs = NonNameWords.hashes(
    """
    beat beats drew draw draws lost lose loses won win wins came held hold thrashed edged hammered routed
    """)
}
