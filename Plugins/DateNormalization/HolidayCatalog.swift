/// How a named day falls in a Gregorian year.
enum HolidayRule: Hashable, Sendable {
  case fixed(month: Int, day: Int)
  /// The nth weekday (1 Monday ... 7 Sunday) of a month, 0 for the last, moved by `shift` days
  /// (Black Friday is the day after the fourth Thursday of November).
  case nthWeekday(month: Int, weekday: Int, nth: Int, shift: Int)
  /// Days from Western Easter Sunday.
  case easter(shift: Int)
  /// Days from Orthodox Easter Sunday (the Julian computus).
  case orthodoxEaster(shift: Int)
  /// A day of a Hijri month (Umm al-Qura): the occurrence that falls in the Gregorian year.
  case hijri(month: Int, day: Int)
  /// The Chinese (Lunar) New Year.
  case chineseNewYear
  /// A fixed day kept on the nearest weekday when it falls on a weekend (Saturday to Friday,
  /// Sunday to Monday): Boss's Day, 16 October.
  case fixedOnWeekday(month: Int, day: Int)
  /// A fixed day kept on the day before when it falls on a Sunday, from a first year on:
  /// King's Day, 27 April from 2014.
  case fixedOffSunday(month: Int, day: Int, since: Int)
  /// A day of the Hebrew calendar, as observed: the Gregorian day whose daytime it is (the
  /// holiday begins at the sunset before).
  case hebrew(HebrewHoliday)
  /// A Hindu, Sikh, Jain, Buddhist or Parsi holiday, by its key in `LunisolarHolidayTable`.
  case lunisolar(String)
  /// The last given weekday before a Hijri day (Umm al-Qura): Jumu'atul-Wida, the last Friday
  /// of Ramadan, is the last Friday before 1 Shawwal.
  case weekdayBeforeHijri(weekday: Int, month: Int, day: Int)

  /// The day in a Gregorian year, nil when the rule gives none (a Hijri day may fall twice or
  /// not at all in a year; the first is taken).
  func date(inYear year: Int) -> CivilDate? {
    switch self {
    case .fixed(let month, let day):
      return CivilDate.isValid(year: year, month: month, day: day) ? CivilDate(year: year, month: month, day: day) : nil
    case .nthWeekday(let month, let weekday, let nth, let shift):
      let date: CivilDate
      if nth == 0 {
        let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        date = last.adding(days: -((last.weekday - weekday + 7) % 7))
      } else {
        let first = CivilDate(year: year, month: month, day: 1)
        date = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
      }
      return date.adding(days: shift)
    case .easter(let shift):
      return TemporalParser.easter(year).adding(days: shift)
    case .orthodoxEaster(let shift):
      return TemporalParser.orthodoxEaster(year).adding(days: shift)
    case .chineseNewYear:
      return ChineseCalendar.newYear(in: year)
    case .fixedOnWeekday(let month, let day):
      let date = CivilDate(year: year, month: month, day: day)
      return date.adding(days: date.weekday == 6 ? -1 : date.weekday == 7 ? 1 : 0)
    case .fixedOffSunday(let month, let day, let since):
      guard year >= since else { return nil }
      let date = CivilDate(year: year, month: month, day: day)
      return date.weekday == 7 ? date.adding(days: -1) : date
    case .hebrew(let holiday):
      return holiday.date(inYear: year)
    case .lunisolar(let key):
      return LunisolarHolidayTable.dates(of: key, inYear: year).first
    case .weekdayBeforeHijri(let weekday, let month, let day):
      // Each Hijri year around this one: when the Hijri day falls in early January (1 Shawwal
      // 1454 is 3 January 2033), the weekday before it, in late December, belongs to the year
      // before, and this year's is the one before the Hijri day of its December.
      for hijriYear in (year - 623 + (year - 622) / 32)...(year - 619 + (year - 622) / 32) {
        guard let following = HijriCalendar.gregorian(year: hijriYear, month: month, day: day) else { continue }
        let back = (following.weekday - weekday + 7) % 7
        let date = following.adding(days: -(back == 0 ? 7 : back))
        if date.year == year { return date }
      }
      return nil
    case .hijri(let month, let day):
      for hijriYear in (year - 623 + (year - 622) / 32)...(year - 620 + (year - 622) / 32) {
        if let date = HijriCalendar.gregorian(year: hijriYear, month: month, day: day), date.year == year {
          return date
        }
      }
      return nil
    }
  }
}

/// Holidays named by several words or by a word of their own, in English and Arabic: fixed
/// dates, nth weekdays, days counted from Easter (as Duckling's English rules place them) and
/// Hijri days. The single words Christmas, Easter and the عيد phrases of `Holiday` are read by
/// `holidayExpression`.
enum HolidayCatalog {
  /// Phrases as written without apostrophes or hyphens ("mother's day" is "mother s day"
  /// after tokenizing; the matcher skips those), each with its rule.
  static let phrases: [(String, HolidayRule)] =
    namedPhrases + lunisolarPhrases + englishAliasPhrases + englishOtherPhrases
    + internationalDayPhrases
  /// The holidays of the calendars and rules the stage computes.
  static let namedPhrases: [(String, HolidayRule)] = [
    ("christmas eve", .fixed(month: 12, day: 24)), ("christmas day", .fixed(month: 12, day: 25)),
    ("christmas", .fixed(month: 12, day: 25)), ("easter", .easter(shift: 0)), ("xmas", .fixed(month: 12, day: 25)),
    ("xmas day", .fixed(month: 12, day: 25)),
    ("xmas eve", .fixed(month: 12, day: 24)), ("boxing day", .fixed(month: 12, day: 26)),
    ("new year day", .fixed(month: 1, day: 1)), ("new years day", .fixed(month: 1, day: 1)),
    ("new year eve", .fixed(month: 12, day: 31)), ("new years eve", .fixed(month: 12, day: 31)),
    ("valentine day", .fixed(month: 2, day: 14)), ("valentines day", .fixed(month: 2, day: 14)),
    ("halloween", .fixed(month: 10, day: 31)),
    ("st patrick day", .fixed(month: 3, day: 17)), ("st patricks day", .fixed(month: 3, day: 17)),
    ("saint patrick day", .fixed(month: 3, day: 17)), ("saint patricks day", .fixed(month: 3, day: 17)),
    ("st paddy day", .fixed(month: 3, day: 17)), ("saint paddy day", .fixed(month: 3, day: 17)),
    ("thanksgiving", .nthWeekday(month: 11, weekday: 4, nth: 4, shift: 0)),
    ("thanksgiving day", .nthWeekday(month: 11, weekday: 4, nth: 4, shift: 0)),
    ("black friday", .nthWeekday(month: 11, weekday: 4, nth: 4, shift: 1)),
    ("mlk day", .nthWeekday(month: 1, weekday: 1, nth: 3, shift: 0)),
    ("martin luther king day", .nthWeekday(month: 1, weekday: 1, nth: 3, shift: 0)),
    ("martin luther kings day", .nthWeekday(month: 1, weekday: 1, nth: 3, shift: 0)),
    // The holiday's full name and the form US news writes it in ("Martin Luther King Jr. Day").
    ("mlk jr day", .nthWeekday(month: 1, weekday: 1, nth: 3, shift: 0)),
    ("martin luther king jr day", .nthWeekday(month: 1, weekday: 1, nth: 3, shift: 0)),
    ("memorial day", .nthWeekday(month: 5, weekday: 1, nth: 0, shift: 0)),
    ("labor day", .nthWeekday(month: 9, weekday: 1, nth: 1, shift: 0)),
    ("mother day", .nthWeekday(month: 5, weekday: 7, nth: 2, shift: 0)),
    ("mothers day", .nthWeekday(month: 5, weekday: 7, nth: 2, shift: 0)),
    ("father day", .nthWeekday(month: 6, weekday: 7, nth: 3, shift: 0)),
    ("fathers day", .nthWeekday(month: 6, weekday: 7, nth: 3, shift: 0)),
    ("good friday", .easter(shift: -2)), ("easter sunday", .easter(shift: 0)),
    ("easter monday", .easter(shift: 1)), ("palm sunday", .easter(shift: -7)),
    ("maundy thursday", .easter(shift: -3)), ("ash wednesday", .easter(shift: -46)),
    ("mardi gras", .easter(shift: -47)), ("shrove tuesday", .easter(shift: -47)),
    ("pancake day", .easter(shift: -47)), ("pentecost", .easter(shift: 49)),
    ("whit sunday", .easter(shift: 49)), ("trinity sunday", .easter(shift: 56)),
    ("eid al fitr", .hijri(month: 10, day: 1)), ("eid al adha", .hijri(month: 12, day: 10)),
    ("ashura", .hijri(month: 1, day: 10)), ("islamic new year", .hijri(month: 1, day: 1)),
    ("hijri new year", .hijri(month: 1, day: 1)),
    ("eid ul fitr", .hijri(month: 10, day: 1)), ("id ul fitr", .hijri(month: 10, day: 1)),
    ("eid ul adha", .hijri(month: 12, day: 10)), ("id ul adha", .hijri(month: 12, day: 10)),
    ("bakr id", .hijri(month: 12, day: 10)), ("bakrid", .hijri(month: 12, day: 10)),
    ("feast of the sacrifice", .hijri(month: 12, day: 10)), ("feast of sacrifice", .hijri(month: 12, day: 10)),
    ("day of arafat", .hijri(month: 12, day: 9)), ("day of arafah", .hijri(month: 12, day: 9)),
    ("laylat al qadr", .hijri(month: 9, day: 27)), ("laylat al kadr", .hijri(month: 9, day: 27)),
    ("lailat al qadr", .hijri(month: 9, day: 27)), ("night of power", .hijri(month: 9, day: 27)),
    ("mawlid", .hijri(month: 3, day: 12)), ("mawlid al nabi", .hijri(month: 3, day: 12)),
    ("mawlid al nabawi", .hijri(month: 3, day: 12)), ("isra and miraj", .hijri(month: 7, day: 27)),
    ("isra wal miraj", .hijri(month: 7, day: 27)),
    ("orthodox easter", .orthodoxEaster(shift: 0)), ("orthodox easter sunday", .orthodoxEaster(shift: 0)),
    ("orthodox good friday", .orthodoxEaster(shift: -2)), ("orthodox great friday", .orthodoxEaster(shift: -2)),
    ("orthodox christmas", .fixed(month: 1, day: 7)), ("clean monday", .orthodoxEaster(shift: -48)),
    ("lazarus saturday", .orthodoxEaster(shift: -8)),
    ("chinese new year", .chineseNewYear), ("chinese new years", .chineseNewYear),
    ("lunar new year", .chineseNewYear), ("chinese lunar new year", .chineseNewYear),
    ("chinese new year day", .chineseNewYear), ("chinese new years day", .chineseNewYear),
    ("chinese lunar new year day", .chineseNewYear), ("chinese lunar new years day", .chineseNewYear),
    ("spring festival", .chineseNewYear),
    ("boss day", .fixedOnWeekday(month: 10, day: 16)), ("bosses day", .fixedOnWeekday(month: 10, day: 16)),
    ("world vegan day", .fixed(month: 11, day: 1)), ("whitsunday", .easter(shift: 49)),
    ("white sunday", .easter(shift: 49)), ("branch sunday", .easter(shift: -7)),
    ("covenant thursday", .easter(shift: -3)), ("thursday of mysteries", .easter(shift: -3)),
    ("orthodox shrove monday", .orthodoxEaster(shift: -48)),
    // Jewish holidays (HebrewHoliday names the sources of the dates and rules). Simchat Torah
    // is Israel's, 22 Tishrei with Shemini Atzeret (outside Israel it is the 23rd): news
    // about Israel dates it so (7 October 2023). "Holocaust Day" stays out: in English news it
    // is as often 27 January, the international day.
    ("rosh hashanah", jewish(.tishrei, 1)), ("rosh hashana", jewish(.tishrei, 1)),
    ("rosh hashanna", jewish(.tishrei, 1)), ("jewish new year", jewish(.tishrei, 1)),
    ("yom kippur", jewish(.tishrei, 10)), ("day of atonement", jewish(.tishrei, 10)),
    ("sukkot", jewish(.tishrei, 15)), ("succot", jewish(.tishrei, 15)), ("sukkoth", jewish(.tishrei, 15)),
    ("succos", jewish(.tishrei, 15)), ("sukkos", jewish(.tishrei, 15)),
    ("feast of tabernacles", jewish(.tishrei, 15)), ("feast of booths", jewish(.tishrei, 15)),
    ("feast of the ingathering", jewish(.tishrei, 15)), ("feast of ingathering", jewish(.tishrei, 15)),
    ("shemini atzeret", jewish(.tishrei, 22)), ("shmini atzeret", jewish(.tishrei, 22)),
    ("simchat torah", jewish(.tishrei, 22)), ("simchas torah", jewish(.tishrei, 22)),
    ("hanukkah", jewish(.kislev, 25)), ("hanukah", jewish(.kislev, 25)), ("hannukah", jewish(.kislev, 25)),
    ("hannukkah", jewish(.kislev, 25)), ("hanuka", jewish(.kislev, 25)), ("chanukah", jewish(.kislev, 25)),
    ("chanuka", jewish(.kislev, 25)), ("chanukkah", jewish(.kislev, 25)),
    ("tu bishvat", jewish(.shevat, 15)), ("tu bshvat", jewish(.shevat, 15)), ("tu beshvat", jewish(.shevat, 15)),
    ("tu b shvat", jewish(.shevat, 15)), ("tu bi shvat", jewish(.shevat, 15)),
    ("purim", jewish(.adar, 14)), ("shushan purim", jewish(.adar, 15)),
    ("passover", jewish(.nisan, 15)), ("pesach", jewish(.nisan, 15)), ("pesah", jewish(.nisan, 15)),
    ("yom hashoah", jewish(.nisan, 27, .yomHaShoah)), ("yom ha shoah", jewish(.nisan, 27, .yomHaShoah)),
    ("yom haatzmaut", jewish(.iyar, 5, .yomHaAtzmaut)), ("yom ha atzmaut", jewish(.iyar, 5, .yomHaAtzmaut)),
    ("israel independence day", jewish(.iyar, 5, .yomHaAtzmaut)),
    ("israeli independence day", jewish(.iyar, 5, .yomHaAtzmaut)),
    ("lag baomer", jewish(.iyar, 18)), ("lag bomer", jewish(.iyar, 18)), ("lag b omer", jewish(.iyar, 18)),
    ("shavuot", jewish(.sivan, 6)), ("shavuos", jewish(.sivan, 6)), ("shavuoth", jewish(.sivan, 6)),
    ("feast of weeks", jewish(.sivan, 6)),
    ("tisha bav", jewish(.av, 9, .sabbathToSunday)), ("tisha b av", jewish(.av, 9, .sabbathToSunday)),
    ("tisha beav", jewish(.av, 9, .sabbathToSunday)), ("tisha ba av", jewish(.av, 9, .sabbathToSunday)),
    ("tish a b av", jewish(.av, 9, .sabbathToSunday)),
    // Arabic news names: the Jewish Passover (عيد الفصح alone is Easter), the Day of
    // Atonement, the Hebrew/Jewish new year (رأس السنة alone is 1 January), Hanukkah, the
    // Feast of Tabernacles (not عيد العرش: in Morocco that is Throne Day), Purim, and the
    // anniversary of the destruction of the Temple (Tisha B'Av).
    ("عيد الفصح اليهودي", jewish(.nisan, 15)), ("الفصح اليهودي", jewish(.nisan, 15)),
    ("عيد الفصح العبري", jewish(.nisan, 15)),
    ("يوم الغفران", jewish(.tishrei, 10)), ("عيد الغفران", jewish(.tishrei, 10)),
    ("يوم كيبور", jewish(.tishrei, 10)), ("يوم الكيبور", jewish(.tishrei, 10)), ("عيد كيبور", jewish(.tishrei, 10)),
    ("رأس السنة العبرية", jewish(.tishrei, 1)), ("رأس السنة اليهودية", jewish(.tishrei, 1)),
    ("عيد رأس السنة العبرية", jewish(.tishrei, 1)), ("عيد رأس السنة اليهودية", jewish(.tishrei, 1)),
    ("عيد الحانوكا", jewish(.kislev, 25)), ("عيد الحانوكاه", jewish(.kislev, 25)), ("عيد حانوكا", jewish(.kislev, 25)),
    ("عيد المظال", jewish(.tishrei, 15)),
    ("عيد المساخر", jewish(.adar, 14)), ("عيد البوريم", jewish(.adar, 14)),
    ("ذكرى خراب الهيكل", jewish(.av, 9, .sabbathToSunday)),
    ("عيد الأم", .fixed(month: 3, day: 21)), ("عيد العمال", .fixed(month: 5, day: 1)),
    ("عيد الشغل", .fixed(month: 5, day: 1)),
    ("عيد الحب", .fixed(month: 2, day: 14)), ("رأس السنة", .fixed(month: 1, day: 1)),
    ("رأس السنة الميلادية", .fixed(month: 1, day: 1)), ("ليلة رأس السنة", .fixed(month: 12, day: 31)),
    ("عشية عيد الميلاد", .fixed(month: 12, day: 24)), ("ليلة عيد الميلاد", .fixed(month: 12, day: 24)),
    ("عيد الميلاد المجيد", .fixed(month: 12, day: 25)), ("المولد النبوي", .hijri(month: 3, day: 12)),
    ("عاشوراء", .hijri(month: 1, day: 10)), ("يوم عرفة", .hijri(month: 12, day: 9)),
    ("ليلة القدر", .hijri(month: 9, day: 27)),
  ]

  private static func jewish(
    _ month: HebrewCalendar.Month, _ day: Int, _ observance: HebrewHoliday.Observance = .onTheDate
  ) -> HolidayRule {
    .hebrew(HebrewHoliday(month: month, day: day, observance: observance))
  }

  /// The words of the phrases, split.
  static func words(of phrase: String) -> [String] {
    phrase.split(separator: " ").map(String.init)
  }

  /// Lexicon entries for the phrase words the rest of the vocabulary does not know. The last
  /// word of a phrase is a trigger, so that the region around the phrase gets parsed.
  static func lexiconEntries(known: Set<UInt64>) -> [(String, LexicalEntry)] {
    var entries: [(String, LexicalEntry)] = []
    var ids: [UInt64: Int] = [:]
    var triggers: Set<UInt64> = []
    for (phrase, _) in phrases {
      if let last = words(of: phrase).last { triggers.insert(WordHasher.hash(last)) }
    }
    for phrase in phrases.map(\.0) + eveWords {
      for word in words(of: phrase) {
        let hash = WordHasher.hash(word)
        guard !known.contains(hash), ids[hash] == nil else { continue }
        ids[hash] = ids.count
        entries.append((word, .holidayWord(ids[hash]!, trigger: triggers.contains(hash))))
      }
    }
    return entries
  }

  /// The phrase-only words that can open an expression: a phrase's first word or an eve word.
  /// Any other word known only from the phrases ("rights" in "human rights day") opens
  /// nothing, so the parser does not try its rules there.
  static let openingWords: Set<LexicalEntry> = {
    let lexicon = TemporalLexicon.standard
    return Set(
      (phrases.compactMap { words(of: $0.0).first } + eveWords).compactMap {
        lexicon.lookup(WordHasher.hash($0))?.entry
      })
  }()

  /// The entries of phrase words in -s, after which an apostrophe is a plural's possessive.
  static let pluralWords: Set<LexicalEntry> = {
    let lexicon = TemporalLexicon.standard
    return Set(
      phrases.flatMap { words(of: $0.0) }.filter { $0.count > 3 && $0.hasSuffix("s") }
        .compactMap { lexicon.lookup(WordHasher.hash($0))?.entry })
  }()

  /// Whether a phrase starts with the entry of a lone و (none does today).
  static let andOpensPhrase = patterns[.keyword(.and)] != nil

  /// Each phrase as the entries its tokens must carry, longest first, by its first entry (the
  /// parser asks at every known word, so it looks up rather than scans).
  static let patterns: [LexicalEntry: [(entries: [LexicalEntry], rule: HolidayRule)]] = {
    let lexicon = TemporalLexicon.standard
    let all = phrases.compactMap { phrase, rule -> ([LexicalEntry], HolidayRule)? in
      let entries = words(of: phrase).compactMap { lexicon.lookup(WordHasher.hash($0))?.entry }
      return entries.count == words(of: phrase).count ? (entries, rule) : nil
    }.sorted { $0.0.count > $1.0.count }
    return Dictionary(grouping: all, by: { $0.0[0] }).mapValues { $0.map { (entries: $0.0, rule: $0.1) } }
  }()
}

extension TemporalParser {
  /// The holiday phrase at token `i`, skipping apostrophes, hyphens and a possessive s
  /// ("mother's day", "eid al-fitr"): its rule and the token after it.
  func holidayPhrase(_ i: Int) -> (rule: HolidayRule, next: Int)? {
    guard continues(i), tokens[i].holidayHead, let head = tokens[i].entry,
      let candidates = HolidayCatalog.patterns[head]
    else { return nil }
    for pattern in candidates {
      var k = i
      var matched = true
      for (index, expected) in pattern.entries.enumerated() {
        if index > 0 {
          // An apostrophe inside a word is skipped too: "tisha b'av", "yom ha'atzmaut"; after a
          // plural ("all saints' day", not "Martin Luther King' day"); and the dot of an
          // abbreviation ("St. George's Day").
          while isPunctuation(k, "-") || (isPunctuation(k, "'", "’") && keyword(k + 1) == .possessive)
            || (isPunctuation(k, "'", "’") && !tokens[k].spaceBefore && k + 1 < tokens.count
              && (!tokens[k + 1].spaceBefore || tokens[k - 1].entry.map(HolidayCatalog.pluralWords.contains) == true))
            || (isPunctuation(k, ".") && !tokens[k].spaceBefore && k + 1 < tokens.count && isAbbreviation(k - 1))
            || (keyword(k) == .possessive && !tokens[k].spaceBefore)
          {
            k += 1
          }
        }
        guard continues(k), tokens[k].entry == expected else {
          matched = false
          break
        }
        k += 1
      }
      if matched {
        if isPunctuation(k, "'", "’"), keyword(k + 1) == .possessive { k += 2 }
        return (pattern.rule, k)
      }
    }
    return nil
  }

  /// A named holiday, with a year ("thanksgiving 2013"), a direction ("last easter", "next
  /// halloween") or neither (the preference, or the sentence's tense, picks the occurrence).
  func namedHoliday(_ i: Int) -> ParsedMatch? {
    var j = i
    var direction: Direction?
    if continues(j), tokens[j].latin {
      if keyword(j) == .this {
        direction = .current
        j += 1
      } else if case .direction(let found) = tokens[j].entry {
        direction = found
        j += 1
      }
    }
    guard let (rule, next) = holidayPhrase(j) else { return nil }
    var k = next
    // Arabic puts the direction after the name: "عيد الغفران الماضي", "عيد الميلاد المجيد المقبل".
    if direction == nil, continues(k), !tokens[k].latin, case .direction(let found) = tokens[k].entry {
      direction = found
      k += 1
    }
    var value: ParsedValue
    // "Diwali in 2019": a year after "in" is the holiday's too.
    let yearAfterIn = continues(k) && tokens[k].latin && keyword(k) == .inPreposition ? year(k + 1) : nil
    if let found = year(k) ?? yearAfterIn ?? yearOfRelativeYear(k), !found.hijri {
      guard let date = rule.date(inYear: found.year) else { return nil }
      value = dayValue(date, anchored: false)
      k = found.next
    } else if let anchor {
      let candidates = [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1].flatMap(rule.dates(inYear:))
      let chosen: CivilDate?
      if direction == .current {
        chosen = thisOccurrence(of: rule, anchor: anchor.date)
      } else {
        chosen = occurrence(among: candidates, direction: direction)
      }
      guard var chosen else { return nil }
      // "Thanksgiving two years ago", "Christmas in 3 years": the holiday of the year the
      // shift lands in.
      if direction == nil, let shift = countedShift(k), shift.items.count == 1,
        let shiftedYear = Int(shift.items[0].value.value.prefix(4)), let date = rule.date(inYear: shiftedYear)
      {
        chosen = date
        k = shift.next
      }
      value = dayValue(chosen, anchored: true)
    } else {
      if case .fixed(let month, let day) = rule {
        value = unanchoredValue("XXXX-\(pad(month, 2))-\(pad(day, 2))", grain: .day)
      } else {
        value = unanchoredValue("XXXX-XX-XX", grain: .day)
      }
    }
    if case .hebrew = rule, let day = value.day { value.hebrew = HebrewCalendar.description(of: day) }
    return ParsedMatch(next: k, items: [ParsedItem(first: i, last: k - 1, value: value)])
  }
}

extension TemporalParser {
  /// Whether the word at `k` is an abbreviation whose dot a holiday name may carry ("St.
  /// George's Day"): a word of three letters or fewer that is no month ("May. Day-long queues"
  /// is the month and a sentence).
  func isAbbreviation(_ k: Int) -> Bool {
    guard k >= 0, tokens[k].kind == .word, tokens[k].end - tokens[k].start <= 3 else { return false }
    if case .month? = tokens[k].entry { return false }
    return true
  }
}
