extension EntityLinker {
  /// Arabic persons the tagger ran on into an ordinal adjective: "قبل أن يضيف فلان فلاني
  /// الثاني" is the scorer and the second goal, not a person named so. A NIL person of two words
  /// or more whose last word is an ordinal (الأول، الثاني ... العاشر) loses it, unless a royal or
  /// papal title stands right before the name (الملك عبد الله الثاني، البابا بولس السادس), where
  /// the ordinal is the regnal number, or the name before the ordinal is one given name written
  /// in two words (عبد الحميد الثاني، نور الدين الأول): a scorer is named by given name and
  /// surname, a ruler by his given name alone. A person the knowledge base links keeps its span:
  /// its alias holds the number.
  func arabicPersonsWithoutTrailingOrdinal(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Changed in place: a copy of every mention into a new array retained its strings.
    var result = mentions
    for index in mentions.indices where mentions[index].isNil && mentions[index].label == "PERSON" {
      let mention = mentions[index]
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 3, let last = tokens.last, Int(text.tokens[last].end) == mention.end,
        !text.tokens[last].isLatin, Self.ordinalAdjectives.contains(text.tokens[last].hash),
        !Self.hasRegnalTitle(before: tokens.lowerBound, in: text),
        !(tokens.count == 3 && Self.isTwoWordGivenName(tokens.lowerBound, in: text))
      else { continue }
      var trimmed = mention
      trimmed.end = Int(text.tokens[last - 1].end)
      let written = text.text(scalarsFrom: trimmed.start, to: trimmed.end)
      trimmed.nameArabic = written
      trimmed.id = NilMentionFinder.clusterID(
        name: PartialNameCoreference.words(of: written).joined(separator: " "), type: "PERSON")
      trimmed.evidence.append("nil:without-ordinal")
      result[index] = trimmed
    }
    return result
  }

  /// Whether a royal or papal title (with or without و, ف or a preposition) stands right before
  /// the name's first token.
  private static func hasRegnalTitle(before first: Int, in text: TokenizedText) -> Bool {
    first > 0 && isWord(first - 1, in: regnalTitles, text)
  }

  /// Whether the token and the next are one given name: عبد with the name of God after it
  /// (عبد الحميد، عبد العزيز), or a name ending in الدين (نور الدين، صلاح الدين).
  private static func isTwoWordGivenName(_ first: Int, in text: TokenizedText) -> Bool {
    isWord(first, in: givenNameFirstWords, text) || isWord(first + 1, in: givenNameSecondWords, text)
  }

  private static let givenNameFirstWords = NonNameWords.hashes("عبد")
  private static let givenNameSecondWords = NonNameWords.hashes("الدين")

  /// Masculine ordinals with the article, the adjectives that follow a noun (الهدف الثاني).
  private static let ordinalAdjectives = NonNameWords.hashes(
    "الأول الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")

  /// Titles whose bearer's name ends with a regnal number.
  private static let regnalTitles = NonNameWords.hashes(
    """
    الملك الملكة ملك ملكة العاهل البابا بابا السلطان الإمبراطور الامبراطور الإمبراطورة القيصر الشاه الأمير الامير
    الخديوي الخديو الخليفة الدوق
    """)
}
