extension EntityLinker {
  /// The type a tagged span's own words give it, over the tagger's reading: a nationality or a
  /// people ("Spaniard", "Syrian", "South Koreans") and a sporting event ("Paris Olympics",
  /// "World Cup", "Australian Open", بطولة ويمبلدون) are MISC, as the project's gold marks
  /// them (Arabic MISC is not emitted: the tagger's is too noisy); an Arabic name headed by an
  /// organization's word (مؤتمر الحوار الوطني, وزارة ...) read as a person is an organization.
  /// `linked` holds the knowledge base's linked occurrences (a place before "Games" or "Open").
  func typeByHeadWords(_ span: EntityTagger.Span, in text: TokenizedText, linked: [Range<Int>: Occurrence]) -> String {
    let tokens = span.firstToken..<span.endToken
    guard text.tokens[span.firstToken].isLatin else {
      let first = AliasIndex.cliticVariants(of: span.firstToken, in: text)
      // Only where the event's head opens the name: before a name, بطولة is also a film's
      // "starring" (من بطولة تومي لي جونز) and كأس a trophy named after a place.
      if first.contains(where: Self.arabicEventHeads.contains) { return "MISC" }
      if span.type == "PERSON", first.contains(where: Self.organizationHeads.contains),
        !first.contains(where: Self.militaryRanks.contains)
      {
        return "ORGANIZATION"
      }
      return span.type
    }
    if EnglishDemonyms.contains(tokens, in: text)
      || (tokens.count == 2 && Self.latinCompassWords.contains(text.tokens[span.firstToken].hash)
        && EnglishDemonyms.contains(span.firstToken + 1..<span.endToken, in: text))
    {
      return "MISC"
    }
    if tokens.contains(where: { Self.latinEventWords.contains(text.tokens[$0].hash) }) { return "MISC" }
    // "Games" and "Open" close an event's name only after a place or a nationality (Tokyo Games,
    // Australian Open, US Open): "Epic Games" is a company.
    let last = span.endToken - 1
    if tokens.count >= 2, Self.latinEventWordsAfterPlaces.contains(text.tokens[last].hash) {
      let before = span.firstToken..<last
      let previous = text.tokens[last - 1]
      if linked[before] != nil || EnglishDemonyms.contains(before, in: text)
        || Self.latinEventQualifiers.contains(previous.hash)
        || (before.count == 1 && previous.isAllUppercase && previous.foldedEnd - previous.foldedStart <= 3)
      {
        return "MISC"
      }
    }
    return span.type
  }

  private static let latinCompassWords = NonNameWords.hashes(
    "north south east west northern southern eastern western central")
  /// Words that make any name they are part of an event's.
  private static let latinEventWords = NonNameWords.hashes(
    "olympics paralympics olympiad cup championship championships prix")
  private static let latinEventWordsAfterPlaces = NonNameWords.hashes("games open")
  private static let latinEventQualifiers = NonNameWords.hashes(
    "olympic paralympic commonwealth winter summer youth world asian african european")
  // As written and with the article (clitic variants strip proclitics, not the article).
  private static let arabicEventHeads = NonNameWords.hashes(
    "بطولة البطولة كأس الكأس أولمبياد الأولمبياد اولمبياد الاولمبياد مونديال المونديال مهرجان المهرجان")
  /// فريق is a team and a military rank (الفريق أول): a person may follow it.
  private static let militaryRanks = NonNameWords.hashes("فريق الفريق")
}
