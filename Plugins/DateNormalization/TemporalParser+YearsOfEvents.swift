extension TemporalLexicon {
  /// English nouns a bare year before them names the time of: "the 2016 election", "its 1994
  /// peak", "the 2008 crisis" (TimeML marks the year as a DATE). Nouns that are mostly counted
  /// ("votes", "workers", "people") are left out: "the 2000 workers" is a number; so are the
  /// market's "level", "high" and "low" ("tested the 2000 level" is a price).
  static let englishYearEventNouns: Set<UInt64> = Set(
    [
      "election", "elections", "referendum", "census", "crisis", "recession", "war", "invasion", "revolution",
      "uprising", "coup", "earthquake", "tsunami", "flood", "floods", "hurricane", "pandemic", "outbreak",
      "budget", "season", "campaign", "championship", "final", "olympics", "games", "summit", "agreement",
      "accord", "deal", "treaty", "constitution", "report", "survey", "peak",
      "edition", "tournament", "primary", "primaries", "midterms", "midterm",
      "ballot", "bombing", "massacre", "protests", "crash", "merger", "bailout", "collapse", "downturn",
      "conference", "festival", "visit", "speech", "debate", "forecast", "guidance", "outlook", "results",
      "earnings", "review", "law", "plan", "strategy", "target", "attack", "attacks", "invasion", "vote",
      "race", "contest", "decision", "ruling", "verdict", "film", "album", "novel", "study",
    ].map(WordHasher.hash))

  /// Arabic words of amounts and counted things: after one, the number before is a quantity
  /// ("ميزانية 2000 مليون دينار", "احتجاجات 2000 شخص").
  static let arabicAmountWords: Set<UInt64> = Set(
    [
      "مليون", "مليار", "ألف", "آلاف", "نقطة", "شخص", "متر", "كيلومتر", "كلم", "دولار", "دينار", "درهم", "ريال",
      "جنيه", "يورو", "ليرة", "طن", "برميل", "عامل", "مواطن", "طالب", "جندي", "قتيل", "جريح", "لاجئ", "منزل",
      "وحدة", "سهم", "مشارك", "متظاهر", "هكتار", "ميغاواط", "سيارة", "حالة", "مقعد", "صوت",
    ].map(WordHasher.hash))

  /// English words before such a year: an article, a possessive pronoun, "this", "last".
  static let englishYearDeterminers: Set<UInt64> = Set(
    ["the", "its", "his", "her", "their", "our", "a", "an", "this", "that", "whose", "my", "your"].map(
      WordHasher.hash))

  /// Arabic nouns that name an event by the year after them, with the conjunctions and
  /// prepositions that can be joined to them: "انتخابات 2016", "أزمة 2008", "حرب 1967", "بعد
  /// ثورة 2011", "كأس العالم 2022" (with a definite word between).
  static let arabicYearEventNouns: Set<UInt64> = {
    let nouns = [
      "انتخابات", "أزمة", "حرب", "ثورة", "أحداث", "هجمات", "مونديال", "أولمبياد", "دستور", "موازنة", "ميزانية",
      "تعداد", "اتفاق", "اتفاقية", "زلزال", "فيضانات", "نكسة", "نكبة", "انتفاضة", "موسم", "بطولة",
      "انقلاب", "غزو", "احتجاجات", "مظاهرات", "تظاهرات", "استفتاء", "إحصاء", "تقرير", "كأس",
      "دورة", "ألعاب", "الانتخابات", "الأزمة", "الحرب", "الثورة", "الأحداث", "الهجمات", "البطولة",
      "الألعاب", "الدورة", "الموسم",
    ]
    let prefixes = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]
    return Set(
      nouns.flatMap { noun in
        prefixes.map { prefix in
          // ل before ال drops the alef: "للانتخابات".
          if prefix.hasSuffix("ل"), noun.hasPrefix("ال") { return WordHasher.hash(prefix + noun.dropFirst()) }
          return WordHasher.hash(prefix + noun)
        }
      })
  }()
}

extension TemporalParser {
  /// A bare year that names an event or a period: "the 2016 election", "its 1994 peak", "the
  /// 2022 World Cup", "انتخابات 2016", "منذ أزمة 2008", "الانتخابات الرئاسية 2016". Without
  /// such a noun a four-digit number stays a number ("the 2000 workers").
  func yearOfAnEvent(_ i: Int) -> ParsedMatch? {
    guard i > 0, let (value, digits) = number(i), digits == 4, (1900...2100).contains(value),
      let found = year(i), !found.hijri, found.next == i + 1
    else { return nil }
    let named: Bool
    if tokens[i - 1].latin || (continues(i + 1) && tokens[i + 1].latin) {
      named = englishDeterminerBefore(i) && englishEventNounAfter(i)
    } else {
      named =
        arabicEventNounBefore(i)
        && !(continues(i + 1) && TemporalLexicon.arabicAmountWords.contains(tokens[i + 1].wordHash))
    }
    guard named else { return nil }
    var items = [ParsedItem(first: i, last: i, value: yearValue(value, anchored: false))]
    // "موسم 2023-2024", "the 2023-24 season" keeps its second year.
    if let afterConnector = rangeConnector(i + 1), let second = year(afterConnector), !second.hijri,
      second.next == afterConnector + 1, second.year > value
    {
      items.append(
        ParsedItem(first: afterConnector, last: afterConnector, value: yearValue(second.year, anchored: false)))
      return ParsedMatch(next: second.next, items: items)
    }
    return ParsedMatch(next: i + 1, items: items)
  }

  private func englishDeterminerBefore(_ i: Int) -> Bool {
    let k = i - 1
    guard tokens[k].kind == .word else { return false }
    if keyword(k) == .the || TemporalLexicon.englishYearDeterminers.contains(tokens[k].wordHash) { return true }
    // "Britain's 2016 referendum"
    return tokens[k].wordHash == TemporalParser.possessiveHash && k >= 2 && tokens[k - 1].kind == .punctuation
      && !tokens[k].spaceBefore
  }

  private func englishEventNounAfter(_ i: Int) -> Bool {
    let k = i + 1
    guard continues(k), tokens[k].kind == .word, tokens[k].latin else { return false }
    if TemporalLexicon.englishYearEventNouns.contains(tokens[k].wordHash) { return true }
    // "the 2022 World Cup", "the 2019 World Series"
    return tokens[k].wordHash == TemporalParser.worldHash && continues(k + 1)
      && TemporalParser.worldEventHashes.contains(tokens[k + 1].wordHash)
  }

  private func arabicEventNounBefore(_ i: Int) -> Bool {
    let k = i - 1
    guard tokens[k].kind == .word, !tokens[k].latin else { return false }
    if TemporalLexicon.arabicYearEventNouns.contains(tokens[k].wordHash) { return true }
    // A definite word between: "الانتخابات الرئاسية 2016", "كأس العالم 2022".
    return tokens[k].definite && k >= 1 && tokens[k - 1].kind == .word
      && TemporalLexicon.arabicYearEventNouns.contains(tokens[k - 1].wordHash)
  }

  static let possessiveHash = WordHasher.hash("s")
  static let worldHash = WordHasher.hash("world")
  static let worldEventHashes: Set<UInt64> = Set(
    ["cup", "series", "championship", "championships"].map(WordHasher.hash))
}
