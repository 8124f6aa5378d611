extension EntityLinker {
  /// A name right before a weapon system's noun in lower case ("the Iron Dome system", "Arrow
  /// interceptors", "Patriot batteries"): the system, MISC (evidence `nil:weapon-system`), not
  /// the place or organization the tagger read. Names of people and names the knowledge base
  /// linked stay; so does a firm before "missiles" ("Lockheed Martin missiles"), which makes them.
  /// Only NIL places and organizations are read, each by its next token.
  func defenceSystemNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    mentions.map { mention in
      guard mention.isNil, mention.label == "LOCATION" || mention.label == "ORGANIZATION" else { return mention }
      let tokens = text.tokens(within: mention.start, mention.end)
      let next = tokens.upperBound
      guard !tokens.isEmpty, tokens.count <= 3, next < text.tokens.count, text.tokens[tokens.lowerBound].isLatin,
        text.tokens[next].isLatin, !text.tokens[next].startsUppercase, text.tokens[next].joinsPrevious,
        Self.systemNounFilter.mayContain(text.tokens[next].hash), Self.systemNouns.contains(text.tokens[next].hash)
      else { return mention }
      return nilMention(tokens: tokens, type: "MISC", evidence: "nil:weapon-system", in: text)
    }
  }

  private static let systemNouns = NonNameWords.hashes(
    "system systems battery batteries interceptor interceptors launcher launchers")
  private static let systemNounFilter = HashBitFilter(systemNouns)
}
