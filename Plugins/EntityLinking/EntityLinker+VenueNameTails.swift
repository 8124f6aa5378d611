extension EntityLinker {
  /// A transliterated venue word (أرينا، ستاديوم، بارك) that the tagger reads as a one-word
  /// person: it ends the stadium's name before it ("ملعب الجوهرة أرينا"), no person. It joins a
  /// place that ends right before it, or makes one place with a venue noun (ملعب، ستاد) and one
  /// word that nothing was found over, and is otherwise dropped. Returns whether the span was
  /// such a word.
  func isVenueNameTail(_ span: EntityTagger.Span, in text: TokenizedText, into result: inout [LinkedMention]) -> Bool {
    guard span.type == "PERSON", span.endToken - span.firstToken == 1, span.firstToken > 1,
      !text.tokens[span.firstToken].isLatin, Self.venueTransliterations.contains(text.tokens[span.firstToken].hash)
    else { return false }
    let word = span.firstToken
    // بارك is a Korean surname too (الرئيسة بارك): dropped only after a venue's name.
    let mayBeName = text.tokens[word].hash == Self.park
    guard text.tokens[word].joinsPrevious else { return !mayBeName }
    // The longer name is the venue's own, not the city or country it may open with: NIL.
    if let place = result.lastIndex(where: { $0.end == Int(text.tokens[word - 1].end) && $0.label == "LOCATION" }) {
      let first = text.tokens(within: result[place].start, result[place].end).lowerBound
      result[place] = nilMention(tokens: first..<(word + 1), type: "LOCATION", evidence: "nil:venue-name", in: text)
    } else if text.tokens[word - 1].joinsPrevious, Self.arabicVenueWords.contains(text.tokens[word - 2].hash),
      !result.contains(where: { $0.start < span.start && Int(text.tokens[word - 2].start) < $0.end })
    {
      result.append(nilMention(tokens: (word - 2)..<(word + 1), type: "LOCATION", evidence: "nil:venue-name", in: text))
    } else if mayBeName {
      return false
    }
    return true
  }

  /// Venue words borrowed from English, written in Arabic letters.
  private static let venueTransliterations = NonNameWords.hashes("أرينا ارينا آرينا ستاديوم استاديوم بارك")
  private static let park = NonNameWords.hashes("بارك").first!
}
