extension EntityLinker {
  /// A one-word firm found by its context once ("Apple shares rose", "analysts at Ferrow") and
  /// standing elsewhere in the story where nothing was found: at a sentence's start ("Apple
  /// unveiled its latest phone"), or in an all-caps headline ("APPLE UNVEILS NEW IPHONE"). The
  /// firm again, a NIL ORGANIZATION with the firm's cluster id (evidence `nil:firm-discourse`),
  /// unless the story also writes the word in lower case ("apple orchards").
  /// A firm named with its legal form ("Lockheed Martin Corp") is found again by its name without
  /// the form ("LOCKHEED MARTIN" in the headline) or by its first word alone ("Lockheed beat a
  /// rival bid"), when the training texts never write that word in lower case.
  /// Each token is tested on its case and a 64-bit mask of the firms' hashes before the set.
  func firmNamesRepeated(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // The first word of each firm, with the words that follow it in the firm's name.
    var firms: [UInt64: [UInt64]] = [:]
    // The first word's firm: the id the repeated name takes.
    var ids: [UInt64: String] = [:]
    var mask: UInt64 = 0
    for mention in mentions
    where mention.isNil && mention.label == "ORGANIZATION"
      && mention.evidence.contains(where: { Self.firmEvidence.contains($0) })
    {
      var tokens = text.tokens(within: mention.start, mention.end)
      guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin else { continue }
      if mention.evidence.contains("nil:legal-suffix") {
        tokens = tokens.dropLast()
        guard !tokens.isEmpty, let tagger, !isCommonWord(tokens.lowerBound, in: text, tagger: tagger),
          !cues.contains(cues.titles, token: tokens.lowerBound, in: text)
        else { continue }
      } else if tokens.count != 1 {
        continue
      }
      let first = text.tokens[tokens.lowerBound].hash
      let rest = tokens.dropFirst().map { text.tokens[$0].hash }
      if rest.count >= firms[first]?.count ?? 0 {
        firms[first] = rest
        ids[first] = mention.id
      }
      mask |= 1 << (first & 63)
    }
    guard !firms.isEmpty else { return mentions }
    var lowerCase = Set<UInt64>()
    var found: [Int] = []
    for position in text.tokens.indices {
      let token = text.tokens[position]
      guard token.isLatin, mask & (1 << (token.hash & 63)) != 0, firms[token.hash] != nil else { continue }
      if token.startsUppercase { found.append(position) } else { lowerCase.insert(token.hash) }
    }
    let taken = takenTokens(mentions, in: text)
    var result = mentions
    var replaced = Set<Int>()
    for position in found where !lowerCase.contains(text.tokens[position].hash) {
      // The rest of the firm's name where it follows ("LOCKHEED MARTIN").
      var end = position + 1
      for word in firms[text.tokens[position].hash] ?? [] {
        guard end < text.tokens.count, text.tokens[end].joinsPrevious, text.tokens[end].hash == word else { break }
        end += 1
      }
      if taken[position] {
        // The whole name in a headline in capitals ("LOCKHEED MARTIN WINS ..."), or the first word
        // alone where no person of the story has it among a full name's words ("Lockheed beat a
        // rival bid"), read as a person or a place: the firm.
        let start = Int(text.tokens[position].start)
        let stop = Int(text.tokens[end - 1].end)
        guard
          (end - position >= 2 && (position..<end).allSatisfy({ text.tokens[$0].isAllUppercase }))
            || (end - position == 1
              && !isInFullName(
                text.tokens[position].hash, of: mentions,
                besides: [text.tokens[position].hash] + (firms[text.tokens[position].hash] ?? []),
                in: text)),
          let same = mentions.firstIndex(where: {
            $0.start == start && $0.end == stop && $0.isNil && ($0.label == "PERSON" || $0.label == "LOCATION")
          })
        else { continue }
        replaced.insert(same)
      } else {
        guard !(position..<end).contains(where: { taken[$0] }) else { continue }
      }
      // Not part of a longer name in title case ("Apple Daily", "Big Apple").
      let next = end
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
      var firm = nilMention(tokens: position..<end, type: "ORGANIZATION", evidence: "nil:firm-discourse", in: text)
      firm.id = ids[text.tokens[position].hash] ?? firm.id
      result.append(firm)
    }
    guard !replaced.isEmpty else { return result }
    return result.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
  }

  /// Whether a person of two words or more in the mentions has the word among its words; a
  /// person read over the firm's own words (`firm`, "LOCKHEED MARTIN") does not count.
  private func isInFullName(
    _ word: UInt64, of mentions: [LinkedMention], besides firm: [UInt64], in text: TokenizedText
  ) -> Bool {
    mentions.contains { mention in
      guard mention.label == "PERSON" else { return false }
      let tokens = text.tokens(within: mention.start, mention.end)
      return tokens.count >= 2 && tokens.contains { text.tokens[$0].hash == word }
        && !tokens.map({ text.tokens[$0].hash }).elementsEqual(firm)
    }
  }

  private static let firmEvidence: Set<String> = [
    "nil:firm-context", "nil:firm-discourse", "nil:listed-with-firm", "nil:sector-noun", "nil:bank-word",
    "nil:legal-suffix",
  ]
}
