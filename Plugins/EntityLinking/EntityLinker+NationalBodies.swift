extension EntityLinker {
  /// A nation's abbreviation or adjective before the name of one of its bodies ("U.S. Navy",
  /// "U.N. General Assembly", "EU Commission", "Russian Army", "Indian Navy"): one
  /// organization, where the tagger read MISC over it, or the abbreviation and the body as two
  /// names, or the body not at all. The body is one to three capitalized words (one after an
  /// adjective) closed by a head
  /// word of a state's body (Navy, Army, Council, Department, ...), not followed by "of" and a
  /// capitalized word (a longer name: "European Court of Human Rights"). A body the knowledge
  /// base linked keeps its id over the longer span; otherwise it is a NIL organization
  /// (`nil:national-body`).
  func nationalBodies(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for mention in mentions {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard !tokens.isEmpty, Int(text.tokens[tokens.lowerBound].start) == mention.start,
        let nationEnd = nationWordEnd(at: tokens.lowerBound, in: text), nationEnd <= tokens.upperBound,
        nationEnd < text.tokens.count
      else { continue }
      // The body's words: the mention's rest, then on over capitalized words.
      var end = nationEnd
      var head: Int?
      while end < text.tokens.count, end - nationEnd < 3,
        followsBySpace(end, in: text) || (end == nationEnd && text.followsAbbreviation(end)),
        isCapitalizedNameWord(end, in: text)
      {
        if Self.bodyHeadWords.contains(text.tokens[end].hash) { head = end }
        end += 1
      }
      guard let head, head + 1 >= tokens.upperBound, !isLongerNameAfter(head, in: text) else { continue }
      // "U.S. Treasury Secretary Janet Yellen": a title after the body makes the abbreviation the
      // country of an office, not a body's name.
      if head + 1 < text.tokens.count, followsBySpace(head + 1, in: text), isTitle(head + 1, in: text) { continue }
      // After an adjective the body is one word ("Indian Navy"); "Russian Security Council" is a
      // nationality before a body's name.
      if !text.tokens[tokens.lowerBound].isAllUppercase, head != nationEnd { continue }
      let start = mention.start
      let stop = Int(text.tokens[head].end)
      let overlapping = result.filter { $0.start < stop && start < $0.end }
      guard overlapping.allSatisfy({ $0.start >= start && $0.end <= stop }),
        !overlapping.contains(where: { $0.start == start && $0.end == stop && $0.label == "ORGANIZATION" }),
        !overlapping.contains(where: { !$0.isNil && $0.label == "PERSON" })
      else { continue }
      var body: LinkedMention
      if let linked = overlapping.first(where: { !$0.isNil && $0.label == "ORGANIZATION" && $0.end == stop }) {
        body = linked
        body.start = start
      } else {
        body = nilMention(
          tokens: tokens.lowerBound..<(head + 1), type: "ORGANIZATION", evidence: "nil:national-body", in: text)
      }
      result = replacingOverlaps(result, with: body)
    }
    return result
  }

  /// The token after a nation's word that opens at `position`: a dotted abbreviation of capitals
  /// ("U.S.", "U.N."), two to four capitals ("EU", "UN"), or a nationality adjective in title
  /// case ("Russian"); nil when none opens there.
  private func nationWordEnd(at position: Int, in text: TokenizedText) -> Int? {
    let token = text.tokens[position]
    guard token.isLatin, token.startsUppercase else { return nil }
    if token.end - token.start == 1 {
      var end = position + 1
      while end < text.tokens.count, text.continuesAbbreviation(end) { end += 1 }
      return end - position >= 2 && text.endsAbbreviationBeforeStop(end - 1) ? end : nil
    }
    if token.isAllUppercase, (2...4).contains(token.end - token.start) { return position + 1 }
    if !token.isAllUppercase, EnglishDemonyms.contains(position..<(position + 1), in: text) { return position + 1 }
    return nil
  }

  /// Whether "of" and a capitalized word follow the token: a name goes on past it.
  func isLongerNameAfter(_ position: Int, in text: TokenizedText) -> Bool {
    let next = position + 1
    guard next + 1 < text.tokens.count, text.tokens[next].hash == Self.ofHash, text.tokens[next].joinsPrevious else {
      return false
    }
    return text.tokens[next + 1].startsUppercase && text.tokens[next + 1].joinsPrevious
  }

  /// Head words of a state's bodies, after its abbreviation or adjective.
  private static let bodyHeadWords = NonNameWords.hashes(
    """
    navy army marines corps guard force forces senate congress treasury department embassy council assembly
    commission court agency mission administration command authority parliament ministry
    """)

  static let ofHash = TokenizedText.hash(NameFolding.fold("of").unicodeScalars.map(\.value))
}
