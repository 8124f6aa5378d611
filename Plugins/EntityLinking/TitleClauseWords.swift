/// Words that open a clause after an Arabic title, so that the words after the title are the
/// title's verb, object or adverbial and not a name: "وأعلن الرئيس فرض حالة الطوارئ",
/// "وقال الرئيس وفق الدستور", "أن الرئيس سيزور المنطقة". The title rule
/// (`NilMentionFinder.findAfterTitles`) ends its candidate at such a word.
enum TitleClauseWords {
  /// Folded hashes of prepositions and adverbs that follow a title in news (as written or after
  /// و ف ب ل). على is left out: folded it is the given name علي.
  static let prepositions = NonNameWords.hashes(
    """
    وفق وفقا طبقا خلال عبر بعد قبل الى إلى حول ضد نحو لدى عند منذ حتى دون بين أمام ضمن إثر اثر عقب جراء بشأن حيال
    إزاء وسط حاليا أيضا ايضا مجددا اليوم أمس امس غدا
    """)

  /// Folded hashes of verbal nouns of the simple verb that a title announces or orders (أعلن
  /// الرئيس فرض حالة الطوارئ) and that are no given names; the derived forms go by their
  /// shape (`hasVerbalNounShape`).
  static let simpleVerbalNouns = NonNameWords.hashes("فرض رفع وقف منع بدء فتح منح حظر")

  /// Folded hashes of given names that have the shape of a derived verbal noun (إيمان،
  /// انتصار، تيسير): the shape alone does not end a name that is one of these.
  static let givenNamesOfVerbalNounShape = NonNameWords.hashes(
    """
    إيمان ايمان إيهاب ايهاب إحسان احسان إسلام اسلام إكرام اكرام إلهام الهام إنعام انعام إيناس ايناس إقبال اقبال
    أنوار انوار أحلام احلام أسماء اسماء أنغام أفنان إيفان ايفان إسحاق اسحاق إلهان أنطوان انطوان
    انتصار ابتسام ابتهال اعتدال افتخار أرسلان ارسلان تيسير توفيق تغريد تسنيم
    """)

  /// Whether the word after a title ends a name there: a preposition or adverb, a verbal noun
  /// (of the simple verb from `simpleVerbalNouns`, of a derived verb by its shape) or a verb in
  /// the future (سيزور، ستعقد).
  static func endsNameAfterTitle(_ position: Int, in text: TokenizedText) -> Bool {
    let variants = AliasIndex.cliticVariants(of: position, in: text)
    if variants.contains(where: prepositions.contains) || variants.contains(where: simpleVerbalNouns.contains) {
      return true
    }
    let scalars = text.foldedScalars(position)
    if hasVerbalNounShape(scalars), !givenNamesOfVerbalNounShape.contains(text.tokens[position].hash) { return true }
    return isFutureVerb(position, in: text)
  }

  /// Whether the folded word has the shape of a verbal noun of the derived verb forms that
  /// name decided actions: تفعيل (تشكيل، تمديد), إفعال (إطلاق، إجراء), افتعال (اعتماد) and
  /// استفعال (استئناف). The same shapes as the date stage's test for an event after a decision
  /// verb; many given names have them too (`givenNamesOfVerbalNounShape`), and تيـ (تيتيه،
  /// تيسير) is left out, a foreign or given name far more often than a verbal noun.
  static func hasVerbalNounShape(_ scalars: ArraySlice<UInt32>) -> Bool {
    let alef: UInt32 = 0x0627
    let taa: UInt32 = 0x062A
    let letter = { (offset: Int) in scalars[scalars.startIndex + offset] }
    switch scalars.count {
    case 5:
      return (letter(0) == taa && letter(1) != 0x064A && letter(3) == 0x064A)
        || (letter(0) == alef && letter(1) != 0x0644 && letter(3) == alef)
    case 6:
      return letter(0) == alef && letter(1) != 0x0644 && letter(4) == alef
    case 7:
      return letter(0) == alef && letter(1) == 0x0633 && letter(2) == taa && letter(5) == alef
    default:
      return false
    }
  }

  /// Whether the folded word is a verb with the future prefix س before a present-tense
  /// prefix (سيزور، ستعقد، سنعمل، سأبحث). Foreign names share the shape (سيريل، سيرجي، ستيفن،
  /// ساركوزي), so only ست and سن before a consonant (ستعقد، سنعمل; ستيفن and ستانلي have a
  /// long vowel there) is a verb by its shape; the other forms must be followed by their
  /// object or a preposition (`isFollowedByObjectOrPreposition`).
  private static func isFutureVerb(_ position: Int, in text: TokenizedText) -> Bool {
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 5, scalars.count <= 7, scalars.first == 0x0633 else { return false }
    let prefix = scalars[scalars.startIndex + 1]
    let third = scalars[scalars.startIndex + 2]
    if prefix == 0x062A || prefix == 0x0646, third != 0x0627, third != 0x0648, third != 0x064A { return true }
    return (prefix == 0x064A || prefix == 0x062A || prefix == 0x0646 || prefix == 0x0627)
      && isFollowedByObjectOrPreposition(position, in: text)
  }

  /// Whether the next word has the article or is a preposition: the verb's object or
  /// complement (سيزور المنطقة، ستعقد في), where a foreign given name is followed by its
  /// family name.
  private static func isFollowedByObjectOrPreposition(_ position: Int, in text: TokenizedText) -> Bool {
    let next = position + 1
    guard next < text.tokens.count, text.tokens[next].looselyJoinsPrevious, !text.tokens[next].isLatin else {
      return false
    }
    if CueWords.hasArticle(next, in: text) { return true }
    let scalars = text.foldedScalars(next)
    // في، من، عن، مع: the short prepositions are stopwords, not in `prepositions`.
    let shortPrepositions: [[UInt32]] = [[0x0641, 0x064A], [0x0645, 0x0646], [0x0639, 0x0646], [0x0645, 0x0639]]
    return shortPrepositions.contains { $0.elementsEqual(scalars) }
      || AliasIndex.cliticVariants(of: next, in: text).contains(where: prepositions.contains)
  }
}
