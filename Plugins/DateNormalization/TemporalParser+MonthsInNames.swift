extension TemporalParser {
  /// Whether the Arabic month name at `i`, standing alone (no day, year or direction word
  /// after it), is part of a name rather than a month: ف and a month name is how names are
  /// spelt ("فيوليه", Viollet: "وسجل البرازيلي فيوليه هدف بيراميدز"), while a month read as
  /// "and then" with ف is rare without a preposition ("ففي يوليو"). So a month carrying the
  /// proclitic ف counts only after a preposition ("حتى فيوليو" stays a month); و، ب، ل are
  /// conjunctions and prepositions of months themselves ("في يونيو ويوليو", "بيوليو") and are
  /// left alone. Also مايو of the Mayo Clinic ("مايو كلينك", "عيادة مايو").
  func monthReadsAsName(_ i: Int) -> Bool {
    let token = tokens[i]
    // Cheap first: only an Arabic word that carried a proclitic, or مايو.
    guard !token.latin, token.kind == .word else { return false }
    if token.start != token.wordStart, TemporalParser.faMonthHashes.contains(token.wordHash) {
      return !hasMonthPreposition(before: i) && !(i > 0 && !token.newlineBefore && keyword(i - 1) == .of)
    }
    if token.start == token.wordStart, TemporalParser.avrilHashes.contains(token.wordHash) {
      return aprilReadsAsGivenName(i)
    }
    guard case .month(5, _)? = token.entry else { return false }
    if i + 1 < tokens.count, !tokens[i + 1].newlineBefore,
      TemporalParser.clinicHashes.contains(tokens[i + 1].wordHash)
    {
      return true
    }
    return i > 0 && !token.newlineBefore && TemporalParser.clinicHashes.contains(tokens[i - 1].wordHash)
  }

  /// Whether أفريل / أبريل at `i` is the given name Avril ("غنت أفريل لافين", "استقبل الرئيس أفريل
  /// هاينز"): with no preposition, number or من before it, and a plain word after it that the
  /// grammar does not know and that is no verb, where a month would have its day, year or a
  /// tense word. "في أفريل", "15 أفريل", "أفريل 2025", "أفريل الماضي" and "مارس وأبريل" (the
  /// proclitic) stay months.
  private func aprilReadsAsGivenName(_ i: Int) -> Bool {
    let next = i + 1
    guard next < tokens.count, !tokens[next].newlineBefore, tokens[next].kind == .word, !tokens[next].latin,
      tokens[next].entry == nil, tokens[next].tense == 0, tokens[next].start == tokens[next].wordStart
    else { return false }
    if hasMonthPreposition(before: i) { return false }
    if i > 0, !tokens[i].newlineBefore {
      let before = tokens[i - 1]
      if before.kind == .number || keyword(i - 1) == .of { return false }
      if case .unit? = before.entry { return false }  // "شهر أبريل"
    }
    return true
  }

  /// أفريل and أبريل without a proclitic: the month, and the given name Avril.
  static let avrilHashes: Set<UInt64> = Set(["أفريل", "افريل", "أبريل", "ابريل", "إبريل"].map(WordHasher.hash))

  /// Every Arabic Gregorian month name of the lexicon with the proclitic ف ("فيوليه",
  /// "فمايو"); the lexicon stores these variants, which is why they are read as months at all.
  static let faMonthHashes: Set<UInt64> = Set(
    TemporalLexicon.words.compactMap { word, entry -> UInt64? in
      guard case .month = entry, let first = word.unicodeScalars.first, first.value >= 0x0600 else { return nil }
      return WordHasher.hash("ف" + word)
    })

  /// The words of the Mayo Clinic around مايو: "مايو كلينك", "عيادة مايو", "مستشفى مايو".
  static let clinicHashes: Set<UInt64> = Set(
    ["كلينك", "كلينيك", "عيادة", "وعيادة", "لعيادة", "بعيادة", "مستشفى", "ومستشفى", "لمستشفى", "بمستشفى", "مؤسسة"].map(
      WordHasher.hash))
}
