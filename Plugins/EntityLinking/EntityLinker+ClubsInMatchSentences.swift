extension EntityLinker {
  /// Towns named as their clubs in an English match report: a place (NIL, or a town the knowledge
  /// base linked by its name alone) whose word opens a club's name in the club list ("Luton" of
  /// "Luton Town", "Brentford"), in a sentence with a score, right after "at", "beat", "against",
  /// "over", "to", "with", "and" or a result verb, or right before a result verb ("a 2-0 win at
  /// Brentford", "Luton came from behind to beat Burnley 3-1"): the club, a NIL ORGANIZATION
  /// (evidence `nil:match-sentence`), and so is that name as a place elsewhere in the story,
  /// except after "in" ("fans in Luton") and outside sentences with a sport word. A country stays
  /// a place (national sides). A score needs a sport word in its sentence ("match", "goal",
  /// "league") and numbers of 15 or less not followed by a month or a percentage: "a 2-1 vote",
  /// "shares rose 3-1" and "12-14 May" are no scores.
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
        position == 0 || text.tokens[position - 1].hash != Self.inWordHash,
        let sentence = text.sentence(containing: position),
        hasSportWord(in: sentence, of: text)
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

  /// Whether the token's sentence holds a score, two numbers of 15 or less joined by a hyphen
  /// ("3-1") and followed by no month or percentage, and a sport word.
  private func sentenceHasScore(around position: Int, in text: TokenizedText) -> Bool {
    guard let sentence = text.sentence(containing: position) else { return false }
    for token in sentence where token > sentence.lowerBound {
      let current = text.tokens[token]
      if current.scalarBefore == 0x2D, Int(current.start) == Int(text.tokens[token - 1].end) + 1,
        isGoalCount(token, in: text), isGoalCount(token - 1, in: text), !isFollowedByMonthOrPercent(token, in: text)
      {
        return hasSportWord(in: sentence, of: text)
      }
    }
    return false
  }

  /// A number in digits no greater than 15: more goals than that is a vote, a range or a date.
  private func isGoalCount(_ position: Int, in text: TokenizedText) -> Bool {
    let digits = text.foldedScalars(position)
    guard digits.count <= 2, NonNameWords.isNumber(position, in: text) else { return false }
    return digits.reduce(0) { $0 * 10 + Int($1 >= 0x0660 ? $1 - 0x0660 : $1 - 0x30) } <= 15
  }

  /// "12-14 May", "3-1 percent", "2-3%": a date range or a share, not a score.
  private func isFollowedByMonthOrPercent(_ position: Int, in text: TokenizedText) -> Bool {
    let next = position + 1
    guard next < text.tokens.count else { return false }
    if text.tokens[next].scalarBefore == 0x25 { return true }
    return NonNameWords.isMonth(next, in: text) || Self.percentWords.contains(text.tokens[next].hash)
  }

  /// Whether the sentence holds a word only sport news puts next to a score ("match", "goals",
  /// "league", "striker"). The set's bit filter answers most words with one bit test.
  private func hasSportWord(in sentence: Range<Int>, of text: TokenizedText) -> Bool {
    sentence.contains { text.tokens[$0].isLatin && Self.sportWords.contains(text.tokens[$0].hash) }
  }

  private static let inWordHash = NonNameWords.hashes("in").first!
  private static let opponentWords = NonNameWords.hashes(
    "at beat beats against over to with and v vs host hosts face faces play plays")
  private static let percentWords = NonNameWords.hashes("percent per pct")
  private static let sportWords = NonNameWords.hashes(
    """
    match matches game games goal goals scored scorer scorers score win wins won beat beats victory defeat draw drew
    league season cup fixture fixtures striker strikers midfielder defender goalkeeper keeper halftime
    penalty penalties equaliser equalizer winner stadium premiership championship
    """)
  private static let resultVerbs = NonNameWords.hashes(
    """
    beat beats drew draw draws lost lose loses won win wins came held hold thrashed edged hammered routed
    """)
}
