extension EntityLinker {
  /// Teams named by their city and a nickname in a sports story ("the Los Angeles Dodgers",
  /// where the city is linked as a place and the nickname left out), and the nickname alone
  /// later or in the headline ("the Flyers", "ROCKETS HOLD OFF HORNETS"): a place followed on
  /// its line by one or two capitalized words that no mention covers and that are no place or
  /// organization head word, no weekday or month, is one NIL organization with them; then each
  /// uncovered word, in any case, that is the last word of a team of two or three words found in
  /// the story is that team, or grows the organization right before it, written in the same
  /// case ("MANCHESTER" + "UNITED"). Headline capitals never extend a place ("ENGLAND BEAT ITALY"), and
  /// a country is never extended (national sides are named by their country alone).
  func teamNicknames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard isSportsStory(text) else { return mentions }
    var result = mentions
    var covered = [Bool](repeating: false, count: text.tokens.count)
    for mention in result {
      for token in text.tokens(within: mention.start, mention.end) { covered[token] = true }
    }
    for index in result.indices where result[index].label == "LOCATION" {
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard let last = tokens.last, text.tokens[last].isLatin, !isCountry(result[index]) else { continue }
      var end = last + 1
      while end < text.tokens.count, end - last <= 2, !covered[end], isNicknameWord(end, in: text) { end += 1 }
      guard end > last + 1 else { continue }
      result[index] = nilMention(
        tokens: tokens.lowerBound..<end, type: "ORGANIZATION", evidence: "nil:team-nickname", in: text)
      for token in (last + 1)..<end { covered[token] = true }
    }
    // The nicknames of the story's teams, each with its team.
    var nicknames: [UInt64: LinkedMention] = [:]
    for mention in result where mention.label == "ORGANIZATION" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard (2...3).contains(tokens.count), let last = tokens.last, text.tokens[last].isLatin,
        text.tokens[last].foldedEnd - text.tokens[last].foldedStart >= 3,
        !Self.nicknameExclusions.contains(text.tokens[last].hash)
      else { continue }
      nicknames[text.tokens[last].hash] = mention
    }
    guard !nicknames.isEmpty else { return result }
    // Organizations by their last token, to grow one over a nickname right after it
    // ("MANCHESTER UNITED", where the tagger stopped after the city).
    var organizationEndingAt: [Int: Int] = [:]
    for index in result.indices where result[index].label == "ORGANIZATION" && result[index].isNil {
      if let last = text.tokens(within: result[index].start, result[index].end).last {
        organizationEndingAt[last] = index
      }
    }
    for position in text.tokens.indices where !covered[position] && text.tokens[position].startsUppercase {
      guard let team = nicknames[text.tokens[position].hash] else { continue }
      if position > 0, text.tokens[position].joinsPrevious, let before = organizationEndingAt[position - 1],
        text.tokens[position].isAllUppercase == text.tokens[position - 1].isAllUppercase
      {
        let tokens = text.tokens(within: result[before].start, result[before].end)
        result[before] = nilMention(
          tokens: tokens.lowerBound..<(position + 1), type: "ORGANIZATION", evidence: "nil:team-nickname", in: text)
        covered[position] = true
        continue
      }
      var mention = nilMention(
        tokens: position..<(position + 1), type: "ORGANIZATION", evidence: "nil:team-nickname", in: text)
      // The nickname is the same team: a NIL team's cluster, not one of its own.
      if team.isNil { mention.id = team.id }
      result.append(mention)
      covered[position] = true
    }
    return result
  }

  /// A capitalized Latin word on the line that may be a team's nickname: not in capitals, no
  /// place or organization head word, stop word, weekday or month, and no nationality.
  private func isNicknameWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin, token.startsUppercase, !token.isAllUppercase, token.joinsPrevious,
      token.foldedEnd - token.foldedStart >= 3, !text.followsLineBreak(position),
      !Self.nicknameExclusions.contains(token.hash), !EnglishDemonyms.contains(position..<(position + 1), in: text)
    else { return false }
    return true
  }

  /// A country the knowledge base linked.
  private func isCountry(_ mention: LinkedMention) -> Bool {
    guard !mention.isNil else { return false }
    return knowledgeBase[mention.id]?.description.hasPrefix("country") == true || mention.id == "Q26"
  }

  /// Words after a city that make no team's nickname, and last words of organizations that
  /// stand alone for no team (folded).
  private static let nicknameExclusions = NonNameWords.hashes(
    (NilMentionFinder.latinLocationWords.union(NilMentionFinder.latinOrganizationWords)
      .union(NilMentionFinder.latinStopwords)).joined(separator: " ")
      + " stadium park oval arena ground grounds hall street road airport bridge club league cup open trophy"
      + " marathon masters classic championship championships games memorial rally tour grand prix state olympics"
      + " olympic dome")
}
