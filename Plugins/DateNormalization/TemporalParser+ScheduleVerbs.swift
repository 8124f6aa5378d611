extension TemporalParser {
  /// The tense a present-tense verb of schedules at token `k` gives its date: news reports what
  /// happened in the past tense and what is planned in the present ("The final kicks off at
  /// 8.45 pm on Sunday", "The museum reopens on Tuesday", "Voters go to the polls on Sunday",
  /// "تنطلق المباراة مساء الأحد", "يصل الرئيس إلى باريس يوم الاثنين"), so the day is the coming
  /// one, not the nearest.
  /// - English: a third-person form ("kicks", "opens") is the verb unless a determiner makes it
  ///   a noun ("the opens"); a plural or base form ("go", "meet") only after a plain word (its
  ///   subject: "Voters go"). Never after "to", a modal, an auxiliary, a negation or another
  ///   verb, which decide ("did not go", "to meet", "stayed open late on Christmas Eve"); nor
  ///   after a line start or a sentence end (an imperative). "forecast" after "is"/"are" ("Heavy
  ///   rain is forecast for Sunday") is ahead too.
  /// - Arabic: an imperfect of the list, unless لم before it puts it in the past ("لم تنطلق")
  ///   or a past verb before it makes it a past habit ("كانت تنطلق"): then the scan goes on.
  /// Only a weekday without a day of the month is placed so ("Talks resume Thu 15th" and
  /// dates with a month keep their placement): the nearest weekday is a few days off either
  /// way, and the report's present says which way.
  /// Called only from `sentenceTense`, at a word the lexicon does not list.
  func scheduleVerbTense(_ k: Int, date first: Int, end: Int) -> TemporalPreference? {
    let token = tokens[k]
    let hash = token.wordHash
    if token.latin {
      // "Heavy rain is forecast for Sunday": a forecast is for a day ahead.
      if hash == TemporalParser.forecastHash {
        return k > 0 && TemporalParser.presentBeHashes.contains(tokens[k - 1].wordHash) ? .future : nil
      }
      // "The company reports earnings on Tuesday": a verb that is as often a plural noun counts
      // only before its object, a plain lower-case word or a determiner ("Media reports on Friday
      // said" has none).
      var third = TemporalParser.englishScheduleThirdPersonHashes.contains(hash)
      if !third, TemporalParser.nounLikeScheduleHashes.contains(hash) {
        guard objectFollows(k) || subjectPrecedes(k) else { return nil }
        third = true
      }
      guard third || TemporalParser.englishSchedulePluralHashes.contains(hash), namesAWeekday(first, end) else {
        return nil
      }
      // "Dow Closes Higher on Friday", "Strike Ends on Monday After Deal": a title-case
      // headline's present reports the past; `headlineTense` decides (a verb right before the
      // day still announces it: "Festival Opens Thursday").
      if token.capitalized, inHeadline(k) { return nil }
      // "to reach the quarter-finals of the Canadian Open", "won the US Open on Sunday": inside
      // a sentence that is no headline, a capitalized word is part of a name (a tournament, a
      // title), not the verb. Sentence starts are passed over below (an imperative).
      if token.capitalized { return nil }
      // "New rules on Monday forced shops to close", "Home visits on Sunday found …": a past
      // verb right after the date makes the word before it a plural noun, its subject.
      if end < tokens.count, !tokens[end].newlineBefore,
        tokens[end].tense < 0 || tokens[end].entry == .keyword(.pastMarker)
      {
        return nil
      }
      // "Wall Street ends higher on Friday": a market's close or open, reported.
      if k + 1 < tokens.count, TemporalParser.marketLevelHashes.contains(tokens[k + 1].wordHash) { return nil }
      // "stayed open late on Christmas Eve": after a verb, an adjective or a complement.
      guard k > 0, !token.newlineBefore, !endsSentence(k - 1), tokens[k - 1].kind == .word, tokens[k - 1].tense == 0
      else { return nil }
      switch tokens[k - 1].entry {
      case .keyword(.the)?, .keyword(.article)?, .keyword(.determiner)?, .keyword(.to)?, .keyword(.negation)?,
        .keyword(.englishModal)?, .keyword(.may)?, .keyword(.be)?, .keyword(.perfectAuxiliary)?,
        .keyword(.futureMarker)?, .keyword(.pastMarker)?:
        return nil
      case nil: break
      default: if !third { return nil }
      }
      if TemporalParser.auxiliaryHashes.contains(tokens[k - 1].wordHash) { return nil }
      if inOtherStoryClause(k, than: first) { return nil }
      // "In the novel, the detective arrives in Venice on Sunday": a story's present narrates.
      return inStoryFrame(k) ? .past : .future
    }
    guard TemporalParser.arabicScheduleHashes.contains(hash), namesAWeekday(first, end) else { return nil }
    if datesBackTo(k, date: first) { return .past }
    if k > 0, !token.newlineBefore {
      if TemporalParser.negationHashes.contains(tokens[k - 1].wordHash) { return .past }
      if tokens[k - 1].tense < 0 || tokens[k - 1].entry == .keyword(.pastMarker) { return nil }
      // "كانت المباراة تنطلق مساء الأحد": كان, then the subject, then the verb: a past habit.
      var j = k - 2
      while j >= 0, k - j <= 3, !tokens[j + 1].newlineBefore, tokens[j].kind == .word {
        if TemporalParser.arabicKanaHashes.contains(tokens[j].wordHash) { return nil }
        j -= 1
      }
    }
    if inOtherStoryClause(k, than: first) { return nil }
    // "في الفيلم، يصل جاسوس إلى لشبونة يوم الاثنين": a story's present narrates.
    return inStoryFrame(k) ? .past : .future
  }

  /// Whether the form of عاد at `k` means "dates back to": an origin noun after it, then إلى
  /// before the date ("تعود جذور الخلاف إلى اجتماع الاثنين", "يعود تاريخ القرار إلى جلسة
  /// الأحد"). The date is then the origin, which lies behind. A return keeps
  /// its reading ("يعود الوزير الاثنين إلى بلاده", "يعود الرئيس إلى باريس الاثنين"): after
  /// another subject, إلى heads a place.
  private func datesBackTo(_ k: Int, date first: Int) -> Bool {
    guard TemporalParser.arabicReturnHashes.contains(tokens[k].wordHash), k + 2 < first else { return false }
    guard TemporalParser.arabicOriginNounHashes.contains(tokens[k + 1].wordHash) else {
      return eventAfterReturnVerb(k, date: first)
    }
    // The origin noun, an optional noun it governs (جذور الخلاف), then إلى.
    var j = k + 2
    while j < first, j <= k + 3 {
      if !tokens[j].latin, keyword(j) == .to { return true }
      if tokens[j].newlineBefore || tokens[j].kind != .word { return false }
      j += 1
    }
    return false
  }

  /// Whether the form of عاد at `k` is followed by a subject, إلى and a noun of an event whose
  /// day the date names: "تعود الأزمة إلى اجتماع الاثنين", "يعود التوتر إلى تصريحات الوزير يوم
  /// الثلاثاء". One goes back to a place, not to a meeting or a statement, so the verb says
  /// where the subject comes from, and the date lies behind; "يعود الرئيس إلى باريس الاثنين"
  /// (a place after إلى) keeps the coming day. The date stands right after the event noun or
  /// after one word it governs. Only an abstract subject goes back to an event (a dispute, its
  /// cause, its roots): a person returns to it ("يعود اللاعب إلى مباراة الأحد", "يعود النواب إلى
  /// جلسة الثلاثاء" are the coming days).
  private func eventAfterReturnVerb(_ k: Int, date first: Int) -> Bool {
    let preposition = k + 2
    let event = k + 3
    guard event < first, first - event <= 2, tokens[k + 1].kind == .word, !tokens[k + 1].latin,
      TemporalParser.arabicAbstractSubjectHashes.contains(tokens[k + 1].wordHash), !tokens[preposition].latin,
      keyword(preposition) == .to, isArabicEventNoun(event)
    else { return false }
    var j = k + 1
    while j <= first {
      if tokens[j].newlineBefore { return false }
      if j < first, tokens[j].kind != .word { return false }
      j += 1
    }
    return true
  }

  /// يعود and تعود, bare and after و / ف.
  static let arabicReturnHashes: Set<UInt64> = Set(
    ["يعود", "تعود"].flatMap { [$0, "و" + $0, "ف" + $0] }.map(WordHasher.hash))

  /// Abstract subjects that "go back to" an event after يعود / تعود: disputes, tensions, causes.
  static let arabicAbstractSubjectHashes: Set<UInt64> = Set(
    [
      "الأزمة", "التوتر", "الخلاف", "الجدل", "النزاع", "الصراع", "السبب", "الأسباب", "القضية", "المشكلة",
      "الانقسام", "الاحتقان", "التصعيد", "الغضب", "الاحتجاجات", "الخلافات", "التوترات", "الأزمات", "الشرارة",
      "القطيعة", "الفضل", "الأمر", "جذور", "تاريخ", "أصل", "أصول", "سبب", "بداية", "بدايات", "قصة", "فكرة",
    ].map(WordHasher.hash))

  /// Nouns of origin after يعود / تعود ("dates back to", "is due to").
  static let arabicOriginNounHashes: Set<UInt64> = Set(
    [
      "جذور", "تاريخ", "أصل", "أصول", "سبب", "أسباب", "الفضل", "بداية", "بدايات", "نشأة", "فكرة", "قصة",
    ].map(WordHasher.hash))

  /// Whether a plain lower-case word or a determiner follows the verb at `k`: its object ("The
  /// company reports earnings on Tuesday").
  private func objectFollows(_ k: Int) -> Bool {
    guard k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].latin, !tokens[k + 1].capitalized,
      tokens[k + 1].tense == 0
    else { return false }
    switch tokens[k + 1].entry {
    case nil, .keyword(.determiner)?, .keyword(.the)?, .keyword(.article)?: return true
    default: return false
    }
  }

  /// Whether the word before the verb at `k` is its subject, so the verb needs no object: a
  /// name ("Parliament votes on Wednesday", "Microsoft reports on Tuesday"), a pronoun ("She
  /// returns on Monday"), or a noun after an article ("The envoy returns on Monday"). Nouns
  /// that make the word a plural noun of a compound ("Media reports", "tax returns", "exit
  /// polls") are not subjects; a date followed by a past verb ("Media reports on Friday said")
  /// was passed over before this question.
  private func subjectPrecedes(_ k: Int) -> Bool {
    guard k > 0, !tokens[k].newlineBefore, !endsSentence(k - 1) else { return false }
    let before = tokens[k - 1]
    guard before.kind == .word, before.latin, before.tense == 0,
      !TemporalParser.compoundNounHeadHashes.contains(before.wordHash)
    else { return false }
    if TemporalParser.subjectPronounHashes.contains(before.wordHash) { return true }
    guard before.entry == nil else { return false }
    if before.capitalized { return true }
    guard k > 1, !before.newlineBefore else { return false }
    switch tokens[k - 2].entry {
    case .keyword(.the)?, .keyword(.article)?: return true
    default: return false
    }
  }

  static let subjectPronounHashes: Set<UInt64> = Set(["he", "she", "it", "who"].map(WordHasher.hash))

  /// Nouns that a plural noun of reports and votes follows in a compound ("media reports", "tax
  /// returns", "election returns", "postal votes").
  static let compoundNounHeadHashes: Set<UInt64> = Set(
    [
      "media", "news", "press", "tax", "election", "poll", "exit", "earnings", "early", "final", "first", "local",
      "postal", "party", "official", "preliminary", "police", "intelligence", "quarterly", "annual", "weekly", "daily",
    ].map(WordHasher.hash))

  /// Whether tokens `first..<end` name a weekday with no day of the month after it ("Sunday",
  /// "8.45 pm on Sunday", "مساء الأحد", not "Thu 15th").
  func namesAWeekday(_ first: Int, _ end: Int) -> Bool {
    var i = first
    while i < end, i < tokens.count {
      if case .weekday? = tokens[i].entry { return !(i + 1 < end && tokens[i + 1].kind == .number) }
      i += 1
    }
    return false
  }

  static let forecastHash = WordHasher.hash("forecast")

  /// English third-person present verbs of schedules. Words that are as often plural nouns
  /// ("votes", "returns") are in `nounLikeScheduleHashes`: "Media reports on Friday said".
  static let englishScheduleThirdPersonHashes: Set<UInt64> = Set(
    [
      "kicks", "starts", "begins", "opens", "reopens", "resumes", "closes", "expires", "launches", "takes", "goes",
      "arrives", "travels", "hosts", "meets", "holds", "hears", "rules", "publishes", "unveils", "premieres",
      "debuts", "airs", "convenes", "concludes", "ends", "faces", "plays", "visits", "heads", "tees", "lands",
      "appears", "testifies", "delivers", "announces",
    ].map(WordHasher.hash))

  /// Where a market closes or opens ("ends higher", "opens lower"): a report of the session.
  static let marketLevelHashes: Set<UInt64> = Set(
    ["higher", "lower", "up", "down", "flat", "mixed", "firmer", "weaker", "steady", "unchanged"].map(WordHasher.hash))

  /// Third-person verbs that are as often plural nouns, counted only before an object.
  /// Without an object, they count after their subject ("Parliament votes on Wednesday").
  static let nounLikeScheduleHashes: Set<UInt64> = Set(
    ["reports", "releases", "posts", "votes", "returns", "debates"].map(WordHasher.hash))

  /// English plural (and base) present verbs of schedules, counted only after their subject.
  static let englishSchedulePluralHashes: Set<UInt64> = Set(
    [
      "go", "meet", "begin", "start", "open", "reopen", "resume", "kick", "face", "play", "host", "travel", "head",
      "take", "convene", "arrive", "hold", "sign",
    ].map(WordHasher.hash))

  /// كان and its forms, which make a later imperfect a past habit.
  static let arabicKanaHashes: Set<UInt64> = Set(
    ["كان", "كانت", "كانوا", "كانا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"].map(WordHasher.hash))

  /// Arabic imperfect verbs of schedules and visits, bare and after و / ف.
  static let arabicScheduleHashes: Set<UInt64> = {
    let stems = [
      "تنطلق", "ينطلق", "تبدأ", "يبدأ", "تفتتح", "يفتتح", "تعقد", "يعقد", "تنعقد", "ينعقد", "تقام", "يقام",
      "تجرى", "يجرى", "تجري", "يجري", "تستأنف", "يستأنف", "تنتهي", "ينتهي", "تختتم", "يختتم", "يصل", "تصل",
      "يلتقي", "تلتقي", "يزور", "تزور", "تنظر", "ينظر", "تحتضن", "يحتضن", "تفتح", "يفتح", "يلعب", "تلعب",
      "يواجه", "تواجه", "يستضيف", "تستضيف", "يخوض", "تخوض", "يحل", "تحل", "يتوجه", "تتوجه", "تدخل", "يدخل",
      "يستقبل", "تستقبل", "ينظم", "تنظم", "تنظّم", "تطلق", "يطلق", "يصوت", "تصوت", "يعود", "تعود",
    ]
    return Set(stems.flatMap { [$0, "و" + $0, "ف" + $0] }.map(WordHasher.hash))
  }()
}
