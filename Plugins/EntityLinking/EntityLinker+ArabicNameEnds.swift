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
    var nationalities = Set<Int>()
    for occurrence in occurrences where occurrence.match.endToken == occurrence.match.firstToken + 1 {
      if index.lists[Int(occurrence.match.list)].contains(where: { $0.kind == .demonym }) {
        nationalities.insert(occurrence.match.firstToken)
      }
    }
    guard !nationalities.isEmpty else { return mentions }
    let taken = takenTokens(mentions, in: text)
    return mentions.map { mention in
      guard mention.label == "ORGANIZATION", let (first, last) = tokenRange(of: mention, in: text),
        !text.tokens[first].isLatin, nationalities.contains(last + 1), !taken[last + 1],
        !text.tokens[last + 1].joinsPrevious,
        Int(text.tokens[last + 1].start) == mention.end + 1,
        AliasIndex.cliticVariants(of: first, in: text).contains(where: {
          Self.organizationHeads.contains($0) || Self.definiteOrganizationHeads.contains($0)
        })
      else { return mention }
      return renamed(mention, end: Int(text.tokens[last + 1].end), in: text)
    }
  }

  /// Arabic persons the tagger ran on into a plural noun with the article: "أبلغ نجيب ميقاتي
  /// الشركات" is ميقاتي and the companies. A name's last word seldom is a feminine plural
  /// (ـات) or a plural nisba (ـيين) with the article; such a word closing a NIL person of two
  /// words or more is cut.
  func arabicPersonsWithoutTrailingPlural(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    mentions.map { mention in
      guard mention.label == "PERSON", mention.isNil, let (first, last) = tokenRange(of: mention, in: text),
        last > first, !text.tokens[last].isLatin, Self.isDefinitePlural(text.foldedScalars(last))
      else { return mention }
      return renamed(mention, end: Int(text.tokens[last - 1].end), in: text)
    }
  }

  private static func isDefinitePlural(_ word: ArraySlice<UInt32>) -> Bool {
    guard word.count >= 6, word[word.startIndex] == 0x0627, word[word.startIndex + 1] == 0x0644 else { return false }
    let end = word.endIndex
    if word[end - 2] == 0x0627 && word[end - 1] == 0x062A { return true }  // ـات
    return word[end - 3] == 0x064A && word[end - 2] == 0x064A && word[end - 1] == 0x0646  // ـيين
  }

  /// The mention with a new end: a NIL name's written form and cluster id follow its words; a
  /// linked one keeps its entity.
  private func renamed(_ mention: LinkedMention, end: Int, in text: TokenizedText) -> LinkedMention {
    var changed = mention
    changed.end = end
    guard mention.isNil else { return changed }
    let written = text.text(scalarsFrom: changed.start, to: changed.end)
    let name = PartialNameCoreference.words(of: written).joined(separator: " ")
    changed.nameArabic = written
    changed.id = NilMentionFinder.clusterID(name: name, type: changed.label)
    return changed
  }

  /// The first and last tokens of a mention, when its ends fall on token ends.
  private func tokenRange(of mention: LinkedMention, in text: TokenizedText) -> (Int, Int)? {
    var low = 0
    var high = text.tokens.count
    while low < high {
      let middle = (low + high) / 2
      if Int(text.tokens[middle].end) <= mention.start { low = middle + 1 } else { high = middle }
    }
    guard low < text.tokens.count, Int(text.tokens[low].start) == mention.start else { return nil }
    var last = low
    while last + 1 < text.tokens.count, Int(text.tokens[last + 1].start) < mention.end { last += 1 }
    guard Int(text.tokens[last].end) == mention.end else { return nil }
    return (low, last)
  }

  /// Heads with the article, whose name a nationality closes (البنك المركزي المصري, الشرطة
  /// العراقية, الخطوط الجوية القطرية); the heads without it are `organizationHeads`.
  private static let definiteOrganizationHeads = NonNameWords.hashes(
    """
    البنك المصرف الوزارة المجلس الحزب الاتحاد الجيش الشرطة المخابرات الاستخبارات الخطوط الحرس القوات
    الهيئة المؤسسة الشركة اللجنة المحكمة الوكالة البورصة الأمن الامن الجامعة الاحتياطي المفوضية الرئاسة
    """)
}
