extension TemporalLexicon {
  /// English words of vague references (TimeML's PAST_REF, PRESENT_REF, FUTURE_REF), the words
  /// around them that decide whether they are one ("as soon as", "the near future"), the
  /// newspaper words that make a weekday part of a title ("The Sunday Times", "صحيفة الأحد"),
  /// and القليلة ("الأيام القليلة الماضية", the past few days).
  static var englishVagueReferenceWords: [(String, LexicalEntry)] {
    let vague: [(String, EnglishVagueWord)] = [
      ("recently", .recently), ("lately", .recently), ("currently", .currently), ("nowadays", .currently),
      ("soon", .soon), ("future", .future), ("moment", .moment), ("present", .present), ("recent", .recent),
      ("near", .qualifier), ("foreseeable", .qualifier), ("distant", .qualifier), ("immediate", .qualifier),
      ("as", .eventAnchor), ("afterwards", .eventAnchor), ("afterward", .eventAnchor),
      ("thereafter", .eventAnchor),
    ]
    var list: [(String, LexicalEntry)] = vague.map { ($0.0, .keyword(.englishVague($0.1))) }
    // Titles with a weekday: "The Sunday Times", "the Sunday Telegraph", "The Mail on Sunday",
    // "The Friday Times". "times" itself is a count word (.times) and is checked apart.
    list += [
      "telegraph", "mirror", "express", "herald", "tribune", "observer", "post", "star",
      "standard", "guardian", "nation", "journal", "gazette", "chronicle",
    ].map { ($0, .keyword(.mediaTitle)) }
    list += ["mail", "independent"].map { ($0, .keyword(.sundayEditionTitle)) }
    // The nouns that head an Arabic title: "صحيفة الأحد", "جريدة أخبار اليوم", "قناة روسيا اليوم".
    list += ["صحيفة", "جريدة", "مجلة", "قناة", "موقع", "وكالة"].map { ($0, .keyword(.mediaNoun)) }
    // The first word of an Arabic title ending in اليوم ("المصري اليوم", "أخبار اليوم").
    list += ["المصري", "أخبار", "اخبار", "روسيا", "فلسطين"].map { ($0, .keyword(.mediaTitle)) }
    list.append(("القليلة", .keyword(.fewCount)))
    return list
  }
}

/// A word of an English vague temporal reference and what it needs around it.
enum EnglishVagueWord: Hashable, Sendable {
  /// recently, lately: PAST_REF by itself.
  case recently
  /// currently, nowadays: PRESENT_REF by itself.
  case currently
  /// soon: FUTURE_REF, unless an event follows ("as soon as", "soon after the vote").
  case soon
  /// future: FUTURE_REF after "in the", "for the" or "in" ("the future of the plant" is a noun).
  case future
  /// moment: PRESENT_REF in "at the moment", "for the moment".
  case moment
  /// present: PRESENT_REF in "at present".
  case present
  /// recent: before a plural unit a vague amount ("recent years" PXY), before "past" a PAST_REF.
  case recent
  /// near, foreseeable, distant, immediate: between the article and "future" or "past".
  case qualifier
  /// as, afterwards, thereafter: after "soon" they tie it to an event, not to the document date.
  case eventAnchor
}

extension TemporalLexicon {
  /// Whether a word opens a region for the parser: a trigger entry, or "past", الماضي, السابق,
  /// which are direction words but make a vague reference by themselves after "in the" / في
  /// ("in the past", "في الماضي", "في السابق"). Next to a unit or a month they share a region that
  /// is open anyway. English "half" opens one for a half of the year without a year ("Profits
  /// fell in the first half"); Arabic نصف, far more often a share, does not.
  static func opensRegion(_ word: String, _ entry: LexicalEntry) -> Bool {
    entry.isTrigger || word == "past" || word == "الماضي" || word == "السابق" || word == "الحالي" || word == "half"
      || entry == .keyword(.definiteDecade)
  }
}

extension EnglishVagueWord {
  /// Whether the word can make an expression by itself and so opens a region.
  var startsAlone: Bool {
    switch self {
    case .recently, .currently, .soon, .future, .moment, .present: return true
    case .recent, .qualifier, .eventAnchor: return false
    }
  }
}
