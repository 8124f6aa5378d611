extension EntityLinker {
  /// Whether a Latin token is joined to the Latin token before it by a hyphen alone, with no
  /// space: "Benz" of "Mercedes-Benz", "Lago" of "Mar-a-Lago", "Sharaa" of "al-Sharaa".
  static func isHyphenJoined(_ position: Int, in text: TokenizedText) -> Bool {
    guard position > 0 else { return false }
    let token = text.tokens[position]
    let previous = text.tokens[position - 1]
    return token.isLatin && previous.isLatin && token.start == previous.end + 1
      && (token.scalarBefore == 0x2D || token.scalarBefore == 0x2010 || token.scalarBefore == 0x2011)
  }

  /// A Latin span grown to the whole hyphenated words at its ends: the tagger, which reads a
  /// month in "Mar-a-Lago" as no name, stops at "Mar"; "Lago" alone is no name either. The span
  /// grows over a hyphen only to a capitalized word ("Nvidia-backed" and "anti-Spanish" stay
  /// out). It grows into the words of another tagged span too (the tagger may read "Coca" and
  /// "Cola" as two names): parts the knowledge base links each on its own ("Israel-Hamas")
  /// are kept apart afterwards by `hyphenatedCompound`.
  func withWholeHyphenatedWords(_ span: EntityTagger.Span, in text: TokenizedText) -> EntityTagger.Span {
    guard text.tokens[span.firstToken].isLatin,
      Self.isHyphenJoined(span.firstToken, in: text)
        || (span.endToken < text.tokens.count && Self.isHyphenJoined(span.endToken, in: text))
    else { return span }
    var grown = span
    var first = span.firstToken
    while first > 0, Self.isHyphenJoined(first, in: text) { first -= 1 }
    if first < span.firstToken, text.tokens[first].startsUppercase {
      grown.firstToken = first
      grown.start = Int(text.tokens[first].start)
    }
    var end = span.endToken
    while end < text.tokens.count, Self.isHyphenJoined(end, in: text) { end += 1 }
    if end > span.endToken, text.tokens[end - 1].startsUppercase {
      grown.endToken = end
      grown.end = Int(text.tokens[end - 1].end)
    }
    return grown
  }

  /// What a hyphenated Latin span is when its parts are not one name's: nationalities joined
  /// ("Franco-German", "Sino-Indian": a MISC adjective, not the place the tagger may read), or
  /// names the knowledge base linked each on its own ("Israel-Hamas talks", "UK-EU summit": two
  /// names, kept as the knowledge base found them).
  enum HyphenatedCompound {
    case oneName
    case nationalities
    case linkedNames
  }

  func hyphenatedCompound(_ span: EntityTagger.Span, in text: TokenizedText, linked: [Range<Int>: Occurrence])
    -> HyphenatedCompound
  {
    guard text.tokens[span.firstToken].isLatin,
      let firstJoin = (span.firstToken + 1..<span.endToken).first(where: { Self.isHyphenJoined($0, in: text) })
    else { return .oneName }
    var parts: [Range<Int>] = []
    var partStart = span.firstToken
    for position in firstJoin..<span.endToken where Self.isHyphenJoined(position, in: text) {
      parts.append(partStart..<position)
      partStart = position
    }
    parts.append(partStart..<span.endToken)
    if let last = parts.last, EnglishDemonyms.contains(last, in: text),
      parts.dropLast().allSatisfy({
        EnglishDemonyms.contains($0, in: text)
          || ($0.count == 1 && EnglishDemonyms.isCombiningForm($0.lowerBound, in: text))
      })
    {
      return .nationalities
    }
    return parts.allSatisfy { linked[$0] != nil } ? .linkedNames : .oneName
  }

  /// Whether a person the tagger read is one hyphenated word of capitalized parts standing
  /// alone ("Mercedes-Benz", "Coca-Cola", "Hewlett-Packard"): a company's name far more often
  /// than a person's, unless a longer person of the text ends with it ("Dominic Calvert-Lewin"
  /// ... "Calvert-Lewin") or it opens with a particle of Arabic names ("Al-Sharaa").
  func isHyphenatedWordReadAsPerson(_ span: EntityTagger.Span, in text: TokenizedText, spans: [EntityTagger.Span])
    -> Bool
  {
    let tokens = span.firstToken..<span.endToken
    guard span.type == "PERSON", tokens.count >= 2, text.tokens[span.firstToken].isLatin,
      tokens.dropFirst().allSatisfy({ Self.isHyphenJoined($0, in: text) }),
      tokens.allSatisfy({ text.tokens[$0].startsUppercase }),
      !Self.arabicNameParticles.contains(text.foldedString(span.firstToken))
    else { return false }
    let words = tokens.map { text.tokens[$0].hash }
    return !spans.contains { other in
      other.type == "PERSON" && other.endToken - other.firstToken > words.count
        && (other.endToken - words.count..<other.endToken).map({ text.tokens[$0].hash }) == words
    }
  }

  private static let arabicNameParticles: Set<String> = ["al", "el", "abu", "abd", "bin", "ben", "ibn", "bani"]
}
