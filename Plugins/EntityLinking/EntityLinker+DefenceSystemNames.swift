extension EntityLinker {
  /// A name right before a weapon system's noun in lower case ("the Iron Dome system", "Arrow
  /// interceptors", "Patriot batteries"): the system, MISC (evidence `nil:weapon-system`), not
  /// the place or organization the tagger read. Names of people and names the knowledge base
  /// linked stay; so does a firm before "missiles" ("Lockheed Martin missiles"), which makes them.
  /// "System" and "battery" need a military word in the sentence ("missile", "army", "drones"):
  /// "CATL batteries" are a carmaker's cells. Only NIL places and organizations are read, each by
  /// its next token.
  func defenceSystemNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    mentions.replacing { mention in
      guard mention.isNil, mention.label == "LOCATION" || mention.label == "ORGANIZATION" else { return nil }
      let tokens = text.tokens(within: mention.start, mention.end)
      let next = tokens.upperBound
      guard !tokens.isEmpty, tokens.count <= 3, next < text.tokens.count, text.tokens[tokens.lowerBound].isLatin,
        text.tokens[next].isLatin, !text.tokens[next].startsUppercase, text.tokens[next].joinsPrevious,
        Self.systemNouns.contains(text.tokens[next].hash),
        Self.militaryWords.contains(text.tokens[next].hash) || hasMilitaryWord(around: next, in: text)
      else { return nil }
      return nilMention(tokens: tokens, type: "MISC", evidence: "nil:weapon-system", in: text)
    }
  }

  /// Whether the token's sentence holds a military word. The set's bit filter answers most words
  /// with one bit test.
  private func hasMilitaryWord(around position: Int, in text: TokenizedText) -> Bool {
    guard let sentence = text.sentence(containing: position) else { return false }
    return sentence.contains { text.tokens[$0].isLatin && Self.militaryWords.contains(text.tokens[$0].hash) }
  }

  private static let militaryWords = NonNameWords.hashes(
    """
    missile missiles defence defense interceptor interceptors intercept intercepted army military rocket rockets
    drone drones launcher launchers ballistic artillery weapon weapons
    """)
  private static let systemNouns = NonNameWords.hashes(
    "system systems battery batteries interceptor interceptors launcher launchers")
}
