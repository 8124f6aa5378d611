extension EntityLinker {
  /// Arabic given names that open with ف or و (فراس، فيصل، وليد، وفاء): the clitic reader takes
  /// the letter for the conjunction when what remains begins a name too (فراس gave راس, the رأس
  /// of رأس الخيمة), and the tagger leaves such a name out before a surname it reads (وفاء بني
  /// مصطفى gave بني مصطفى). A person whose span starts one letter into such a word gets the
  /// letter back, and a NIL person right after such a whole word takes it in; the conjunction of
  /// فقال or فأكد stays outside, those words being no given names. Only persons are read.
  func arabicPersonsWithGivenNameOfConjunctionLetter(_ mentions: [LinkedMention], in text: TokenizedText)
    -> [LinkedMention]
  {
    var result = mentions
    var taken: [Bool]?
    for index in mentions.indices where mentions[index].label == "PERSON" {
      let mention = mentions[index]
      guard mention.start > 0, let first = text.tokens(within: mention.start - 1, mention.end).first,
        !text.tokens[first].isLatin
      else { continue }
      var whole = mention
      if Int(text.tokens[first].start) == mention.start - 1 {
        // The word cut one letter in starts before the mention: it is the first token from the
        // scalar before the mention's start.
        guard Self.opensWithConjunctionLetter(first, in: text),
          Self.givenNamesWithConjunctionLetter.contains(text.tokens[first].hash)
        else { continue }
        whole.start = Int(text.tokens[first].start)
      } else {
        // A whole given name right before a NIL person, in the same phrase.
        let given = first - 1
        guard mention.isNil, Int(text.tokens[first].start) == mention.start, given >= 0,
          text.tokens[first].joinsPrevious, !text.tokens[given].isLatin,
          Self.opensWithConjunctionLetter(given, in: text),
          Self.givenNamesWithConjunctionLetter.contains(text.tokens[given].hash)
        else { continue }
        if taken == nil { taken = takenTokens(mentions, in: text) }
        guard taken?[given] == false else { continue }
        whole.start = Int(text.tokens[given].start)
      }
      let written = text.text(scalarsFrom: whole.start, to: whole.end)
      whole.nameArabic = written
      if mention.isNil {
        whole.id = NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: written).joined(separator: " "), type: "PERSON")
      }
      whole.evidence.append("nil:given-name-fa")
      result[index] = whole
    }
    return result
  }

  /// Such a given name right after a title or a noun of a trade ("وأعلن الطبيب فراس النعيمات"),
  /// which neither the tagger nor the rule of names after titles read, and a name-shaped word
  /// after it: the two words are a NIL person (`nil:given-name-fa`). The given names are found
  /// by a token's hash in a set that carries its own bit filter.
  func findArabicGivenNamesOfConjunctionLetterAfterTitles(
    in text: TokenizedText, finder: NilMentionFinder, taken: inout [Bool], into mentions: inout [LinkedMention]
  ) {
    let count = text.tokens.count
    for given in 1..<max(1, count - 1) {
      let token = text.tokens[given]
      guard !token.isLatin, Self.givenNamesWithConjunctionLetter.contains(token.hash), !taken[given],
        !taken[given + 1], token.joinsPrevious, text.tokens[given + 1].joinsPrevious,
        finder.isNameWord(given + 1, in: text, first: false),
        titleBefore(given, in: text) != nil || isAfterRoleNoun(given, in: text),
        !isInstitutionNamedAfterTitle(given - 1, in: text),
        // "وقلد الرئيس وسام الاستحقاق", "وأكد الوزير ولاء الشعب": after a title these are the
        // medal and loyalty, not a given name.
        !Self.givenNamesThatAreCommonNouns.contains(token.hash)
      else { continue }
      taken[given] = true
      taken[given + 1] = true
      mentions.append(
        nilMention(tokens: given..<(given + 2), type: "PERSON", evidence: "nil:given-name-fa", in: text))
    }
  }

  /// Given names that are also common nouns of state news (وسام a medal, ولاء and وفاء loyalty).
  private static let givenNamesThatAreCommonNouns = NonNameWords.hashes("وسام ولاء وفاء")

  /// Whether the title word stands after a noun that names a place or an institution after a
  /// person (مستشفى الملك فيصل، جامعة الملك فهد، شارع الأمير فيصل): the name is then that
  /// institution's, not a person's in the story.
  private func isInstitutionNamedAfterTitle(_ title: Int, in text: TokenizedText) -> Bool {
    let before = title - 1
    guard before >= 0, text.tokens[title].joinsPrevious, !text.tokens[before].isLatin else { return false }
    return cues.contains(cues.organizationCues, token: before, in: text)
      || cues.contains(cues.locationCues, token: before, in: text)
      || AliasIndex.cliticVariants(of: before, in: text).contains(where: {
        Self.organizationHeads.contains($0) || Self.institutionsNamedAfterPersons.contains($0)
      })
  }

  /// Nouns of places and buildings named after a person (folded forms).
  private static let institutionsNamedAfterPersons = NonNameWords.hashes(
    "مستشفى مدرسة شارع جسر مسجد جامع ميدان ساحة مركز قاعة ملعب استاد ستاد مطار جائزة كأس")

  /// Whether the word opens with ف or و, the letters the clitic reader takes for a conjunction.
  private static func opensWithConjunctionLetter(_ position: Int, in text: TokenizedText) -> Bool {
    let letter = text.folded[Int(text.tokens[position].foldedStart)]
    return letter == 0x0641 || letter == 0x0648
  }

  /// Common Arabic given names opening with ف or و, as written in news (folded forms hashed).
  /// The rule of names after titles also takes these as a name's first word.
  static let givenNamesWithConjunctionLetter = NonNameWords.hashes(
    """
    فراس فارس فيصل فهد فؤاد فادي فريد فتحي فوزي فواز فايز فاضل فالح فهمي فاروق فرحان فاطمة فدوى فريدة
    فوزية فيروز فرج فخري فرات وليد وائل وفاء وسام وديع وجدي وحيد وصفي وضاح ولاء وهيب وفيق وداد وردة
    """)
}
