extension EntityLinker {
  /// NIL names that the words before them show to be places: after a place's noun in lower case
  /// and "of" ("the disputed enclave of Nagorno-Karabakh", "the northern town of Brcko", "the
  /// port of Split"). The tagger read them as organizations, persons or MISC; they become NIL
  /// places (`nil:place-noun`). A nationality stays as it is.
  func placesByTheirNouns(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in result.indices where result[index].isNil {
      let label = result[index].label
      guard label == "ORGANIZATION" || label == "PERSON" || label == "MISC" else { continue }
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin, tokens.count <= 3,
        Int(text.tokens[tokens.lowerBound].start) == result[index].start,
        !EnglishDemonyms.contains(tokens, in: text)
      else { continue }
      let first = tokens.lowerBound
      let afterPlaceNoun =
        first >= 2 && text.tokens[first - 1].hash == Self.ofHash && !text.tokens[first - 1].startsUppercase
        && followsBySpace(first, in: text) && !text.tokens[first - 2].startsUppercase
        && Self.placeNouns.contains(text.tokens[first - 2].hash)
      guard afterPlaceNoun else { continue }
      var place = nilMention(tokens: tokens, type: "LOCATION", evidence: "nil:place-noun", in: text)
      place.evidence = result[index].evidence + ["nil:place-noun"]
      result[index] = place
    }
    return result
  }

  static let placeNouns = NonNameWords.hashes(
    """
    town city village region province state enclave island islands port district county republic territory
    capital area valley oblast
    """)
}
