extension EntityLinker {
  /// A nationality adjective read as a person's first word (وزير الخارجية الإندونيسي سوجيونو,
  /// tagged "الإندونيسي سوجيونو"): the adjective describes the title and stays outside the name,
  /// as Arabic news annotation marks it. A NIL person of two words or more whose first word is
  /// a singular nisba with the article that the knowledge base holds as a demonym starts after
  /// it. Where one word is left after a title and the next word is name-shaped and free, the
  /// tagger had stopped short ("رئيس الوزراء الماليزي أنور إبراهيم" gave "الماليزي أنور"): the
  /// person takes that word too. Only persons are read.
  func arabicPersonsWithoutLeadingNationality(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    var taken: [Bool]?
    let finder = NilMentionFinder(cues: cues)
    for index in mentions.indices where mentions[index].label == "PERSON" && mentions[index].isNil {
      let tokens = text.tokens(within: mentions[index].start, mentions[index].end)
      guard tokens.count >= 2, let first = tokens.first, Int(text.tokens[first].start) == mentions[index].start,
        !text.tokens[first].isLatin, CueWords.hasArticle(first, in: text),
        nationality(at: first, in: text) != nil || Self.sharedNationalities.contains(text.tokens[first].hash)
      else { continue }
      var end = tokens.upperBound
      if tokens.count == 2, end < text.tokens.count, text.tokens[end].joinsPrevious,
        titleBefore(first, in: text) != nil, finder.isNameWord(end, in: text, first: true),
        !Self.isObjectShaped(text.foldedScalars(end)), !Self.isRelationNoun(end, in: text)
      {
        if taken == nil { taken = takenTokens(mentions, in: text) }
        if taken?[end] == false { end += 1 }
      }
      var person = nilMention(
        tokens: (first + 1)..<end, type: "PERSON", evidence: "nil:without-nationality", in: text)
      person.evidence = mentions[index].evidence + ["nil:without-nationality"]
      person.title = mentions[index].title ?? person.title
      result[index] = person
    }
    return result
  }

  /// Nationality adjectives the knowledge base holds for no country because two share them
  /// (الكونغولي: both Congos), read here only as a word that describes a title.
  private static let sharedNationalities = NonNameWords.hashes("الكونغولي الكونغولية")
}
