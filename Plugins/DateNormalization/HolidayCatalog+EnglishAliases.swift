extension HolidayCatalog {
  /// Other English names of Islamic holidays, as they appear in English-language calendars
  /// and Duckling's English rules: "sacrifice feast" (Eid al-Adha), "night of measures" and
  /// "night of decree" (Laylat al-Qadr), "the Prophet's ascension" (Isra and Mi'raj, which is
  /// also read with the apostrophe), "Amun Jadid" (the Islamic New Year). Left out: "night
  /// journey" (any journey by night) and "ascension to heaven" (as often the Christian
  /// Ascension).
  static let englishAliasPhrases: [(String, HolidayRule)] = [
    ("sacrifice feast", .hijri(month: 12, day: 10)), ("night of measures", .hijri(month: 9, day: 27)),
    ("night of decree", .hijri(month: 9, day: 27)), ("night of the decree", .hijri(month: 9, day: 27)),
    ("prophets ascension", .hijri(month: 7, day: 27)), ("prophet ascension", .hijri(month: 7, day: 27)),
    ("isra and mi raj", .hijri(month: 7, day: 27)),
    ("isra wal mi raj", .hijri(month: 7, day: 27)), ("amun jadid", .hijri(month: 1, day: 1)),
    // Jumu'atul-Wida, the Friday of farewell: the last Friday of Ramadan, in its South Asian
    // spellings too (Jamat-ul-Vida, Alvida Jumma).
    ("jumu atul wida", lastFridayOfRamadan), ("jumuatul wida", lastFridayOfRamadan),
    ("jumu atul wida a", lastFridayOfRamadan), ("jumatul wida", lastFridayOfRamadan),
    ("jamat ul vida", lastFridayOfRamadan), ("jamat ul wida", lastFridayOfRamadan),
    ("alvida jumma", lastFridayOfRamadan), ("alvida juma", lastFridayOfRamadan),
  ]

  private static let lastFridayOfRamadan = HolidayRule.weekdayBeforeHijri(weekday: 5, month: 10, day: 1)

  /// Other holidays with English names: the Ides of each month (the 15th of March, May, July
  /// and October, the 13th of the others, as the Roman calendar and Duckling's English rule
  /// "the ides of <named-month>" count them), Whit Monday, Civil Rights Day (Martin
  /// Luther King Jr. Day's name in some US states), the Dutch King's Day (Koningsdag, 27 April,
  /// or the 26th when the 27th is a Sunday; kept since 2014, Queen's Day before).
  static let englishOtherPhrases: [(String, HolidayRule)] = [
    ("ides of march", .fixed(month: 3, day: 15)), ("ides of may", .fixed(month: 5, day: 15)),
    ("ides of july", .fixed(month: 7, day: 15)), ("ides of october", .fixed(month: 10, day: 15)),
    ("ides of january", .fixed(month: 1, day: 13)), ("ides of february", .fixed(month: 2, day: 13)),
    ("ides of april", .fixed(month: 4, day: 13)), ("ides of june", .fixed(month: 6, day: 13)),
    ("ides of august", .fixed(month: 8, day: 13)), ("ides of september", .fixed(month: 9, day: 13)),
    ("ides of november", .fixed(month: 11, day: 13)), ("ides of december", .fixed(month: 12, day: 13)),
    // Whit Monday, the day after Pentecost (Easter + 50 days).
    ("whit monday", .easter(shift: 50)), ("pentecost monday", .easter(shift: 50)),
    ("monday of the holy spirit", .easter(shift: 50)),
    ("civil rights day", .nthWeekday(month: 1, weekday: 1, nth: 3, shift: 0)),
    ("king day", .fixedOffSunday(month: 4, day: 27, since: 2014)),
    ("kings day", .fixedOffSunday(month: 4, day: 27, since: 2014)),
    ("koningsdag", .fixedOffSunday(month: 4, day: 27, since: 2014)),
  ]
}

extension TemporalParser {
  /// "this Christmas", "this MLK Day": this year's, unless it has passed and the sentence does
  /// not look back (then the coming one: "this MLK Day" said in February is next January's,
  /// as Duckling reads it; "Crowds were thin this Easter", said in May, is this year's).
  func thisOccurrence(of rule: HolidayRule, anchor: CivilDate) -> CivilDate? {
    guard let date = rule.date(inYear: anchor.year) else { return nil }
    if date < anchor, options.preference != .past { return rule.date(inYear: anchor.year + 1) }
    return date
  }
}
