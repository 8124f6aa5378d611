/// Words that stand around names in news but are never a name on their own: compass words
/// before a place ("جنوب المغرب", "north of Beirut": a direction, not the region called South)
/// and month names ("ROTTERDAM, Nov 14": a date, not a town).
///
/// Kept apart from `CueWords`, whose classes are tagger features: these change only the rules.
enum NonNameWords {
  /// Folded hashes of the compass words (as written or after proclitics: وجنوب، بشمال).
  static let compassWords = hashes(
    """
    جنوب شمال شرق غرب جنوبي شمالي شرقي غربي south north east west
    """)

  /// Folded hashes of month names and their abbreviations: English, the Gregorian names used in
  /// Egypt and the Gulf, in the Maghreb, and the Syriac names used in the Levant and Iraq.
  static let monthWords = hashes(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
    ماي يوليوز غشت شتنبر نونبر دجنبر
    كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
    """)

  /// Folded hashes of common words read as a name after a title in Wikipedia text (counted on a
  /// tuning fold of WikiFANE, never on its held-out fold): passives, quantities, time and
  /// event nouns. None is an Arabic given name.
  static let wordsAfterTitles = hashes(
    """
    تم يتم كيف بعض داخل أثناء اثناء نتيجة عام عاما مرات مرة كثيرة كثيرا ثلاث ثلاثة أربع اربع أربعة اربعة ثورة مهمة لقب بسبب
    """)

  /// Whether the token is a compass word directly followed by another word: a direction.
  static func isDirection(_ position: Int, in text: TokenizedText) -> Bool {
    position + 1 < text.tokens.count && text.tokens[position + 1].joinsPrevious
      && contains(compassWords, position, in: text)
  }

  /// Whether the token is a month name or abbreviation.
  static func isMonth(_ position: Int, in text: TokenizedText) -> Bool {
    contains(monthWords, position, in: text)
  }

  /// Whether every token of the range is a month or a number, and one is a month ("Nov",
  /// "Sept 9", "أيار"): a date, not a name.
  static func isDate(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    tokens.contains { isMonth($0, in: text) }
      && tokens.allSatisfy { isMonth($0, in: text) || isNumber($0, in: text) }
  }

  /// Whether the token is written in digits only ("22", "٢٢").
  static func isNumber(_ position: Int, in text: TokenizedText) -> Bool {
    text.foldedScalars(position).allSatisfy(isDigit)
  }

  private static func isDigit(_ scalar: UInt32) -> Bool {
    (scalar >= 0x30 && scalar <= 0x39) || (scalar >= 0x0660 && scalar <= 0x0669)
  }

  /// Whether the token, as written or without its proclitics, is one of `words`. These checks
  /// run for every alias and tagged span: the set's bit filter answers most words without
  /// hashing them again.
  private static func contains(_ words: WordHashSet, _ position: Int, in text: TokenizedText) -> Bool {
    AliasIndex.cliticVariants(of: position, in: text).contains(where: words.contains)
  }

  /// The folded hashes of whitespace-separated words, as a set that answers most non-members
  /// with one bit test (`WordHashSet`).
  static func hashes(_ words: String) -> WordHashSet {
    WordHashSet(
      words.split(whereSeparator: \.isWhitespace).map {
        TokenizedText.hash(NameFolding.fold(String($0)).unicodeScalars.map(\.value))
      })
  }
}
