extension EntityLinker {
  /// A one-word firm found by its context once ("Apple shares rose", "analysts at Ferrow") and
  /// standing elsewhere in the story where nothing was found: at a sentence's start ("Apple
  /// unveiled its latest phone"), or in an all-caps headline ("APPLE UNVEILS NEW IPHONE"). The
  /// firm again, a NIL ORGANIZATION with the same cluster id (evidence `nil:firm-discourse`),
  /// unless the story also writes the word in lower case ("apple orchards").
  /// Each token is tested on its case and a 64-bit mask of the firms' hashes before the set.
  func firmNamesRepeated(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var firms = Set<UInt64>()
    var mask: UInt64 = 0
    for mention in mentions
    where mention.isNil && mention.label == "ORGANIZATION"
      && mention.evidence.contains(where: { Self.firmEvidence.contains($0) })
    {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count == 1, text.tokens[tokens.lowerBound].isLatin else { continue }
      firms.insert(text.tokens[tokens.lowerBound].hash)
      mask |= 1 << (text.tokens[tokens.lowerBound].hash & 63)
    }
    guard !firms.isEmpty else { return mentions }
    var lowerCase = Set<UInt64>()
    var found: [Int] = []
    for position in text.tokens.indices {
      let token = text.tokens[position]
      guard token.isLatin, mask & (1 << (token.hash & 63)) != 0, firms.contains(token.hash) else { continue }
      if token.startsUppercase { found.append(position) } else { lowerCase.insert(token.hash) }
    }
    let taken = takenTokens(mentions, in: text)
    var result = mentions
    for position in found where !taken[position] && !lowerCase.contains(text.tokens[position].hash) {
      // Not part of a longer name in title case ("Apple Daily", "Big Apple").
      let next = position + 1
      if next < text.tokens.count, text.tokens[next].joinsPrevious, text.tokens[next].startsUppercase,
        !text.tokens[position].isAllUppercase
      {
        continue
      }
      if position > 0, text.tokens[position].joinsPrevious, text.tokens[position - 1].startsUppercase,
        !text.tokens[position].isAllUppercase, !NilMentionFinder.isLatinStopword(position - 1, in: text)
      {
        continue
      }
      result.append(
        nilMention(tokens: position..<(position + 1), type: "ORGANIZATION", evidence: "nil:firm-discourse", in: text))
    }
    return result
  }

  private static let firmEvidence: Set<String> = [
    "nil:firm-context", "nil:firm-discourse", "nil:listed-with-firm", "nil:sector-noun", "nil:bank-word",
  ]
}
