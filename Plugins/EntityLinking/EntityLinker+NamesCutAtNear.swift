extension EntityLinker {
  /// A NIL name that the tagger ran on over "near" and a place ("the Roslin Institute near
  /// Edinburgh") is two names: the words before "near" keep the mention's type, and the
  /// capitalized words after it are a place, linked when the knowledge base has a place of
  /// exactly that name, else NIL (evidence `nil:near-place`). Read from the NIL mentions only.
  func namesCutAtNear(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for mention in mentions where mention.isNil && mention.label != "DEMONYM" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 3, text.tokens[tokens.lowerBound].isLatin,
        let near = tokens.dropFirst().dropLast().first(where: {
          text.tokens[$0].hash == Self.nearWord && !text.tokens[$0].startsUppercase
        }),
        isCapitalizedNameWord(near - 1, in: text),
        (near + 1..<tokens.upperBound).allSatisfy({ isCapitalizedNameWord($0, in: text) })
      else { continue }
      var before = nilMention(
        tokens: tokens.lowerBound..<near, type: mention.label, evidence: "nil:near-place", in: text)
      before.evidence = mention.evidence + ["nil:near-place"]
      let placeStart = Int(text.tokens[near + 1].start)
      var place = nilMention(
        tokens: (near + 1)..<tokens.upperBound, type: "LOCATION", evidence: "nil:near-place", in: text)
      if let match = index.longestMatch(at: near + 1, in: text), match.endToken == tokens.upperBound,
        let linked = bestCandidate(
          of: Occurrence(match: match, start: placeStart, end: mention.end), in: text, confidence: (0.6, 0.5),
          evidence: "alias", where: { _, entity in entity.type == "LOCATION" })
      {
        place = linked
      }
      result = replacingOverlaps(result, with: before)
      result.append(place)
    }
    return result
  }

  private static let nearWord = TokenizedText.hash(NameFolding.fold("near").unicodeScalars.map(\.value))
}
