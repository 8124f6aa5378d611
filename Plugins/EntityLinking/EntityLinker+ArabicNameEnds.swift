extension EntityLinker {
  /// Arabic organizations whose name goes on with a nationality adjective: وزارة الخارجية
  /// الأمريكية, البنك المركزي المصري, الشرطة العراقية. After an organization's head word (with
  /// or without the article) the nisba that follows right after the name is part of it, as
  /// WikiFANE and Arabic newswire gold mark such names; the tagger and the knowledge base often
  /// stop before it. The adjective must be a nationality the knowledge base knows (an
  /// occurrence of a demonym alone) and free of other mentions.
  func arabicOrganizationsWithNationality(
    _ mentions: [LinkedMention], in text: TokenizedText, occurrences: [Occurrence]
  ) -> [LinkedMention] {
    guard
      occurrences.contains(where: { occurrence in
        index.lists[Int(occurrence.match.list)].contains { $0.kind == .demonym }
      })
    else { return mentions }
    // The tokens of the mentions as given, marked only once an organization has passed the
    // other checks; the mentions are changed in place (a copy of each into a new array retained
    // its strings).
    var taken: [Bool]?
    var result = mentions
    for index in mentions.indices where mentions[index].label == "ORGANIZATION" {
      let mention = mentions[index]
      guard let (first, last) = tokenRange(of: mention, in: text),
        !text.tokens[first].isLatin, last + 1 < text.tokens.count,
        Int(text.tokens[last + 1].start) == mention.end + 1,
        let country = nationality(at: last + 1, in: text),
        AliasIndex.cliticVariants(of: first, in: text).contains(where: {
          Self.organizationHeads.contains($0) || Self.definiteOrganizationHeads.contains($0)
        })
      else { continue }
      if taken == nil { taken = takenTokens(mentions, in: text) }
      guard !taken![last + 1] else { continue }
      // A linked organization of another country is another body: مجلس الأمن الروسي is not
      // the UN Security Council, حزب الله العراقي not the Lebanese party.
      let related = mention.isNil ? [] : knowledgeBase[mention.id]?.related ?? []
      if !mention.isNil && !related.contains(country) {
        result[index] = renamed(mention, end: Int(text.tokens[last + 1].end), in: text, asNil: true)
        continue
      }
      // Kept as the rule stood at stage version 18: a nationality a plain space sets off is
      // left out of the name (قناة العين الإماراتية stays قناة العين, as the seed gold marks it).
      guard !text.tokens[last + 1].joinsPrevious else { continue }
      result[index] = renamed(mention, end: Int(text.tokens[last + 1].end), in: text)
    }
    return result
  }

  /// Arabic persons the tagger ran on into a plural noun with the article: "أبلغ نجيب ميقاتي
  /// الشركات" is ميقاتي and the companies. A feminine plural (ـات) or plural nisba (ـيين) with
  /// the article closing a NIL person of two words or more is cut when it is a common plural
  /// news uses as an object (الشركات, السلطات) or an adjective with the article follows it
  /// (الشركات المتعاقدة); surnames of the same shape (السادات, الزيات, الفلاحات) stay.
  func arabicPersonsWithoutTrailingPlural(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Changed in place: a copy of every mention into a new array retained its strings.
    var result = mentions
    for index in mentions.indices where mentions[index].isNil && mentions[index].label == "PERSON" {
      guard let (first, last) = tokenRange(of: mentions[index], in: text),
        last > first, !text.tokens[last].isLatin, Self.isDefinitePlural(text.foldedScalars(last)),
        Self.commonPlurals.contains(text.tokens[last].hash) || isObjectContext(after: last, in: text)
      else { continue }
      result[index] = renamed(mentions[index], end: Int(text.tokens[last - 1].end), in: text)
    }
    return result
  }

  /// An Arabic word with the article right after the token, one that is neither a relative
  /// pronoun (الذي, التي) nor a name the tagger marked: a plural followed by its adjective.
  private func isObjectContext(after position: Int, in text: TokenizedText) -> Bool {
    let next = position + 1
    guard next < text.tokens.count, !text.tokens[next].isLatin,
      Int(text.tokens[next].start) == Int(text.tokens[position].end) + 1,
      CueWords.hasArticle(next, in: text), !Self.relativePronouns.contains(text.tokens[next].hash)
    else { return false }
    let word = text.foldedScalars(next)
    // The adjective of a plural of things is feminine (المتعاقدة, المحلية) or a plural itself.
    guard let last = word.last else { return false }
    return last == 0x0647 || (word.count >= 2 && last == 0x062A && word[word.endIndex - 2] == 0x0627)
  }

  /// Plurals with the article that news puts right after a name as the verb's object.
  private static let commonPlurals = NonNameWords.hashes(
    """
    الشركات السلطات الجهات القوات المنظمات الحكومات المؤسسات الولايات الوزارات الهيئات
    المفاوضات الانتخابات المساعدات العقوبات الاتهامات التقارير المعلومات التحقيقات الإجراءات الاجراءات
    الفلسطينيين المصريين الأمريكيين الامريكيين الإسرائيليين الاسرائيليين العراقيين اللبنانيين السوريين
    المواطنين المسؤولين المسلحين المتظاهرين الصحفيين الصحافيين اللاجئين
    """)

  private static let relativePronouns = NonNameWords.hashes("الذي التي الذين اللذين اللتين اللاتي")

  private static func isDefinitePlural(_ word: ArraySlice<UInt32>) -> Bool {
    guard word.count >= 6, word[word.startIndex] == 0x0627, word[word.startIndex + 1] == 0x0644 else { return false }
    let end = word.endIndex
    if word[end - 2] == 0x0627 && word[end - 1] == 0x062A { return true }  // ـات
    return word[end - 3] == 0x064A && word[end - 2] == 0x064A && word[end - 1] == 0x0646  // ـيين
  }

  /// The mention with a new end: a NIL name's written form and cluster id follow its words; a
  /// linked one keeps its entity.
  private func renamed(_ mention: LinkedMention, end: Int, in text: TokenizedText, asNil: Bool = false)
    -> LinkedMention
  {
    var changed = mention
    changed.end = end
    guard mention.isNil || asNil else { return changed }
    if asNil {
      changed = LinkedMention(
        start: mention.start, end: end, label: mention.label, id: "", nameEnglish: "", nameArabic: "",
        confidence: 0.5, evidence: ["nil:nationality"], title: mention.title, isNil: true)
    }
    let written = text.text(scalarsFrom: changed.start, to: changed.end)
    let name = PartialNameCoreference.words(of: written).joined(separator: " ")
    changed.nameArabic = written
    changed.id = NilMentionFinder.clusterID(name: name, type: changed.label)
    return changed
  }

  /// The first and last tokens of a mention, when its ends fall on token ends.
  private func tokenRange(of mention: LinkedMention, in text: TokenizedText) -> (Int, Int)? {
    let range = text.tokens(within: mention.start, mention.end)
    guard let first = range.first, let last = range.last, Int(text.tokens[first].start) == mention.start,
      Int(text.tokens[last].end) == mention.end
    else { return nil }
    return (first, last)
  }

  /// Heads with the article, whose name a nationality closes (البنك المركزي المصري, الشرطة
  /// العراقية, الخطوط الجوية القطرية); the heads without it are `organizationHeads`.
  private static let definiteOrganizationHeads = NonNameWords.hashes(
    """
    البنك المصرف الوزارة المجلس الحزب الاتحاد الجيش الشرطة المخابرات الاستخبارات الخطوط الحرس القوات
    الهيئة المؤسسة الشركة اللجنة المحكمة الوكالة البورصة الأمن الامن الجامعة الاحتياطي المفوضية الرئاسة
    """)
}
