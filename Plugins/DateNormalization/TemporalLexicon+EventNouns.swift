extension TemporalLexicon {
  /// English nouns of events that are set for a date: "called an election for July 4", "set
  /// the hearing for Monday". The setting verb's past does not place the date; the event lies
  /// ahead (`TemporalParser.scheduledFor`). Figures are no events: "the death toll for Monday",
  /// "sales for December" keep the verb's tense.
  static let englishEventNouns = [
    "election", "elections", "vote", "referendum", "hearing", "hearings", "meeting", "summit", "talks",
    "trial", "sentencing", "ballot", "runoff", "session", "debate", "poll", "polls", "strike", "launch",
    "inauguration", "funeral", "wedding", "match", "final", "ceremony", "auction", "deadline",
  ]

  /// The hashes of `englishEventNouns`, compared in turn (only the word two before a date after
  /// "for" is compared).
  static let englishEventNounHashes: [UInt64] = englishEventNouns.map(WordHasher.hash)

  /// Arabic nouns of events that happened on a day, with and without the article: what a
  /// dispute or a crisis "goes back to" (تعود الأزمة إلى اجتماع الاثنين,
  /// `TemporalParser.eventAfterReturnVerb`). Places, where one returns, are not among them.
  static let arabicEventNouns = [
    "اجتماع", "جلسة", "قرار", "تصريحات", "تصريح", "اتفاق", "هجوم", "حادث", "حادثة", "أحداث", "اشتباكات",
    "مظاهرات", "احتجاجات", "انتخابات", "خطاب", "قمة", "مباراة", "لقاء", "تصويت", "انفجار", "غارة", "إعلان",
    "بيان", "مقابلة", "مؤتمر",
  ]

  /// The hashes of `arabicEventNouns` and of their forms with the article.
  static let arabicEventNounHashes: Set<UInt64> = Set(
    arabicEventNouns.flatMap { [$0, "ال" + $0] }.map(WordHasher.hash))
}

extension TemporalParser {
  /// Whether token `k` is an Arabic noun of an event (`TemporalLexicon.arabicEventNouns`).
  func isArabicEventNoun(_ k: Int) -> Bool {
    !tokens[k].latin && tokens[k].kind == .word && TemporalLexicon.arabicEventNounHashes.contains(tokens[k].wordHash)
  }

  /// Whether token `k` is an English noun of an event (`TemporalLexicon.englishEventNouns`).
  func isEnglishEventNoun(_ k: Int) -> Bool {
    tokens[k].latin && tokens[k].entry == nil && TemporalLexicon.englishEventNounHashes.contains(tokens[k].wordHash)
  }

  /// Whether token `k` is an English verb of holding or stopping an event
  /// (`TemporalLexicon.englishEventVerbs`).
  func isEnglishEventVerb(_ k: Int) -> Bool {
    tokens[k].latin && tokens[k].entry == nil && TemporalLexicon.englishEventVerbHashes.contains(tokens[k].wordHash)
  }
}
