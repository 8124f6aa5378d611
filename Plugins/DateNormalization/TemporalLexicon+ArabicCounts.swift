extension TemporalLexicon {
  /// Arabic words of counted periods with the article: the definite duals ("الشهرين
  /// الماضيين"), the definite numbers that follow a plural unit ("الأشهر الستة الماضية") and
  /// the direction words in the agreement of duals and plurals (الماضيين، المقبلتين); and the
  /// parts of the day that name one only before a day (ظهر غد، ليل الثلاثاء); the time words
  /// before a holiday and the English nouns after one that decide whether it is a date.
  ///
  /// Two is left out of the numbers (الاثنين is Monday); the dual says two by itself.
  static var arabicCountedPeriodWords: [(String, LexicalEntry)] {
    let duals: [(String, TimeUnit)] = [
      ("الساعتين", .hour), ("اليومين", .day), ("الأسبوعين", .week), ("الاسبوعين", .week),
      ("الشهرين", .month), ("العامين", .year), ("السنتين", .year), ("العقدين", .decade),
    ]
    let numbers: [(String, Int)] = [
      ("الثلاث", 3), ("الثلاثة", 3), ("الأربع", 4), ("الاربع", 4), ("الأربعة", 4), ("الاربعة", 4),
      ("الخمس", 5), ("الخمسة", 5), ("الست", 6), ("الستة", 6), ("السبع", 7), ("السبعة", 7),
      ("الثماني", 8), ("الثمانية", 8), ("التسع", 9), ("التسعة", 9), ("العشر", 10), ("العشرة", 10),
    ]
    let directions: [(String, Direction)] = [
      ("الماضيين", .past), ("الماضيتين", .past), ("المنصرمين", .past), ("المنصرمتين", .past),
      ("الفائتين", .past), ("الفائتتين", .past), ("السابقين", .past), ("السابقتين", .past),
      ("المقبلين", .future), ("المقبلتين", .future), ("القادمين", .future), ("القادمتين", .future),
    ]
    let dayParts: [(String, DayPart)] = [("ظهر", .noon), ("ظهيرة", .noon), ("ليل", .night)]
    var list: [(String, LexicalEntry)] = duals.map { ($0.0, .unit($0.1, .dual)) }
    list += [("الأيام", .unit(.day, .plural)), ("الايام", .unit(.day, .plural))]
    list += numbers.map { ($0.0, .cardinal($0.1)) }
    list += directions.map { ($0.0, .direction($0.1)) }
    list += ["الأخيرين", "الأخيرتين"].map { ($0, .keyword(.lastInPeriod)) }
    list += dayParts.map { ($0.0, .keyword(.dayPartOf($0.1))) }
    list += [
      "مناسبة", "حلول", "قدوم", "اقتراب", "عطلة", "إجازة", "اجازة", "موعد", "صبيحة", "سهرة", "فترة", "موسم",
      "استقبال", "لاستقبال", "قضاء", "إحياء", "احياء", "لإحياء", "قبيل", "عقب", "أثناء", "اثناء", "طيلة", "إبان",
      "ابان", "غداة",
    ].map { ($0, .keyword(.occasion)) }
    list += [
      "tree", "trees", "tradition", "traditions", "lights", "decorations", "decoration", "market", "markets",
      "shopping", "shoppers", "sales", "card", "cards", "carol", "carols", "dinner", "lunch", "gifts", "presents",
      "costume", "costumes", "parade", "songs", "song", "music", "movie", "movies", "film", "spirit", "cheer",
      "menu", "eggs", "candy", "message", "speech", "address", "ornaments", "bonus",
    ].map { ($0, .keyword(.holidayAttribute)) }
    return list
  }
}
