extension EntityLinker {
  /// A name opened by a peer's or knight's title ("Baroness Hollins", "Lord Ashdown", "Sir Alan
  /// Reed") that the tagger read as an organization or a place: a person, the title outside the
  /// span and given as the mention's `title` (evidence `nil:peer-title`). Only NIL mentions of
  /// two words or more are read, by their first token. A name closed by a place's head word
  /// ("Lord Howe Island", "Dame Street") is a place named after a person and stays.
  /// A person right after such a title ("Lord Ashdown", the title cut from the tagger's span)
  /// gets it as its `title` when it has none.
  func personsAfterPeerTitles(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Both cases need a title's token: without one, no mention is asked (and none copied).
    guard text.tokens.contains(where: { $0.isLatin && Self.peerTitles.contains($0.hash) }) else { return mentions }
    return mentions.replacing { mention in
      if mention.label == "PERSON", mention.title == nil {
        let first = text.tokens(within: mention.start, mention.end).lowerBound
        guard first > 0, first < text.tokens.count, text.tokens[first].joinsPrevious,
          text.tokens[first - 1].isLatin, text.tokens[first - 1].startsUppercase,
          Self.peerTitles.contains(text.tokens[first - 1].hash)
        else { return nil }
        var person = mention
        person.title = text.originalText(of: first - 1)
        return person
      }
      guard mention.isNil, mention.label == "ORGANIZATION" || mention.label == "LOCATION" else { return nil }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, text.tokens[tokens.lowerBound].isLatin,
        Self.peerTitles.contains(text.tokens[tokens.lowerBound].hash),
        text.tokens[tokens.lowerBound + 1].startsUppercase, text.tokens[tokens.lowerBound + 1].joinsPrevious,
        !Self.placeHeads.contains(text.tokens[tokens.upperBound - 1].hash)
      else { return nil }
      var person = nilMention(
        tokens: (tokens.lowerBound + 1)..<tokens.upperBound, type: "PERSON", evidence: "nil:peer-title", in: text)
      person.title = text.originalText(of: tokens.lowerBound)
      return person
    }
  }

  private static let peerTitles = NonNameWords.hashes("lord baroness sir dame")
  /// Head words of places named after peers and knights ("Lord Howe Island", "Dame Street").
  private static let placeHeads = NonNameWords.hashes(
    """
    island islands isle street road square airport hill park bridge avenue lane bay mountain mountains house
    gardens hospital station college school museum stadium terrace crescent
    """)
}
