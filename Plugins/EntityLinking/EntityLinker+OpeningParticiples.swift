extension EntityLinker {
  /// A NIL name of two words or more that opens a sentence (a line, or a story after its
  /// dateline's dash) with a participle ("Embattled Lloyds Banking Group said", "Beleaguered
  /// Halvorsen Systems Inc posted"): the participle describes the name and is no part of it. It
  /// is a word of six letters or more ending in -ed that the training texts write in lower case
  /// or never saw, and no given name; firms named with one ("United Airlines", "Applied
  /// Materials") are written so in the training texts' running text and keep it. Words in -ing
  /// are left alone: they open clubs' and towns' names ("Sporting Braga", "Reading").
  func withoutOpeningParticiples(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard let tagger else { return mentions }
    var result = mentions
    // A person's name keeps its first word: "-eed" given names (Rasheed Wallace, Fareed Zakaria)
    // end in -ed too, and the participle rule was written for firms.
    for index in result.indices
    where result[index].isNil && result[index].label != "DEMONYM" && result[index].label != "PERSON" {
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard tokens.count >= 2, Int(text.tokens[tokens.lowerBound].start) == result[index].start,
        isOpeningParticiple(tokens.lowerBound, in: text, tagger: tagger),
        isCapitalizedNameWord(tokens.lowerBound + 1, in: text), opensSentence(tokens.lowerBound, in: text)
      else { continue }
      let rest = (tokens.lowerBound + 1)..<tokens.upperBound
      let evidence = result[index].evidence
      var mention = nilMention(
        tokens: rest, type: result[index].label, evidence: evidence.first ?? "nil:tagger", in: text)
      mention.evidence = evidence
      result[index] = mention
    }
    return result
  }

  private func isOpeningParticiple(_ position: Int, in text: TokenizedText, tagger: EntityTagger) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin, token.startsUppercase, !token.isAllUppercase else { return false }
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 6 else { return false }
    guard scalars.suffix(2).elementsEqual([0x65, 0x64]), !LatinGivenNames.shipped.contains(token.hash) else {
      return false
    }
    let usage = WordCaseProfile.Usage(rawValue: tagger.model.caseProfile.usage(token.hash))
    return usage == .unseen || usage == .lower || usage == .onceLower
  }
}
