extension EntityLinker {
  /// A one- or two-word person right after a nationality adjective with the article (وسجل
  /// البرازيلي مالكوم، المهاجم الفرنسي مبابي، التونسية أنس، الكونغولي غي مبينزا): sports and news name foreign players and envoys
  /// so, and the tagger, which has not seen the name, misses it. Read from the knowledge base's
  /// demonym occurrences only (no pass over the text). The nisba must not describe a noun
  /// before it (الجيش المصري) other than a title or a role (المهاجم، الكاتب), the word after it
  /// must be name-shaped and free, and the word after that (or, for a two-word name, the word
  /// after the second, itself name-shaped and no goal noun) must end the name: punctuation, a
  /// function word, a word with the article, a number or a goal noun. A verb's object after
  /// its subject's nisba (ووقع السعودي اتفاقية، عقدا، ضيوفه) is no name: see `isObjectShaped`.
  /// After a verb, a feminine nisba (وقالت الأمريكية أمازون) introduces a company far more often
  /// than a woman: it is taken only after a verb of winning or losing. The person is NIL
  /// (`nil:after-nationality`); a later mention of the same word joins it.
  func findPersonsAfterNationality(
    in text: TokenizedText, occurrences: [Occurrence], finder: NilMentionFinder, taken: inout [Bool],
    into mentions: inout [LinkedMention]
  ) {
    for occurrence in occurrences where occurrence.match.endToken == occurrence.match.firstToken + 1 {
      let nisba = occurrence.match.firstToken
      let name = nisba + 1
      guard name < text.tokens.count, !taken[name], text.tokens[name].joinsPrevious, !text.tokens[nisba].isLatin,
        CueWords.hasArticle(nisba, in: text), Self.isSingularNisba(text.foldedScalars(nisba)),
        index.lists[Int(occurrence.match.list)].contains(where: { $0.kind == .demonym }),
        finder.isNameWord(name, in: text, first: true) || isForeignNameWithFa(name, in: text, finder: finder),
        !Self.isRelationNoun(name, in: text),
        !Self.isObjectShaped(text.foldedScalars(name)) || Self.isForeignNameEndingInYeh(name, in: text),
        opensAfterNationality(nisba, in: text)
      else { continue }
      var end = name + 1
      if !endsNameAfterNationality(name, in: text) {
        // A given name and a family name (الكونغولي غي مبينزا الثاني): the second word is
        // name-shaped, no goal noun or object, and the word after it ends the name.
        let family = name + 1
        guard family < text.tokens.count, !taken[family], finder.isNameWord(family, in: text, first: true),
          !Self.isObjectShaped(text.foldedScalars(family)), !Self.isRelationNoun(family, in: text),
          !AliasIndex.cliticVariants(of: family, in: text).contains(where: Self.scorerGoalNouns.contains),
          endsNameAfterNationality(family, in: text)
        else { continue }
        end = family + 1
      }
      for token in name..<end { taken[token] = true }
      mentions.append(nilMention(tokens: name..<end, type: "PERSON", evidence: "nil:after-nationality", in: text))
    }
  }

  /// The nisba is no adjective of a plain noun: it opens its clause (not after a dash), follows a verb
  /// (وسجل البرازيلي), or follows a title or a role noun. A feminine nisba needs a title, a role
  /// noun or a verb of winning or losing before it (وفازت التونسية أنس), not any verb (وأعلنت
  /// اليابانية نيسان is a company).
  func opensAfterNationality(_ nisba: Int, in text: TokenizedText) -> Bool {
    let before = nisba - 1
    // A nisba joined to another by a dash is an adjective pair (العلاقات الروسية–السورية).
    if [0x2D, 0x2013, 0x2014].contains(text.tokens[nisba].scalarBefore) { return false }
    let feminine = text.folded[Int(text.tokens[nisba].foldedEnd) - 1] == 0x0647
    guard before >= 0, text.tokens[nisba].joinsPrevious else { return !feminine }
    if text.tokens[before].isLatin { return false }
    if !CueWords.hasArticle(before, in: text) {
      // A word without the article is taken as the verb whose subject the nisba opens; a
      // function word (إن، على، مع) is none.
      if cues.contains(cues.stopwords, token: before, in: text) { return false }
      return !feminine || AliasIndex.cliticVariants(of: before, in: text).contains(where: Self.winningVerbs.contains)
    }
    return isTitle(before, in: text)
      || AliasIndex.cliticVariants(of: before, in: text).contains(where: Self.roleNouns.contains)
  }

  /// Whether the folded word has the shape of a common noun rather than a name: a feminine
  /// ending ة (folded ه, which also covers the pronoun ـه: ضيوفه), an attached pronoun (ـها،
  /// ـهم، ـهما، ـهن), or the alif of the indefinite accusative (عقدا، هدفا) on a stem with no
  /// long vowel after its first letter. Foreign names ending in ا keep one (ساكا، بوغبا،
  /// موراتا).
  static func isObjectShaped(_ word: ArraySlice<UInt32>) -> Bool {
    guard let last = word.last, word.count >= 3 else { return false }
    if last == 0x0647 { return true }
    let beforeLast = word[word.endIndex - 2]
    if beforeLast == 0x0647 && (last == 0x0627 || last == 0x0645 || last == 0x0646) { return true }
    if word.count >= 4 && word[word.endIndex - 3] == 0x0647 && beforeLast == 0x0645 && last == 0x0627 { return true }
    guard last == 0x0627 else { return false }
    return !word[(word.startIndex + 1)..<(word.endIndex - 1)].contains(where: {
      $0 == 0x0627 || $0 == 0x0648 || $0 == 0x064A
    })
  }

  /// A transliterated name opening with ف and a long vowel (فيوليه، فيرمينو، فالفيردي): the
  /// name test takes a word with ف or و as a clause's conjunction, but right after a nisba a
  /// long vowel after the ف says the letter is the name's own.
  private func isForeignNameWithFa(_ position: Int, in text: TokenizedText, finder: NilMentionFinder) -> Bool {
    let word = text.foldedScalars(position)
    guard word.count >= 5, word[word.startIndex] == 0x0641,
      [0x064A, 0x0648, 0x0627].contains(word[word.startIndex + 1]), !CueWords.hasArticle(position, in: text)
    else { return false }
    return finder.isNameWord(position, in: text, first: false)
  }

  /// A transliterated name written with a final ـيه (a French ‑et or ‑é: فيوليه، ماتيه): the
  /// letter is ه, not the ة of a feminine noun, on a stem that is no participle (م‑) and no
  /// active-participle plural with its pronoun (لاعبيه، منافسيه). Read from the folded word
  /// first, then one byte of the source.
  static func isForeignNameEndingInYeh(_ position: Int, in text: TokenizedText) -> Bool {
    let word = text.foldedScalars(position)
    guard word.count >= 5, word.last == 0x0647, word[word.endIndex - 2] == 0x064A,
      word[word.startIndex] != 0x0645, word[word.startIndex + 1] != 0x0627
    else { return false }
    // ه is U+0647 (bytes D9 87), ة is U+0629 (D8 A9): the last byte tells them apart.
    let utf8 = text.source.utf8
    return utf8[utf8.index(utf8.startIndex, offsetBy: Int(text.tokens[position].byteEnd) - 1)] == 0x87
  }

  /// The word after the one-word name closes it.
  func endsNameAfterNationality(_ name: Int, in text: TokenizedText) -> Bool {
    let next = name + 1
    guard next < text.tokens.count, text.tokens[next].joinsPrevious else { return true }
    let token = text.tokens[next]
    if token.isLatin { return false }
    let first = text.folded[Int(token.foldedStart)]
    if (0x30...0x39).contains(first) || (0x0660...0x0669).contains(first) { return true }
    return CueWords.hasArticle(next, in: text) || cues.contains(cues.stopwords, token: next, in: text)
      || AliasIndex.cliticVariants(of: next, in: text).contains(where: Self.scorerGoalNouns.contains)
  }

  /// Roles before a nationality and a name (المهاجم البرازيلي، الروائي المصري).
  private static let roleNouns = NonNameWords.hashes(
    """
    المهاجم المدافع اللاعب اللاعبة الحارس الجناح النجم النجمة المدرب الظهير الدولي الملاكم العداء العداءة
    السباح البطل البطلة الحكم الكاتب الكاتبة الروائي الروائية الفنان الفنانة المطرب المطربة الممثل الممثلة
    المخرج الشاعر الصحفي الصحافي الصحفية الباحث المحلل الناشط الناشطة المبعوث المصنف المصنفة
    """)

  /// Verbs of winning and losing before a sportswoman's feminine nisba (وفازت التونسية أنس); a
  /// company is said, announced or signed after one, not won.
  private static let winningVerbs = NonNameWords.hashes(
    "فازت تفوقت تغلبت تأهلت توجت خسرت أحرزت ودعت خرجت أقصت انسحبت سيطرت فشلت نجحت")

  /// Goal nouns after a scorer's name (سجل البرازيلي مالكوم هدفين).
  static let scorerGoalNouns = NonNameWords.hashes("هدفا هدفين هدف أهداف ثلاثية ثنائية")
}
