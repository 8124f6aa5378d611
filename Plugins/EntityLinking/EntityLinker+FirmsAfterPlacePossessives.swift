extension EntityLinker {
  /// A name after a place's possessive that the knowledge base does not know as a place
  /// ("Germany 's Traton", "Sweden 's Halvarsson"): the tagger read a place, but a place of a
  /// country that the knowledge base lacks is rarer there than a firm or a body, so the NIL place
  /// of one word becomes an organization (evidence `nil:after-possessive`). The place before
  /// "'s" is one the knowledge base linked; a name before a place's noun ("Sudan 's Darfur
  /// region") stays a place. Read from the NIL places only.
  func firmsAfterPlacePossessives(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in result.indices where result[index].isNil && result[index].label == "LOCATION" {
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard tokens.count == 1, tokens.lowerBound >= 2, text.tokens[tokens.lowerBound].isLatin,
        !text.tokens[tokens.lowerBound].isAllUppercase
      else { continue }
      let possessive = tokens.lowerBound - 1
      let mark = text.tokens[possessive].scalarBefore
      guard text.tokens[possessive].hash == Self.possessiveS, mark == 0x27 || mark == 0x2019,
        followsBySpace(tokens.lowerBound, in: text),
        // "Sudan 's Darfur region" is a place.
        tokens.upperBound >= text.tokens.count || !Self.placeNouns.contains(text.tokens[tokens.upperBound].hash),
        result.contains(where: {
          !$0.isNil && $0.label == "LOCATION" && $0.end == Int(text.tokens[possessive - 1].end)
        })
      else { continue }
      var firm = nilMention(tokens: tokens, type: "ORGANIZATION", evidence: "nil:after-possessive", in: text)
      firm.evidence = result[index].evidence + ["nil:after-possessive"]
      result[index] = firm
    }
    return result
  }

  private static let possessiveS = TokenizedText.hash(NameFolding.fold("s").unicodeScalars.map(\.value))
}
