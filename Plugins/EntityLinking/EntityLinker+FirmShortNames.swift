extension EntityLinker {
  /// A firm named in full in the story and again by a shorter form that the tagger read as
  /// another type: the name without its legal form ("Caledon Mills Ltd" ... "Caledon Mills", read
  /// as a place) or its first word ("Caledonian Mutual Bank" ... "Shares in Caledonian", read as
  /// MISC) is the firm, with its id (evidence `nil:firm-short-name` added). Only NIL names change;
  /// the first word alone only where it was read as MISC (a town is as often the first word of
  /// a club's or a firm's name: "Boston" of "Boston Celtics" stays a place), and never a
  /// nationality ("British" of "British Airways") or a given name; a name after "the" stays
  /// too (the Pacific is no firm called Pacific Harbor).
  func firmsByShortName(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Short forms by their folded word hashes, each with its firm.
    var shortForms: [[UInt64]: (firm: LinkedMention, firstWordOnly: Bool)] = [:]
    for mention in mentions where mention.label == "ORGANIZATION" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, text.tokens[tokens.lowerBound].isLatin else { continue }
      let hashes = tokens.map { text.tokens[$0].hash }
      let last = text.tokens[tokens.upperBound - 1]
      if Self.corporateSuffixes.contains(last.hash), last.startsUppercase {
        shortForms[Array(hashes.dropLast())] = (mention, false)
      }
      let first = tokens.lowerBound
      if isCapitalizedNameWord(first, in: text), !EnglishDemonyms.contains(first..<(first + 1), in: text),
        !LatinGivenNames.shipped.contains(hashes[0]), shortForms[[hashes[0]]] == nil
      {
        shortForms[[hashes[0]]] = (mention, true)
      }
    }
    guard !shortForms.isEmpty else { return mentions }
    var result = mentions
    for index in result.indices where result[index].isNil {
      let label = result[index].label
      guard label == "LOCATION" || label == "MISC" || label == "PERSON" else { continue }
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin,
        let (firm, firstWordOnly) = shortForms[tokens.map { text.tokens[$0].hash }],
        !firstWordOnly || label == "MISC",
        tokens.lowerBound == 0 || text.tokens[tokens.lowerBound - 1].hash != Self.theHash
      else { continue }
      result[index] = LinkedMention(
        start: result[index].start, end: result[index].end, label: "ORGANIZATION", id: firm.id,
        nameEnglish: firm.nameEnglish, nameArabic: firm.nameArabic, confidence: 0.5,
        evidence: result[index].evidence + ["nil:firm-short-name"], title: nil, isNil: firm.isNil)
    }
    return result
  }

  private static let theHash = TokenizedText.hash(NameFolding.fold("the").unicodeScalars.map(\.value))
}
