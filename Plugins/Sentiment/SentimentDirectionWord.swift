/// Market and quantity direction in news: "Shares of Norcom rose 3%", "ارتفعت أسهم الشركة",
/// "unemployment fell", "ارتفاع معدلات البطالة".
///
/// A word such as rose or تراجع carries no tone of its own: the tone is the direction of the
/// thing that moved, and for a quantity that hurts when it grows (unemployment, inflation,
/// prices, deaths; البطالة، التضخم، الأسعار، القتلى) the opposite one. The featurizer pairs each
/// direction word with a quantity close to it in its clause (a valued one such as shares or
/// exports wins over a costly one) and emits one feature for the pair (rises, falls) ×
/// (valued, costly, none named); its weight is learned, mostly from news sentences written
/// for it (`Resources/news_sentences.tsv`).
enum SentimentDirectionWord: UInt8, Sendable {
  /// The thing named near it went up.
  case rises
  /// The thing named near it went down.
  case falls
  /// A quantity whose rise is bad news.
  case costlyWhenHigher
  /// A quantity whose rise is good news: named with a costly one, it decides ("share prices",
  /// "أسعار الأسهم").
  case valuedWhenHigher

  /// Words on either side of a direction word in which a costly quantity is paired with it:
  /// "unemployment in the north rose" (before), "ارتفعت معدلات البطالة" (after).
  static let pairingDistanceBefore = 4
  static let pairingDistanceAfter = 3

  /// The words of each kind, as written; they are normalized and hashed like any token (a word
  /// is found by its form or its `LightStemmer` stem).
  static let words: [SentimentDirectionWord: [String]] = [
    .rises: [
      "rose", "rise", "rises", "rising", "risen", "climbed", "climb", "climbs", "climbing", "gained", "gain", "gains",
      "jumped", "jump", "jumps", "surged", "surge", "surges", "soared", "soar", "soars", "rallied", "rally",
      "rebounded", "rebound", "increased", "increase", "increases", "grew", "grow", "grows", "higher",
      "ارتفع", "ارتفعت", "وارتفع", "وارتفعت", "ارتفاع", "وارتفاع", "بارتفاع", "يرتفع", "ترتفع", "ارتفعا",
      "صعد", "صعدت", "وصعد", "وصعدت", "صعود", "يصعد", "تصعد", "زاد", "زادت", "وزاد", "وزادت", "زيادة",
      "يزيد", "تزيد", "قفز", "قفزت", "وقفز", "وقفزت", "قفزة", "يقفز", "تقفز", "نما", "نمت", "ينمو", "تنمو",
      "ارتفاعا", "صعودا", "مرتفعا", "مرتفعة",
    ],
    .falls: [
      "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined", "decline", "declines",
      "slumped", "slump", "slumps", "plunged", "plunge", "plunges", "tumbled", "tumble", "slid", "slide", "sank",
      "sink", "dipped", "dip", "decreased", "decrease", "shrank", "shrink", "shrinks", "eased", "eases", "lower",
      "انخفض", "انخفضت", "وانخفض", "وانخفضت", "انخفاض", "وانخفاض", "بانخفاض", "ينخفض", "تنخفض", "تراجع",
      "تراجعت", "وتراجع", "وتراجعت", "يتراجع", "تتراجع", "هبط", "هبطت", "وهبط", "وهبطت", "هبوط", "يهبط",
      "تهبط", "تقلص", "تقلصت", "انكمش", "انكمشت", "تدنى", "تدنت", "انخفاضا", "تراجعا", "هبوطا",
      "منخفضا", "منخفضة",
    ],
    .costlyWhenHigher: [
      "unemployment", "jobless", "inflation", "deficit", "deficits", "debt", "debts", "losses", "loss", "prices",
      "costs", "cost", "deaths", "death", "toll", "casualties", "fatalities", "infections", "poverty",
      "crime", "rents", "emissions", "layoffs", "bankruptcies", "violence", "tensions", "attacks", "killings",
      "arrests", "shortages", "hunger", "displacement", "refugees", "extremism", "smuggling", "cases",
      "البطالة", "بطالة", "التضخم", "تضخم", "العجز", "عجز", "الدين", "الديون", "ديون", "المديونية", "الخسائر",
      "خسائر", "الأسعار", "أسعار", "الاسعار", "اسعار", "التكاليف", "تكاليف", "تكلفة", "كلفة", "الوفيات",
      "وفيات", "الضحايا", "ضحايا", "القتلى", "قتلى", "حصيلة", "الإصابات", "إصابات", "الفقر", "الجريمة",
      "الجرائم", "الإيجارات", "إيجارات", "الانبعاثات", "انبعاثات", "العنف", "التوتر", "التوترات",
      "الهجمات", "هجمات", "الاعتداءات", "اعتداءات", "الاعتقالات", "اعتقالات", "النقص", "الجوع", "النازحين",
      "نازحين", "اللاجئين", "التطرف", "التهريب", "حالات",
    ],
    .valuedWhenHigher: [
      "shares", "share", "stocks", "stock", "index", "exports", "profits", "profit", "earnings", "revenue",
      "revenues", "sales", "growth", "output", "investment", "investments", "reserves", "wages", "currency",
      "أسهم", "الأسهم", "اسهم", "الاسهم", "سهم", "مؤشر", "المؤشر", "الصادرات", "صادرات", "أرباح", "الأرباح",
      "ارباح", "الارباح", "الإيرادات", "إيرادات", "المبيعات", "مبيعات", "النمو", "الاستثمارات", "استثمارات",
      "الاحتياطيات", "احتياطيات", "الأجور", "أجور", "عملة", "العملة", "الليرة", "ليرة", "الدينار", "الجنيه",
      "الريال", "الدرهم",
    ],
  ]
}
