/// Finds names that look like named entities but are not in the knowledge base: a name after
/// a title (`الوزير فلان الفلاني`), a quoted name after an organization word (`وكالة "..."`),
/// and runs of capitalized Latin words. Each gets a type guess and a cluster id derived from
/// its folded text, so the same name in any document gets the same id.
struct NilMentionFinder {
  let cues: CueWords

  /// Given names that make a capitalized Latin pair a person (the common ones in news).
  static let latinGivenNames: Set<String> = Set(
    """
    alexander alexandre andrei andrey anna antony anthony boris charles david dmitry donald elena emmanuel
    george hassan hakan ibrahim ivan james john joseph kamala maria mark michael mikhail mohammed muhammad
    nikolai olaf olga paul peter pierre robert sergei sergey steve thomas vladimir william ahmed ahmad ali omar
    """.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
  static let latinOrganizationWords: Set<String> = [
    "inc", "corp", "corporation", "ltd", "llc", "group", "company", "agency", "news", "bank", "university",
    "ministry", "council", "organization", "organisation", "party", "army", "forces", "front", "media", "press",
    "times", "post", "images", "tv", "energy", "oil", "gas", "petroleum", "airlines", "institute", "foundation",
    "committee", "association", "union", "network",
  ]
  static let latinLocationWords: Set<String> = [
    "city", "province", "river", "sea", "island", "islands", "valley", "lake", "mount", "mountains", "gulf",
    "bay", "county", "district", "region",
  ]
  static let latinTitles: Set<String> = [
    "mr", "mrs", "ms", "dr", "president", "minister", "general", "king", "prince", "sheikh", "spokesman",
    "spokeswoman", "ambassador", "envoy", "senator", "chairman", "chairwoman", "chancellor", "secretary", "governor",
    "mayor", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "judge", "pope",
    "queen", "emir", "sultan", "commander", "spokesperson", "premier", "lord", "baroness", "sir", "dame",
  ]
  /// Capitalized words that open sentences or headings and are not names.
  static let latinStopwords: Set<String> = [
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "i", "we", "you",
    "he", "she", "it", "they", "this", "that", "these", "those", "thanks", "thank", "again", "cool", "contact",
    "us", "credit", "read", "more", "share", "home", "about", "news", "photo", "source", "copyright", "all",
    "rights", "reserved", "but", "if", "as", "is", "was", "after", "before", "when", "while", "said", "says",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  ]

  /// The token hashes of `latinStopwords` and `latinTitles`: a token whose hash is not there
  /// is no such word, and is not folded into a string to be looked up.
  private static let latinStopwordHashes = HashProbeTable(
    Dictionary(uniqueKeysWithValues: latinStopwords.map { (TokenizedText.hash($0.unicodeScalars.map(\.value)), 1) }))
  private static let latinTitleHashes = HashProbeTable(
    Dictionary(uniqueKeysWithValues: latinTitles.map { (TokenizedText.hash($0.unicodeScalars.map(\.value)), 1) }))

  /// Whether the token, folded, is one of `latinStopwords`.
  static func isLatinStopword(_ position: Int, in text: TokenizedText) -> Bool {
    latinStopwordHashes[text.tokens[position].hash] != nil && latinStopwords.contains(text.foldedString(position))
  }

  /// Whether the token, folded, is one of `latinTitles`.
  static func isLatinTitle(_ position: Int, in text: TokenizedText) -> Bool {
    latinTitleHashes[text.tokens[position].hash] != nil && latinTitles.contains(text.foldedString(position))
  }

  static let pluralTitles: Set<String> = Set(
    [
      "وزيري", "الوزيرين", "وزراء", "الوزراء", "الرئيسان", "الرئيسين", "رؤساء", "الرؤساء", "وزيرا", "المسؤولين",
      "المسؤولون",
    ]
    .flatMap { word in ["", "و", "ف", "ب", "ل"].map { NameFolding.fold($0 + word) } })

  /// The token hashes of `pluralTitles`: a title token whose hash is not here is no plural
  /// title, and is not folded again to be looked up.
  private static let pluralTitleHashes = Set(pluralTitles.map { TokenizedText.hash($0.unicodeScalars.map(\.value)) })

  func find(in text: TokenizedText, covered: [Bool]) -> [LinkedMention] {
    var mentions: [LinkedMention] = []
    var taken = covered
    findAfterTitles(in: text, taken: &taken, into: &mentions)
    findQuotedOrganizations(in: text, taken: &taken, into: &mentions)
    findLatinCapitals(in: text, taken: &taken, into: &mentions, types: nil)
    return mentions
  }

  /// Whether the token can be a word of a person's name after a title: Arabic, not a cue or
  /// function word, not an adverb in the accusative; the first word also not a verb or a word
  /// with the article.
  func isNameWord(_ position: Int, in text: TokenizedText, first: Bool) -> Bool {
    let token = text.tokens[position]
    guard !token.isLatin else { return false }
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 2, !scalars.contains(where: { $0 >= 0x0660 && $0 <= 0x0669 || $0 < 0x80 }) else {
      return false
    }
    if cues.contains(cues.stopwords, token: position, in: text)
      && !Self.isAliSpelledWithYeh(position, in: text, first: first)
      || cues.contains(cues.titles, token: position, in: text)
      || cues.contains(cues.organizationCues, token: position, in: text)
      || cues.contains(cues.locationCues, token: position, in: text)
      // An organization's or a meeting's head word (افتتح الرئيس أعمال مؤتمر الحوار الوطني) is
      // no person's name.
      || AliasIndex.cliticVariants(of: position, in: text).contains(where: EntityLinker.organizationHeads.contains)
    {
      return false
    }
    // Common words that follow a title in encyclopedic text and are never a name (قائد ثورة
    // العشرين, الأمير ثلاثة مرات, الملك خالد عام 1980): a set lookup only after a title.
    if AliasIndex.cliticVariants(of: position, in: text).contains(where: NonNameWords.wordsAfterTitles.contains) {
      return false
    }
    // Tanween fath (اتصالاً هاتفياً، رسمياً) marks an indefinite accusative noun or adverb,
    // never a name: "تلقى الرئيس اتصالاً هاتفياً" has no person after the title.
    if text.originalText(of: position).unicodeScalars.contains(where: { $0.value == 0x064B }) { return false }
    if first {
      if CueWords.hasArticle(position, in: text) { return false }
      // After a title phrase, و or ف opens a new clause (وناقشا، فقال) far more often than a
      // name (وليد): precision first.
      if (scalars.first == 0x0648 || scalars.first == 0x0641) && scalars.count >= 4 { return false }
      // A present-tense verb (يلتقي، يزور) is the usual word after a title that is not a name.
      if scalars.first == 0x064A && scalars.count >= 4 { return false }
      // A noun with a possessive ـها (برنامجها، مشاريعها) is the title's object; short names
      // ending so (مها) have fewer than five letters.
      if scalars.count >= 5, scalars.last == 0x0627, scalars[scalars.endIndex - 2] == 0x0647 { return false }
    }
    return true
  }

  /// "علي" written with a dotted yeh is the name Ali; folding makes it the preposition على
  /// (written with alif maqsura), a function word. After a title the spelling decides:
  /// "وزير الخارجية السوداني علي الصادق".
  /// Only a text that writes the preposition or another such function word (إلى، حتى) with
  /// alif maqsura somewhere, and none of them with a yeh (إلي، حتي), tells the two apart; and a
  /// noun of a set phrase after it (علي هامش الاجتماع، علي الأقل) keeps it a preposition.
  static func isAliSpelledWithYeh(_ position: Int, in text: TokenizedText, first: Bool) -> Bool {
    guard text.originalText(of: position) == "\u{0639}\u{0644}\u{064A}" else { return false }
    let next = position + 1
    // Opening a name, a family name with the article follows it (علي الصادق); a bare noun (علي
    // دعم) is the preposition's object in a text that writes على both ways. Inside a name (مهند
    // علي) the words before have opened it.
    if first {
      guard next < text.tokens.count, !text.tokens[next].isLatin, CueWords.hasArticle(next, in: text),
        !prepositionObjects.contains(text.tokens[next].hash)
      else { return false }
    }
    let hash = text.tokens[position].hash
    var writesAlifMaqsura = false
    for other in text.tokens.indices {
      let otherHash = text.tokens[other].hash
      if otherHash == hash {
        if text.originalText(of: other) == "\u{0639}\u{0644}\u{0649}" { writesAlifMaqsura = true }
      } else if maqsuraFunctionWords.contains(otherHash) {
        // إلي، حتي: a text that writes these with a yeh writes على so too, now and then. One
        // that writes them with alif maqsura (إلى) tells the letters apart as well as على does,
        // in a story where على itself does not occur.
        if text.originalText(of: other).unicodeScalars.last == "\u{064A}" { return false }
        writesAlifMaqsura = true
      }
    }
    return writesAlifMaqsura
  }

  /// Function words ending in alif maqsura (إلى، حتى، لدى), folded: a text that writes one
  /// with a yeh does not keep علي for the name.
  private static let maqsuraFunctionWords = NonNameWords.hashes("إلى الى حتى لدى متى")

  /// Nouns that follow the preposition على in set phrases (على هامش، على الأقل، على صعيد).
  private static let prepositionObjects = NonNameWords.hashes(
    """
    هامش رأس صعيد خلفية ضرورة أهمية حساب عكس غرار مستوى أساس عدم وجه الرغم الأقل أن ان ضوء إثر اثر خلاف
    مدى طول متن نحو قدم يد لسان حد الفور الإطلاق الاطلاق الصعيد المستوى الحدود الأرض الارض
    """)

  /// Two words after a title that both end in ة (folded ه) with no article: a feminine noun and
  /// its adjective ("أعلن رئيس البلدية خطة جديدة للنقل"), the title's object, not a name.
  private func isNounWithAdjective(_ position: Int, in text: TokenizedText) -> Bool {
    let first = text.foldedScalars(position)
    guard first.last == 0x0647, position + 1 < text.tokens.count else { return false }
    return text.foldedScalars(position + 1).last == 0x0647
  }

  func findAfterTitles(in text: TokenizedText, taken: inout [Bool], into mentions: inout [LinkedMention]) {
    let count = text.tokens.count
    var position = 0
    while position < count {
      // A dual or plural title (وزيري، الرئيسان) introduces a list of people, not one name.
      guard !taken[position], cues.contains(cues.titles, token: position, in: text), !text.tokens[position].isLatin,
        !Self.pluralTitleHashes.contains(text.tokens[position].hash)
          || !Self.pluralTitles.contains(NameFolding.fold(text.originalText(of: position)))
      else {
        position += 1
        continue
      }
      let titleStart = position
      var cursor = position + 1
      while cursor < count, !taken[cursor], text.tokens[cursor].looselyJoinsPrevious,
        CueWords.hasArticle(cursor, in: text) || cues.contains(cues.titleLinks, token: cursor, in: text)
          || cues.contains(cues.titles, token: cursor, in: text)
      {
        cursor += 1
      }
      var end = cursor
      while end < count, end - cursor < 3, !taken[end], text.tokens[end].looselyJoinsPrevious,
        isNameWord(end, in: text, first: end == cursor),
        // A preposition, a verbal noun or a future verb opens the title's clause, not a name.
        !TitleClauseWords.endsNameAfterTitle(end, in: text)
      {
        end += 1
      }
      if end - cursor >= 2, !isNounWithAdjective(cursor, in: text) {
        let title = CueWords.withoutProclitics(text.originalText(tokens: titleStart, cursor))
        mentions.append(
          nilMention(text, cursor, end, type: "PERSON", evidence: "nil:title", title: title, confidence: 0.5))
        for token in cursor..<end { taken[token] = true }
      }
      position = max(end, position + 1)
    }
  }

  private func findQuotedOrganizations(
    in text: TokenizedText, taken: inout [Bool], into mentions: inout [LinkedMention]
  ) {
    let count = text.tokens.count
    for position in 0..<count where !taken[position] && cues.contains(cues.organizationCues, token: position, in: text)
    {
      let first = position + 1
      guard first < count, !taken[first], TokenizedText.isQuote(text.tokens[first].scalarBefore),
        text.tokens[first].looselyJoinsPrevious
      else { continue }
      var end = first + 1
      while end < count, end - first < 4, text.tokens[end].joinsPrevious, !taken[end] { end += 1 }
      // The quote must close right after the name.
      let closing = end < count ? text.tokens[end].scalarBefore : 0
      guard TokenizedText.isQuote(closing) || end == count else { continue }
      mentions.append(
        nilMention(text, first, end, type: "ORGANIZATION", evidence: "nil:quote", title: nil, confidence: 0.4))
      for token in first..<end { taken[token] = true }
    }
  }

  func findLatinCapitals(
    in text: TokenizedText, taken: inout [Bool], into mentions: inout [LinkedMention], types: Set<String>?
  ) {
    // `types` keeps only the runs given one of these types (nil keeps all).
    let count = text.tokens.count
    var position = 0
    while position < count {
      let token = text.tokens[position]
      guard !taken[position], token.isLatin, token.startsUppercase else {
        position += 1
        continue
      }
      var end = position + 1
      while end < count, !taken[end], text.tokens[end].isLatin, text.tokens[end].startsUppercase,
        text.tokens[end].joinsPrevious
      {
        end += 1
      }
      defer { position = end }
      // A name here is two words or more: a lone capitalized word (most runs, a sentence's
      // first word) is not folded into strings to be looked up.
      guard end - position >= 2 else { continue }
      var first = position
      let words = (position..<end).map { text.foldedString($0) }
      // Drop leading stopwords and titles, remembering a title as evidence of a person.
      var hasTitle = false
      while first < end,
        Self.latinStopwords.contains(words[first - position]) || Self.latinTitles.contains(words[first - position])
      {
        if Self.latinTitles.contains(words[first - position]) { hasTitle = true }
        first += 1
      }
      let sentenceStart = first == position && isSentenceStart(text.tokens[position].scalarBefore)
      let kept = Array(words[(first - position)...])
      guard kept.count >= 2, !(sentenceStart && kept.count < 3 && !hasTitle),
        kept.contains(where: { !Self.latinStopwords.contains($0) }), kept.allSatisfy({ $0.count >= 2 })
      else { continue }
      let type: String
      if let last = kept.last, Self.latinOrganizationWords.contains(last) {
        type = "ORGANIZATION"
      } else if let last = kept.last, let head = kept.first,
        Self.latinLocationWords.contains(last) || Self.latinLocationWords.contains(head)
      {
        type = "LOCATION"
      } else if hasTitle || Self.latinGivenNames.contains(kept[0]) {
        type = "PERSON"
      } else {
        type = "MISC"
      }
      if let types, !types.contains(type) { continue }
      let title = hasTitle && type == "PERSON" ? text.originalText(tokens: position, first) : nil
      mentions.append(
        nilMention(text, first, end, type: type, evidence: "nil:latin-capitals", title: title, confidence: 0.3))
      for token in first..<end { taken[token] = true }
    }
  }

  private func isSentenceStart(_ scalar: UInt32) -> Bool {
    scalar == 0 || scalar == 0x2E || scalar == 0x21 || scalar == 0x3F || scalar == 0x0A || scalar == 0x0D
      || scalar == 0x061F || scalar == 0x7C
  }

  private func nilMention(
    _ text: TokenizedText, _ first: Int, _ end: Int, type: String, evidence: String, title: String?,
    confidence: Double
  ) -> LinkedMention {
    let name = (first..<end).map { text.foldedString($0) }.joined(separator: " ")
    let written = text.originalText(tokens: first, end)
    return LinkedMention(
      start: Int(text.tokens[first].start), end: Int(text.tokens[end - 1].end), label: type,
      id: Self.clusterID(name: name, type: type), nameEnglish: text.tokens[first].isLatin ? written : "",
      nameArabic: text.tokens[first].isLatin ? "" : written, confidence: confidence, evidence: [evidence], title: title,
      isNil: true)
  }

  /// `nil:` and the first 12 hex digits of a hash of the type and the folded name: stable across
  /// documents and runs.
  static func clusterID(name: String, type: String) -> String {
    // The hash of "TYPE|name", and its first 12 of 16 hex digits (zero-padded, lower case)
    // written straight into the id: joining the strings and padding the hex made five strings.
    var hash = TokenizedText.fnvOffset
    for value in type.unicodeScalars { hash = TokenizedText.mix(hash, value.value) }
    hash = TokenizedText.mix(hash, 0x7C)
    for value in name.unicodeScalars { hash = TokenizedText.mix(hash, value.value) }
    return String(unsafeUninitializedCapacity: 16) { bytes in
      for (index, byte) in "nil:".utf8.enumerated() { bytes[index] = byte }
      for digit in 0..<12 {
        let nibble = UInt8(truncatingIfNeeded: hash >> UInt64(60 - 4 * digit)) & 0xF
        bytes[4 + digit] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
      }
      return 16
    }
  }
}
