extension EntityLinker {
  /// A person's surname that the knowledge base also has as a small place ("George Bush" ...
  /// "Bush will meet", and the headline's "BUSH ARRIVES IN BEIJING"): where the story names a
  /// person in full whose last word is that name, the one word linked as a small place by its
  /// name alone is that person, with the person's id (evidence `partial-name`,
  /// `nil:surname-over-place`). Larger places (a prior of 0.75 or more: a country, a capital,
  /// Washington, Houston) and places linked on evidence of their own stay. Read from the mentions
  /// only.
  func surnamesOverSmallPlaces(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var persons: [UInt64: LinkedMention] = [:]
    for mention in mentions where mention.label == "PERSON" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, text.tokens[tokens.lowerBound].isLatin else { continue }
      persons[text.tokens[tokens.upperBound - 1].hash] = mention
    }
    guard !persons.isEmpty else { return mentions }
    var result = mentions
    for index in result.indices where result[index].label == "LOCATION" && !result[index].isNil {
      guard result[index].evidence.allSatisfy({ $0 == "alias" || $0 == "prior" }),
        let place = knowledgeBase[result[index].id], place.prior < Self.surnamePlacePrior
      else { continue }
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard tokens.count == 1, text.tokens[tokens.lowerBound].isLatin,
        let person = persons[text.tokens[tokens.lowerBound].hash]
      else { continue }
      result[index] = LinkedMention(
        start: result[index].start, end: result[index].end, label: "PERSON", id: person.id,
        nameEnglish: person.nameEnglish, nameArabic: person.nameArabic, confidence: 0.5,
        evidence: ["partial-name", "nil:surname-over-place"], title: nil, isNil: person.isNil)
    }
    return result
  }

  /// Below the priors of countries (0.9) and large cities (0.8 and more); the Egyptian town Būsh
  /// has 0.713.
  private static let surnamePlacePrior = 0.75
}
