extension EntityLinker {
  /// Grounds named before a venue's noun in lower case ("a rally at Bukhungu stadium", "the
  /// Kamukunji grounds", "the Malacanang palace", "the Tengiz field"): a NIL name of one or two
  /// words that the tagger read as an organization, a person or MISC is a place, as the
  /// project's gold marks a stadium (evidence `nil:venue-noun`). A nationality stays; the noun
  /// stays outside the name. Read from the mentions and the token after each.
  func venuesByTheirNouns(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in result.indices where result[index].isNil && result[index].label != "LOCATION" {
      let label = result[index].label
      guard label == "ORGANIZATION" || label == "PERSON" || label == "MISC" else { continue }
      let tokens = text.tokens(within: result[index].start, result[index].end)
      let next = tokens.upperBound
      guard !tokens.isEmpty, tokens.count <= 2, next < text.tokens.count, text.tokens[tokens.lowerBound].isLatin,
        Int(text.tokens[next - 1].end) == result[index].end, followsBySpace(next, in: text),
        !text.tokens[next].startsUppercase, Self.venueNouns.contains(text.tokens[next].hash),
        !EnglishDemonyms.contains(tokens, in: text)
      else { continue }
      var place = nilMention(tokens: tokens, type: "LOCATION", evidence: "nil:venue-noun", in: text)
      place.evidence = result[index].evidence + ["nil:venue-noun"]
      result[index] = place
    }
    return result
  }

  private static let venueNouns = NonNameWords.hashes(
    "stadium grounds arena palace racecourse field oilfield gasfield")
}
