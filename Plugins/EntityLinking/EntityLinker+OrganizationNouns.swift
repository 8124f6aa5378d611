extension EntityLinker {
  /// English names of parties, unions and blocs, which news writes before the organization's
  /// noun in lower case ("the far-right Homeland party", "the Unison union") or closes with it in
  /// title case ("the centre-left Social Alliance"), and agencies named by two words joined by
  /// "and" ("the Food and Drug Administration"): ORGANIZATION, whatever the tagger read the
  /// words as, and also where it read nothing (evidence `nil:organization-noun`,
  /// `nil:organization-head`). A nationality ("the Swedish party"), a name the knowledge base
  /// linked ("the Texas party") and a name reaching past the noun stay as they are.
  /// Every token is tested on its case and a bit filter before a set is asked.
  func englishOrganizationNouns(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for (index, mention) in mentions.enumerated() where mention.isNil && mention.label != "ORGANIZATION" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, mention.label != "DEMONYM", text.tokens[tokens.lowerBound].isLatin else { continue }
      let last = text.tokens[tokens.upperBound - 1]
      guard last.startsUppercase, !last.isAllUppercase, Self.organizationClosingHeads.contains(last.hash)
      else { continue }
      result[index] = nilMention(tokens: tokens, type: "ORGANIZATION", evidence: "nil:organization-head", in: text)
    }
    var names: [Range<Int>] = []
    let tokens = text.tokens
    for position in tokens.indices where position > 1 {
      let noun = tokens[position]
      guard noun.isLatin, !noun.startsUppercase, noun.joinsPrevious, Self.partyNouns.contains(noun.hash)
      else { continue }
      var first = position
      while first > 1, position - first < 3, tokens[first].joinsPrevious {
        let previous = tokens[first - 1]
        guard previous.isLatin, previous.startsUppercase, !NonNameWords.isNumber(first - 1, in: text),
          !NilMentionFinder.isLatinStopword(first - 1, in: text), !NilMentionFinder.isLatinTitle(first - 1, in: text)
        else { break }
        first -= 1
      }
      // What stands before the name is "the" or a word in lower case ("far-right", "opposition"):
      // a name opening a sentence ("Police union leaders said") is as often a common noun, and
      // so is one after "a" or "an" ("a Christmas party"). A holiday, a faith or sect and a
      // legislature alone describe the noun ("the Sunni militia", "the Senate coalition"); in a
      // longer name ("the Islamic Jihad movement") they are part of it.
      guard first < position, tokens[first].joinsPrevious, tokens[first - 1].isLatin,
        !tokens[first - 1].startsUppercase || tokens[first - 1].hash == Self.theWord,
        !Self.indefiniteArticles.contains(tokens[first - 1].hash),
        position - first > 1 || !Self.wordsDescribingNouns.contains(tokens[first].hash),
        !EnglishDemonyms.contains(first..<position, in: text),
        !(first..<position).contains(where: { EnglishDemonyms.contains($0..<($0 + 1), in: text) })
      else { continue }
      names.append(first..<position)
    }
    for name in names {
      let start = Int(tokens[name.lowerBound].start)
      let end = Int(tokens[name.upperBound - 1].end)
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      guard
        overlapping.allSatisfy({
          result[$0].isNil && result[$0].label != "DEMONYM" && result[$0].start >= start && result[$0].end <= end
        })
      else { continue }
      if overlapping.count == 1, result[overlapping[0]].start == start, result[overlapping[0]].end == end,
        result[overlapping[0]].label == "ORGANIZATION"
      {
        continue
      }
      for index in overlapping.reversed() { result.remove(at: index) }
      result.append(nilMention(tokens: name, type: "ORGANIZATION", evidence: "nil:organization-noun", in: text))
    }
    result = agenciesJoinedByAnd(result, in: text)
    return names.isEmpty ? result : sameNamesElsewhere(names, result, in: text)
  }

  /// The party's or union's name found before its noun, standing alone elsewhere in the story
  /// ("Homeland leader Bostjan Zupan said"): the organization too, one sense per story. Only
  /// words in title case that nothing linked and no longer name contains are taken.
  private func sameNamesElsewhere(_ names: [Range<Int>], _ mentions: [LinkedMention], in text: TokenizedText)
    -> [LinkedMention]
  {
    let tokens = text.tokens
    var result = mentions
    for name in names {
      let hashes = name.map { tokens[$0].hash }
      for start in tokens.indices where start != name.lowerBound && tokens[start].hash == hashes[0] {
        let end = start + hashes.count
        guard end <= tokens.count, tokens[start].isLatin, tokens[start].startsUppercase,
          hashes.indices.allSatisfy({ tokens[start + $0].hash == hashes[$0] }),
          end == tokens.count || !(tokens[end].joinsPrevious && tokens[end].startsUppercase && tokens[end].isLatin),
          start == 0
            || !(tokens[start].joinsPrevious && tokens[start - 1].startsUppercase && tokens[start - 1].isLatin
              && !NilMentionFinder.isLatinStopword(start - 1, in: text))
        else { continue }
        let from = Int(tokens[start].start)
        let to = Int(tokens[end - 1].end)
        let overlapping = result.indices.filter { result[$0].start < to && from < result[$0].end }
        guard
          overlapping.allSatisfy({
            result[$0].isNil && result[$0].label != "ORGANIZATION" && result[$0].start == from && result[$0].end == to
          })
        else { continue }
        for index in overlapping.reversed() { result.remove(at: index) }
        result.append(
          nilMention(tokens: start..<end, type: "ORGANIZATION", evidence: "nil:organization-discourse", in: text))
      }
    }
    return result
  }

  /// "the Food and Drug Administration", read as "Food" and "Drug Administration": one word in
  /// title case, "and", and an organization closed by an agency's head word are one name.
  private func agenciesJoinedByAnd(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in mentions.indices where mentions[index].label == "ORGANIZATION" && mentions[index].isNil {
      let tokens = text.tokens(within: mentions[index].start, mentions[index].end)
      guard tokens.count >= 2, tokens.lowerBound >= 2, text.tokens[tokens.lowerBound].isLatin else { continue }
      let head = text.tokens[tokens.upperBound - 1]
      let and = tokens.lowerBound - 1
      let first = and - 1
      guard Self.agencyHeads.contains(head.hash),
        text.tokens[and].hash == Self.andWord, text.tokens[and].joinsPrevious,
        text.tokens[tokens.lowerBound].joinsPrevious,
        text.tokens[first].isLatin, text.tokens[first].startsUppercase, !text.tokens[first].isAllUppercase,
        !NilMentionFinder.isLatinStopword(first, in: text)
      else { continue }
      // The first word stands alone: a longer name before "and" is a name of its own.
      if first > 0, text.tokens[first].joinsPrevious, text.tokens[first - 1].isLatin,
        text.tokens[first - 1].startsUppercase, text.tokens[first - 1].hash != Self.theWord
      {
        continue
      }
      let start = Int(text.tokens[first].start)
      let before = result.indices.filter { result[$0].start < Int(text.tokens[first].end) && start < result[$0].end }
      guard before.allSatisfy({ result[$0].isNil && result[$0].start == start }) else { continue }
      guard
        let current = result.firstIndex(where: { $0.start == mentions[index].start && $0.end == mentions[index].end })
      else { continue }
      result[current] = nilMention(
        tokens: first..<tokens.upperBound, type: "ORGANIZATION", evidence: "nil:organization-head", in: text)
      for removed in before.sorted().reversed() { result.remove(at: removed) }
    }
    return result
  }

  private static let theWord = NonNameWords.hashes("the").first!
  private static let andWord = NonNameWords.hashes("and").first!
  private static let indefiniteArticles = NonNameWords.hashes("a an")
  /// Words in title case that describe a party noun rather than name it: holidays, faiths and
  /// sects, legislatures ("a Christmas party", "a Sunni militia", "the Senate coalition").
  private static let wordsDescribingNouns = NonNameWords.hashes(
    """
    christmas easter halloween thanksgiving ramadan eid diwali hanukkah passover sunni shia shiite christian muslim
    jewish catholic protestant orthodox islamic islamist hindu sikh buddhist evangelical alawite druze
    senate parliament parliamentary cabinet government house
    """)
  /// Nouns in lower case after a party's, union's or bloc's own name ("the Unite union").
  private static let partyNouns = NonNameWords.hashes(
    "party parties union unions alliance coalition movement bloc militia")
  /// Words in title case that close an organization's name ("Democratic Alliance", "Liberal Party").
  private static let organizationClosingHeads = NonNameWords.hashes(
    """
    alliance party union movement coalition congress federation association institute foundation commission
    administration agency authority ministry council society
    """)
  /// Head words of agencies named by two words joined by "and" ("Securities and Exchange Commission").
  private static let agencyHeads = NonNameWords.hashes(
    "administration commission agency authority service board office department institute")
}
