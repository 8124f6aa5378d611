extension EntityLinker {
  /// A NIL person whose span opens with a nationality ("Kenyan Daniel Komen won", "Briton Colin
  /// Jackson was second", "South African Ernie Els"): the nationality describes the person and is
  /// no part of the name, so the person starts after it, and the nationality is a MISC name of
  /// its own (evidence `nil:demonym`), as the project's gold and CoNLL mark it. At least two
  /// capitalized words must remain, so a nationality in a name of one word ("Australian Open"
  /// read as a person) is not cut into a name. A MISC run that goes on from a nationality to a
  /// given name ("Zimbabwean Nick Price") is cut the same way; other MISC runs ("American
  /// Express Bank") are left alone.
  func personsAfterDemonyms(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    func cut(_ mention: LinkedMention) -> (demonym: Range<Int>, name: Range<Int>)? {
      guard mention.label == "PERSON" || mention.label == "MISC", mention.isNil,
        let cut = demonymOpening(mention, in: text),
        mention.label == "PERSON" || LatinGivenNames.shipped.contains(text.tokens[cut.name.lowerBound].hash)
      else { return nil }
      return cut
    }
    // Most texts have no mention to cut: they keep their array, with no copy of every mention.
    guard mentions.contains(where: { cut($0) != nil }) else { return mentions }
    var result: [LinkedMention] = []
    result.reserveCapacity(mentions.count)
    for mention in mentions {
      guard let cut = cut(mention) else {
        result.append(mention)
        continue
      }
      var person = nilMention(tokens: cut.name, type: "PERSON", evidence: "nil:tagger", in: text)
      person.evidence = mention.evidence
      result.append(nilMention(tokens: cut.demonym, type: "MISC", evidence: "nil:demonym", in: text))
      result.append(person)
    }
    return result
  }

  /// The nationality's tokens and the name's, when the mention opens with a nationality of one
  /// or two words and at least two capitalized Latin words follow it.
  private func demonymOpening(_ mention: LinkedMention, in text: TokenizedText) -> (
    demonym: Range<Int>, name: Range<Int>
  )? {
    let tokens = text.tokens(within: mention.start, mention.end)
    guard tokens.count >= 3, text.tokens[tokens.lowerBound].isLatin,
      Int(text.tokens[tokens.lowerBound].start) == mention.start
    else { return nil }
    for length in [2, 1] where tokens.count - length >= 2 {
      let demonym = tokens.lowerBound..<(tokens.lowerBound + length)
      // "Dane Van Niekerk": a nationality word that is also a given name opens the name.
      guard EnglishDemonyms.contains(demonym, in: text),
        length == 2 || !LatinGivenNames.shipped.contains(text.tokens[demonym.lowerBound].hash)
      else { continue }
      let name = demonym.upperBound..<tokens.upperBound
      guard name.allSatisfy({ text.tokens[$0].startsUppercase && text.tokens[$0].isLatin }) else { return nil }
      return (demonym, name)
    }
    return nil
  }
}
