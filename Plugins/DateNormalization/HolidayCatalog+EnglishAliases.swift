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
  ]
}
