extension EntityLinker {
  /// A capitalized sentence opener standing right before another capitalized word, as a
  /// description of the name that follows ("Rival Intel rose", "Rival Advanced Micro Devices
  /// rose"): the tagger made it a span of its own, so it is no part of that name, and the
  /// training texts never wrote it with a capital inside a sentence. Also a compound of a
  /// common word ("Chipmaker", "Carmaker": the training texts write "maker" in lower case).
  func isOpenerDescriptor(_ position: Int, in text: TokenizedText, tagger: EntityTagger) -> Bool {
    let usage = WordCaseProfile.Usage(rawValue: tagger.model.caseProfile.usage(text.tokens[position].hash))
    guard usage != .capitalized, usage != .onceCapitalized else { return false }
    let next = position + 1
    if next < text.tokens.count, text.tokens[next].isLatin, text.tokens[next].startsUppercase,
      Int(text.tokens[next].start) == Int(text.tokens[position].end) + 1,
      // A company's own officer follows its name: "Denso Chief Executive Koji Arima".
      !NilMentionFinder.isLatinTitle(next, in: text), !Self.officerWords.contains(text.tokens[next].hash)
    {
      return true
    }
    // A product before a maker's noun and the maker's name: "Truck maker AB Volvo", "Chip giant
    // Intel".
    if next + 1 < text.tokens.count, text.tokens[next].isLatin, !text.tokens[next].startsUppercase,
      text.tokens[next].joinsPrevious, Self.makerNouns.contains(text.foldedString(next)),
      text.tokens[next + 1].isLatin, text.tokens[next + 1].startsUppercase, text.tokens[next + 1].joinsPrevious
    {
      return true
    }
    // A compound ending in a common word of five letters or more, after three letters or more.
    let scalars = text.foldedScalars(position)
    guard usage == .unseen, scalars.count >= 8 else { return false }
    for split in (scalars.startIndex + 3)...(scalars.endIndex - 5) {
      let tail = WordCaseProfile.Usage(
        rawValue: tagger.model.caseProfile.usage(TokenizedText.hash(scalars[split...])))
      if tail == .lower || tail == .onceLower { return true }
    }
    return false
  }

  /// Nouns of a firm named by what it makes or does, between that word and the firm's name
  /// (folded).
  private static let makerNouns: Set<String> = [
    "maker", "makers", "giant", "producer", "retailer", "carrier", "operator", "firm", "group",
  ]

  /// An Arabic span opening with an institution's word with the article right after a title
  /// ("محافظ البنك عادل الشركس", the bank's governor Adel al-Sharkas): the institution belongs
  /// to the title, and the name after it is a person's.
  func personAfterTitledInstitution(_ span: EntityTagger.Span, in text: TokenizedText) -> EntityTagger.Span {
    let first = span.firstToken
    guard span.endToken - first >= 2, first > 0, !text.tokens[first].isLatin,
      AliasIndex.cliticVariants(of: first, in: text).contains(where: Self.titledInstitutions.contains),
      cues.contains(cues.titles, token: first - 1, in: text),
      !CueWords.hasArticle(first + 1, in: text)
    else { return span }
    var person = span
    person.firstToken = first + 1
    person.start = Int(text.tokens[first + 1].start)
    person.type = "PERSON"
    return person
  }

  /// An Arabic person's span that runs on into a word with the preposition ل and the article
  /// (رونالدو للنصر, "Ronaldo for Al-Nassr"): the name ends before it. Where the tagger began
  /// the name at the surname, a name word right after a nationality (البرتغالي كريستيانو) is
  /// its first name.
  func personBeforeLamArticle(
    _ span: EntityTagger.Span, in text: TokenizedText, finder: NilMentionFinder
  ) -> EntityTagger.Span {
    let last = span.endToken - 1
    guard span.type == "PERSON", last > span.firstToken, !text.tokens[last].isLatin else { return span }
    let scalars = text.foldedScalars(last)
    guard scalars.count >= 4, scalars[scalars.startIndex] == 0x0644, scalars[scalars.startIndex + 1] == 0x0644
    else { return span }
    var person = span
    person.endToken = last
    person.end = Int(text.tokens[last - 1].end)
    let before = person.firstToken - 1
    if before >= 1, finder.isNameWord(before, in: text, first: true), isDefiniteNisba(before - 1, in: text),
      Int(text.tokens[person.firstToken].start) == Int(text.tokens[before].end) + 1
    {
      person.firstToken = before
      person.start = Int(text.tokens[before].start)
    }
    return person
  }

  /// A singular nisba with the article (البرتغالي، البرازيلي), the knowledge base's
  /// nationality or not: the word news puts before a player's or an envoy's name.
  private func isDefiniteNisba(_ position: Int, in text: TokenizedText) -> Bool {
    !text.tokens[position].isLatin && CueWords.hasArticle(position, in: text)
      && text.foldedScalars(position).count >= 6 && Self.isSingularNisba(text.foldedScalars(position))
  }

  private static let officerWords = NonNameWords.hashes("chief executive ceo cfo boss head founder chairman")

  /// Institutions with the article whose head a title governs (محافظ البنك، رئيس الشركة، وزير
  /// الخارجية is a ministry's own name and left out).
  private static let titledInstitutions = NonNameWords.hashes(
    "البنك المصرف الشركة الوزارة الصندوق الهيئة المؤسسة الجامعة المجموعة")
}
