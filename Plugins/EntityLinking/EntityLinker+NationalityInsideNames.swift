extension EntityLinker {
  /// A name of three words or more with a nationality between its first and last word ("Allied
  /// Irish Banks", "Royal Dutch Petroleum") is no person's: where the tagger read a NIL person,
  /// it is an organization (evidence `nil:nationality-inside`). A nationality that ends a name
  /// may be a surname ("Tony English") and stays. Read from the NIL persons only.
  func organizationsWithNationalityInside(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in result.indices where result[index].isNil && result[index].label == "PERSON" {
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard tokens.count >= 3, text.tokens[tokens.lowerBound].isLatin,
        (tokens.lowerBound + 1..<tokens.upperBound - 1).contains(where: {
          text.tokens[$0].startsUppercase && EnglishDemonyms.contains($0..<($0 + 1), in: text)
        })
      else { continue }
      var firm = nilMention(tokens: tokens, type: "ORGANIZATION", evidence: "nil:nationality-inside", in: text)
      firm.evidence = result[index].evidence + ["nil:nationality-inside"]
      result[index] = firm
    }
    return result
  }
}
