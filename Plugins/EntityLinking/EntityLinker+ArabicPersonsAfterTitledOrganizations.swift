extension EntityLinker {
  /// A person named after a title and the organization it heads (رئيس مجلس النواب نبيه بري،
  /// حاكم مصرف لبنان سامر الخوري): the tagger reads the organization and stops, and the rule of
  /// names after titles does not reach past it. Two or three free, name-shaped words right
  /// after an Arabic organization that a title word precedes are a NIL person
  /// (`nil:title-organization`), the title and the organization its `title`, when the first word
  /// begins names in the tagger's training texts or the last word stands again elsewhere in the
  /// text (a verb after the organization, "رئيس الاتحاد بعث رسالة", does neither). A tagged
  /// organization that ran on over such a name loses it to the person. Costs nothing where no
  /// organization follows a title.
  func findArabicPersonsAfterTitledOrganizations(
    in text: TokenizedText, tagger: EntityTagger, finder: NilMentionFinder, taken: inout [Bool],
    into mentions: inout [LinkedMention]
  ) {
    let count = text.tokens.count
    for number in mentions.indices where mentions[number].label == "ORGANIZATION" {
      let tokens = text.tokens(within: mentions[number].start, mentions[number].end)
      guard let first = tokens.first, first > 0, tokens.upperBound < count, !text.tokens[first].isLatin,
        text.tokens[first].joinsPrevious, cues.contains(cues.titles, token: first - 1, in: text)
      else { continue }
      if let given = swallowedName(tokens, in: text, tagger: tagger, finder: finder) {
        // The tagger ran the organization on over the name (حاكم مصرف لبنان سامر الخوري).
        let start = mentions[number].start
        let isNil = mentions[number].isNil
        if isNil {
          mentions[number] = nilMention(
            tokens: tokens.lowerBound..<given, type: "ORGANIZATION", evidence: "nil:title-organization", in: text)
          mentions[number].start = start
          mentions[number].nameArabic = text.text(scalarsFrom: start, to: mentions[number].end)
          mentions[number].id = NilMentionFinder.clusterID(
            name: PartialNameCoreference.words(of: mentions[number].nameArabic).joined(separator: " "),
            type: "ORGANIZATION")
        } else {
          mentions[number].end = Int(text.tokens[given - 1].end)
        }
        var person = nilMention(
          tokens: given..<tokens.upperBound, type: "PERSON", evidence: "nil:title-organization", in: text)
        person.title = CueWords.withoutProclitics(text.originalText(tokens: first - 1, given))
        mentions.append(person)
        continue
      }
      let name = tokens.upperBound
      guard !taken[name] else { continue }
      var end = name
      while end < count, end - name < 3, !taken[end], text.tokens[end].joinsPrevious,
        finder.isNameWord(end, in: text, first: end == name), !opensNounPhrase(end, in: text)
      {
        end += 1
      }
      guard end - name >= 2,
        tagger.model.nameStarts.contains(text.tokens[name].hash) || isNamedAgain(end - 1, in: text)
      else { continue }
      var person = nilMention(tokens: name..<end, type: "PERSON", evidence: "nil:title-organization", in: text)
      person.title = CueWords.withoutProclitics(text.originalText(tokens: first - 1, name))
      for token in name..<end { taken[token] = true }
      mentions.append(person)
    }
  }

  /// Where a tagged organization after a title ends in a person's name: two or three last words,
  /// name-shaped, the first beginning names in the tagger's training texts, after at least two
  /// words of the organization.
  private func swallowedName(
    _ tokens: Range<Int>, in text: TokenizedText, tagger: EntityTagger, finder: NilMentionFinder
  ) -> Int? {
    guard tokens.count >= 4 else { return nil }
    for given in max(tokens.lowerBound + 2, tokens.upperBound - 3)...(tokens.upperBound - 2)
    where tagger.model.nameStarts.contains(text.tokens[given].hash) {
      if (given..<tokens.upperBound).allSatisfy({ finder.isNameWord($0, in: text, first: $0 == given) }) {
        return given
      }
    }
    return nil
  }

  /// Whether the word (a surname) stands again elsewhere in the text: "نبيه بري ... وأكد بري".
  private func isNamedAgain(_ position: Int, in text: TokenizedText) -> Bool {
    let hash = text.tokens[position].hash
    return text.tokens.indices.contains { $0 != position && text.tokens[$0].hash == hash }
  }

  /// A word with the article followed by another (المبعوث الأمريكي، الوضع الراهن) is the noun
  /// phrase after the name, not its surname (البرهان، السنيورة).
  private func opensNounPhrase(_ position: Int, in text: TokenizedText) -> Bool {
    guard CueWords.hasArticle(position, in: text) else { return false }
    let next = position + 1
    return next < text.tokens.count && text.tokens[next].joinsPrevious && !text.tokens[next].isLatin
      && CueWords.hasArticle(next, in: text)
  }
}
