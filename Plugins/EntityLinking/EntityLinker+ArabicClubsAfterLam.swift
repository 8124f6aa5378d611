extension EntityLinker {
  /// A club name joined to the preposition ل without the article (لعب لبرشلونة، انتقل لريال مدريد،
  /// سجل هدفين لليفربول): the tokenizer keeps ل on the word, so neither the tagger nor the club
  /// list sees the name. Called from the clubs pass on Arabic tokens that are no club short
  /// word: a token starting with ل of five letters or more, whose rest begins a name of
  /// Resources/club_names.txt (one bit test, then one probe). Returns the name's length in
  /// tokens, or nil. After ل with the article's ل (للنصر), a club short word of
  /// `clubShortNames`; the name then starts at the article's ل.
  func clubNameAfterLam(_ position: Int, in text: TokenizedText) -> Int? {
    let token = text.tokens[position]
    let start = Int(token.foldedStart)
    let end = Int(token.foldedEnd)
    guard end - start >= 5, text.folded[start] == 0x0644 else { return nil }
    // The word without ل and, after لل, ال and the rest are the token's clitic variants 1 and 2
    // (`AliasIndex.cliticVariants`, computed once per token).
    let variants = AliasIndex.cliticVariants(of: position, in: text)
    let length = ClubNameGazetteer.shipped.nameLength(
      first: variants.hash(stripping: 1, at: 1, of: position, in: text), continuingAt: position + 1, in: text)
    if length > 0 { return length }
    // ل before the article drops its alif (للنصر، للهلال): the word is ال and the rest, a club
    // short word, with no word with the article after it (للاتحاد الأوروبي is the union).
    guard text.folded[start + 1] == 0x0644 else { return nil }
    let hash: UInt64
    if variants.count > 2, variants.stripped(2) == 0 {
      hash = variants[2]
    } else {
      var computed = TokenizedText.mix(TokenizedText.fnvOffset, 0x0627)
      for value in text.folded[(start + 1)..<end] { computed = TokenizedText.mix(computed, value) }
      hash = computed
    }
    guard Self.isClubShortName(hash) else { return nil }
    let next = position + 1
    if next < text.tokens.count, text.tokens[next].joinsPrevious, !text.tokens[next].isLatin,
      CueWords.hasArticle(next, in: text)
    {
      return nil
    }
    return 1
  }

  /// The clubs named after ل (`clubNameAfterLam`) where the word before says sport: a verb of
  /// playing, moving or scoring (لعب، انتقل، انضم، وقع، سجل) or a goal noun (هدفين), right before
  /// or before the player's name (سجل ميسي لإنتر ميامي). Then "لعب لبرشلونة" is the club, where
  /// "سافر لبرشلونة" stays the city. An official who moves (وانتقل الوزير لبرشلونة) or a purpose
  /// after the name (لحضور المؤتمر، في زيارة) also keeps the city: only a player's role noun or a
  /// nisba may stand between the verb and the club. A knowledge-base club of that name is linked, else the club
  /// is a NIL organization; mentions inside the name (the city, a place read in باريس سان
  /// جيرمان, the tagger's span with ل) give way to it.
  func arabicClubsAfterLam(
    _ mentions: [LinkedMention], at candidates: [(position: Int, length: Int)], in text: TokenizedText,
    occurrences: [Occurrence]
  ) -> [LinkedMention] {
    var result = mentions
    for (position, length) in candidates where isSportBefore(position, in: text, mentions: result) {
      let endToken = position + length
      guard !Self.isPurposeAfter(endToken, in: text) else { continue }
      let start = Int(text.foldedOffsets[Int(text.tokens[position].foldedStart) + 1])
      let end = Int(text.tokens[endToken - 1].end)
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      // A longer name around the club (a person's span that ran on) is left as found.
      guard overlapping.allSatisfy({ result[$0].start >= Int(text.tokens[position].start) && result[$0].end <= end })
      else { continue }
      if overlapping.count == 1, result[overlapping[0]].label == "ORGANIZATION", result[overlapping[0]].start == start,
        result[overlapping[0]].end == end
      {
        continue
      }
      let club = lamClubMention(position..<endToken, start: start, end: end, in: text, occurrences: occurrences)
      result = result.enumerated().filter { !overlapping.contains($0.offset) }.map(\.element) + [club]
    }
    return result
  }

  private func isSportBefore(_ position: Int, in text: TokenizedText, mentions: [LinkedMention]) -> Bool {
    guard position > 0, text.tokens[position].joinsPrevious else { return false }
    // Between the verb and the club: the player (سجل ميسي لإنتر) and up to two words with the
    // article that are a player's role or a nisba (انضم الحارس لتشيلسي، وانتقل النجم البلجيكي
    // إيدين هازارد لتشيلسي); an official (وانتقل الوزير لبرشلونة) travels to the city.
    var word = position - 1
    let before = Int(text.tokens[word].end)
    if let player = mentions.first(where: { $0.label == "PERSON" && $0.end == before }) {
      let first = text.tokens(within: player.start, player.end).lowerBound
      guard first > 0, text.tokens[first].joinsPrevious else { return false }
      word = first - 1
    }
    for step in 0..<3 {
      if Self.isSportWord(word, in: text) { return true }
      guard step < 2, word > 0, text.tokens[word].joinsPrevious, !text.tokens[word].isLatin,
        CueWords.hasArticle(word, in: text),
        Self.playerRoles.contains(text.tokens[word].hash) || Self.isSingularNisba(text.foldedScalars(word))
      else { return false }
      word -= 1
    }
    return false
  }

  /// Whether a purpose follows the club's name (لحضور المؤتمر، للمشاركة في، في زيارة): a trip to
  /// the city, not a transfer to its club.
  private static func isPurposeAfter(_ next: Int, in text: TokenizedText) -> Bool {
    guard next < text.tokens.count, text.tokens[next].joinsPrevious, !text.tokens[next].isLatin else { return false }
    let hash = text.tokens[next].hash
    if purposeWords.contains(hash) { return true }
    return hash == inWord && next + 1 < text.tokens.count && text.tokens[next + 1].joinsPrevious
      && tripNouns.contains(text.tokens[next + 1].hash)
  }

  private static func isSportWord(_ position: Int, in text: TokenizedText) -> Bool {
    !text.tokens[position].isLatin
      && AliasIndex.cliticVariants(of: position, in: text).contains(where: sportWords.contains)
  }

  private func lamClubMention(
    _ tokens: Range<Int>, start: Int, end: Int, in text: TokenizedText, occurrences: [Occurrence]
  ) -> LinkedMention {
    if let occurrence = occurrences.first(where: {
      $0.match.firstToken == tokens.lowerBound && $0.match.endToken == tokens.upperBound
    }),
      let club = bestCandidate(
        of: occurrence, in: text, confidence: (0.6, 0.5), evidence: "club-after-lam",
        where: { _, entity in entity.type == "ORGANIZATION" && entity.description.hasSuffix("football club") })
    {
      var linked = club
      linked.start = start
      linked.end = end
      return linked
    }
    let written = text.text(scalarsFrom: start, to: end)
    return LinkedMention(
      start: start, end: end, label: "ORGANIZATION",
      id: NilMentionFinder.clusterID(
        name: PartialNameCoreference.words(of: written).joined(separator: " "), type: "ORGANIZATION"),
      nameEnglish: "", nameArabic: written, confidence: 0.5, evidence: ["nil:club-after-lam"], title: nil,
      isNil: true)
  }

  /// A player's roles between the verb and the club (وانضم الحارس لتشيلسي).
  private static let playerRoles = NonNameWords.hashes(
    "اللاعب المهاجم المدافع الحارس الجناح النجم المدرب الظهير الدولي الهداف القائد الموهوب الشاب المخضرم اللاعبة النجمة"
  )
  /// Purposes of a trip after the city (لحضور، للمشاركة، لزيارة).
  private static let purposeWords = NonNameWords.hashes(
    "لحضور للمشاركة لزيارة للقاء لإجراء لبحث لمناقشة لتمثيل لترؤس لافتتاح لتلقي للعلاج لتسلم")
  private static let inWord = NonNameWords.hashes("في").first!
  /// Nouns of a trip after في (في زيارة، في مهمة، في جولة).
  private static let tripNouns = NonNameWords.hashes("زيارة مهمة جولة رحلة")

  /// Verbs of playing for, moving to, signing for and scoring for a club, and goal nouns, with
  /// or without و or ف.
  private static let sportWords = NonNameWords.hashes(
    """
    لعب يلعب لعبت انتقل ينتقل انتقاله انضم ينضم انضمامه وقع يوقع سجل يسجل أحرز يحرز هدفا هدفين هدف أهداف
    هدفه هدفها
    """)
}
