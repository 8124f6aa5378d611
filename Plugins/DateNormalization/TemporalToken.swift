/// A word, a digit run or a punctuation sign of a scanned region, with its offsets in the
/// document's scalars.
struct TemporalToken: Sendable {
  enum Kind: UInt8, Sendable { case word, number, punctuation }

  var kind: Kind
  /// Scalar offset of the first scalar that belongs to the expression (after proclitics).
  var start: Int
  /// Scalar offset just past the token.
  var end: Int
  /// Scalar offset of the token including its proclitics.
  var wordStart: Int
  var entry: LexicalEntry?
  /// The value of a digit run (capped), or the scalar value of a punctuation sign.
  var number: Int
  /// The number of digits of a digit run.
  var digits: Int
  /// A line break separates this token from the previous one.
  var newlineBefore: Bool
  /// White space separates this token from the previous one.
  var spaceBefore: Bool
  /// The word carried a proclitic و ("و12" gives a separate "و" token; "والعشرين" does not).
  var conjunction: Bool
  /// UTF-8 offsets of `start` and `end`, to cut the expression's text without walking scalars.
  var byteStart: Int
  var byteEnd: Int
  /// The word is written in Latin letters (English rules apply).
  var latin: Bool = false
  /// The word (after proclitics) starts with the article ال.
  var definite: Bool = false
  /// What the form of an unknown word says about its sentence's tense: -1 for an English
  /// word in -ed, +1 for an Arabic imperfect verb with the future prefix س (سيعقد، ستبدأ،
  /// سأعود), 0 otherwise. Known verbs carry `pastMarker` / `futureMarker` entries instead.
  var tense: Int8 = 0
  /// An unknown Arabic word of three letters or more that starts like an imperfect verb (ي، ت،
  /// ن) and is not read as a perfect: after قد it is a possibility ahead ("قد يعقد المجلس").
  var imperfect = false
  /// The word carried the proclitic ل (for): "لشهر أبريل" names the month a figure or a price
  /// is for, which the tense of the sentence's verb does not place.
  var purpose = false
  /// The word starts with a Latin capital ("The Sunday Times" is a title).
  var capitalized = false
  /// The word opens a region for the parser (`TemporalLexicon.Hit.trigger`).
  var opensRegion = false
  /// A past verb of deciding or agreeing (قرر، اتفق، "decided", "agreed"): the event its clause
  /// names follows the decision (`TemporalParser.decisionGovernsEvent`).
  var decision = false
  /// An unknown Arabic word with the form of a verbal noun (تعليق، إغلاق، استئناف), see
  /// `TemporalScanner.isVerbalNoun`.
  var verbalNoun = false
  /// The hash of a word's folded letters (`WordHasher`), for the rare rules that ask which word
  /// it is (`TemporalParser.isEnglishEventNoun`); 0 for other tokens.
  var wordHash: UInt64 = 0
  /// The entry can open a holiday phrase (`TemporalLexicon.Hit.holidayHead`).
  var holidayHead = false
  /// The entry is that of an eve word (`TemporalLexicon.Hit.eveWord`).
  var eveWord = false
}

/// Whether an entry can start an expression: the pre-filter's trigger set. Function words,
/// direction words and number words only matter next to one of these (or a digit).
extension LexicalEntry {
  var isTrigger: Bool {
    switch self {
    case .month, .monthHead, .hijriMonth, .hijriMonthPrefix, .weekday, .dayOffset, .unit,
      .dayPart, .holiday:
      return true
    case .keyword(let keyword):
      switch keyword {
      case .clock, .now, .periodic, .every, .monthWord, .dayWord, .tonight, .overnight, .moment, .weekend, .pm,
        .pmLetter, .am,
        .periodEdge, .fortnight, .dayPartOf, .vague, .pluralWeekday:
        return true
      case .englishVague(let word):
        return word.startsAlone
      default: return false
      }
    case .holidayWord(_, let trigger):
      return trigger
    case .decadeWord, .season:
      return true
    case .direction, .cardinal, .ordinal, .modifier, .fraction, .timeZone:
      return false
    }
  }
}
