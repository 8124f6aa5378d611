extension EntityLinker {
  /// A Grand Prix is named by its place or its nation ("Monaco Grand Prix", "Hungarian Grand
  /// Prix", "San Marino Grand Prix"): the one to three capitalized words right before "Grand
  /// Prix" are part of the event's name, one MISC name (evidence `nil:event-name`), where the
  /// tagger read the place as an organization or a place of its own. Only MISC mentions that
  /// open with "Grand Prix" are read.
  func grandPrixNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for mention in mentions where mention.label == "MISC" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, text.tokens[tokens.lowerBound].hash == Self.grand,
        text.tokens[tokens.lowerBound + 1].hash == Self.prix
      else { continue }
      var first = tokens.lowerBound
      while first > 0, tokens.lowerBound - first < 3, followsBySpace(first, in: text),
        isCapitalizedNameWord(first - 1, in: text), !isTitle(first - 1, in: text)
      {
        first -= 1
      }
      guard first < tokens.lowerBound else { continue }
      let start = Int(text.tokens[first].start)
      // A name that reaches further back ("Damon Hill Monaco") is not the event's place alone.
      guard !result.contains(where: { $0.start < start && start < $0.end }) else { continue }
      let event = nilMention(tokens: first..<tokens.upperBound, type: "MISC", evidence: "nil:event-name", in: text)
      result = replacingOverlaps(result, with: event)
    }
    return result
  }

  private static let grand = TokenizedText.hash(NameFolding.fold("grand").unicodeScalars.map(\.value))
  private static let prix = TokenizedText.hash(NameFolding.fold("prix").unicodeScalars.map(\.value))
}
