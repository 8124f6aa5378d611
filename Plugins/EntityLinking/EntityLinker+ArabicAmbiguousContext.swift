extension EntityLinker {
  /// Whether the words around an Arabic alias that needs evidence (an agency's nationality
  /// الفرنسية, a club's short name الأهلي) say it is not that organization: it is the adjective
  /// of the noun before it (`isArabicAdjectiveUse`), or a nationality right after it that is not
  /// the entity's own country names another one (الأهلي القطري is not the Egyptian club).
  func arabicContextRejects(_ candidate: AliasIndex.Candidate, _ occurrence: Occurrence, in text: TokenizedText)
    -> Bool
  {
    // The entity's fields are read in place, and only for an ambiguous Arabic alias: a copy of
    // the entity for every candidate retained and released each of its strings.
    let entity = Int(candidate.entity)
    guard candidate.kind == .ambiguous, !text.tokens[occurrence.match.firstToken].isLatin,
      knowledgeBase.entities[entity].type == "ORGANIZATION"
    else { return false }
    if isArabicAdjectiveUse(occurrence, in: text) { return true }
    if let country = nationality(at: occurrence.match.endToken, in: text),
      !knowledgeBase.entities[entity].related.contains(country)
    {
      return true
    }
    return false
  }

  /// Whether an Arabic alias is the adjective of the word before it, one space away: after a
  /// noun with the article that is no organization word or title (المجتمع الأهلي, civil
  /// society) other than النادي (النادي الأهلي is the club), or, for an alias that is also a nationality (الفرنسية, الألمانية), after any word
  /// but an organization word right before it (وكالة الفرنسية is the agency; شركة سيمنس
  /// الألمانية and صحيفة لوموند الفرنسية are a German company and a French paper).
  func isArabicAdjectiveUse(_ occurrence: Occurrence, in text: TokenizedText) -> Bool {
    let first = occurrence.match.firstToken
    guard first > 0, !text.tokens[first].isLatin, !text.tokens[first - 1].isLatin,
      Int(text.tokens[first].start) == Int(text.tokens[first - 1].end) + 1,
      !cues.contains(cues.organizationCues | cues.titles, token: first - 1, in: text)
    else { return false }
    let isNationality = index.lists[Int(occurrence.match.list)].contains { $0.kind == .demonym }
    return isNationality
      || (CueWords.hasArticle(first - 1, in: text) && text.tokens[first - 1].hash != Self.theClub)
  }

  private static let theClub = NonNameWords.hashes("النادي").first!

  /// The id of the country whose singular nisba (روسي, الروسية) is token `position`, when one
  /// space alone separates it from the token before.
  func nationality(at position: Int, in text: TokenizedText) -> String? {
    guard position > 0, position < text.tokens.count, !text.tokens[position].isLatin,
      Int(text.tokens[position].start) == Int(text.tokens[position - 1].end) + 1,
      Self.isSingularNisba(text.foldedScalars(position)),
      let match = index.longestMatch(at: position, in: text), match.endToken == position + 1,
      let demonym = index.lists[Int(match.list)].first(where: { $0.kind == .demonym })
    else { return nil }
    return knowledgeBase.entities[Int(demonym.entity)].id
  }

  /// A nisba in the singular, masculine ـي or feminine ـية (folded ـيه): plurals and duals
  /// (اللبنانيين, الفلسطينيون, المصريات) are people, not part of a name.
  static func isSingularNisba(_ word: ArraySlice<UInt32>) -> Bool {
    guard let last = word.last else { return false }
    if last == 0x064A { return true }
    return word.count >= 2 && last == 0x0647 && word[word.endIndex - 2] == 0x064A
  }

  /// Whether الأب (the elder) follows the name: جورج بوش الأب is the father, not the person the
  /// knowledge base names جورج بوش.
  func isFollowedByTheElder(_ occurrence: Occurrence, in text: TokenizedText) -> Bool {
    let next = occurrence.match.endToken
    guard next < text.tokens.count, !text.tokens[next].isLatin,
      Int(text.tokens[next].start) == occurrence.end + 1
    else { return false }
    return text.tokens[next].hash == Self.theElder
  }

  private static let theElder = NonNameWords.hashes("الأب").first!
}
