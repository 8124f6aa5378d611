extension EntityLinker {
  /// A person whose given name is two given names joined by a hyphen ("Anne-Marie Dobson",
  /// "Marie-Jose Perec", "Jean-Claude Duval"), where the tagger stopped at the given name or
  /// read it as an organization: the given name and the capitalized surname after it are one
  /// NIL person (evidence `nil:compound-given-name`). Only names whose every part is in the
  /// given-name list are read so ("Hewlett-Packard" stays a firm), and the surname must be a
  /// capitalized Latin word that is no function word, title or other mention's start.
  func personsWithCompoundGivenNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for mention in mentions where mention.isNil && mention.label != "DEMONYM" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, text.tokens[tokens.lowerBound].isLatin,
        Int(text.tokens[tokens.lowerBound].start) == mention.start
      else { continue }
      // The hyphenated given name: the mention's first tokens joined by hyphens.
      var givenEnd = tokens.lowerBound + 1
      while givenEnd < tokens.upperBound, Self.isHyphenJoined(givenEnd, in: text) { givenEnd += 1 }
      guard givenEnd - tokens.lowerBound >= 2,
        (tokens.lowerBound..<givenEnd).allSatisfy({
          text.tokens[$0].startsUppercase && LatinGivenNames.shipped.contains(text.tokens[$0].hash)
        })
      else { continue }
      var end = givenEnd
      if end == tokens.upperBound {
        // The surname is the next word, when nothing else was found there.
        guard end < text.tokens.count, followsBySpace(end, in: text), isCapitalizedNameWord(end, in: text),
          !isTitle(end, in: text), !text.tokens[end].isAllUppercase || text.tokens[tokens.lowerBound].isAllUppercase
        else { continue }
        let next = text.tokens[end]
        if let other = result.first(where: { $0.start < Int(next.end) && Int(next.start) < $0.end }),
          !(other.isNil && other.label == "PERSON" && other.start == Int(next.start))
        {
          continue
        }
        end += 1
      } else if mention.label == "PERSON" {
        continue
      } else {
        end = tokens.upperBound
      }
      var person = nilMention(
        tokens: tokens.lowerBound..<end, type: "PERSON", evidence: "nil:compound-given-name", in: text)
      person.title = titleBefore(tokens.lowerBound, in: text)?.text
      result = replacingOverlaps(result, with: person)
    }
    return result
  }
}
