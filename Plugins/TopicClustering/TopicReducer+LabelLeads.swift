/// Which shown terms may lead a label: a verb, an adjective alone or a piece cut out of a
/// longer name stays among a topic's terms but is not what an analyst would put on a slide.
extension TopicReducer {
  /// Whether a shown term should not lead a label: the middle of a longer Arabic name
  /// (`isPieceOfLongerName`), a term that opens with an Arabic verb (`opensWithArabicVerb`),
  /// or an English adjective alone (`isAdjectiveAlone`). Decided on the written term alone.
  static func isWeakLead(_ term: String) -> Bool {
    isPieceOfLongerName(term) || opensWithArabicVerb(term) || isAdjectiveAlone(term)
  }

  /// Whether the first word of a shown Arabic term reads as a verb: after an optional و, a
  /// third-person imperfect (`يطالب`: ي, five letters or more, its second letter not ا or
  /// و, which keeps names such as `ياسين`, `يوسف` out, and no noun ending), or, after an
  /// optional و or ف, a perfect of the
  /// derived forms that start with a bare alef (`اجتاز`, `انطلق`, `اختار`: ا C ت C C or ان C
  /// C C in five letters; `استقبل` in six; a feminine ت after them). Their verbal nouns are
  /// longer (`اجتياز`, `انطلاق`, `استقبال`); a hamza (`أستاذ`, `إنتاج`) is never such a
  /// verb's. A verb and its subject (`واجتاز التلاميذ`, "and the pupils sat") were collected
  /// as a phrase two stories share. On the words of the ANT subset this reads, the frequent
  /// ones are verbs (`يتعلق`, `واعتبر`, `انطلقت`); foreign names starting وي (`ويندوز`) are
  /// the misses seen.
  static func opensWithArabicVerb(_ term: String) -> Bool {
    guard let first = term.unicodeScalars.first, (0x0621...0x064A).contains(first.value) else { return false }
    var letters = Array(term.split(separator: " ", maxSplits: 1)[0].unicodeScalars.map(\.value))
    let (alef, taa, waw, faa, yaa, noon, seen, lam): (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
      (0x0627, 0x062A, 0x0648, 0x0641, 0x064A, 0x0646, 0x0633, 0x0644)
    var afterFaa = false
    if letters.count >= 5, letters[0] == waw || letters[0] == faa {
      afterFaa = letters.removeFirst() == faa
    }
    guard letters.count >= 4, letters.last != 0x0629 else { return false }
    if letters.count >= 2, letters[letters.count - 2] == alef, letters.last == taa { return false }
    if letters[0] == yaa {
      // After ف, ي mostly opens a foreign name (`فيسبوك`, `فيتنام`, `فيلم`).
      return !afterFaa && letters.count >= 5 && letters[1] != alef && letters[1] != waw
    }
    guard letters[0] == alef, letters[1] != lam else { return false }
    // A feminine perfect (`انطلقت`, `استقبلت`): the stem before the ت.
    if letters.count == 6 || letters.count == 7, letters.last == taa, letters[letters.count - 2] != alef {
      letters.removeLast()
    }
    switch letters.count {
    case 5:
      // ا C ت ا C with ن or س second is a noun (`انتاج`, `استاذ` written without hamza).
      if letters[3] == alef, letters[1] == noon || letters[1] == seen { return false }
      return letters[2] == taa || (letters[1] == noon && letters[3] != alef)
    case 6: return letters[1] == seen && letters[2] == taa && letters[4] != alef
    default: return false
    }
  }

  /// Adjectives that say what kind, not what: alone in a label (`free` of "free lunches" and
  /// "free school lunches") they need the noun they were written with. Written for this
  /// project; compared in lower case, a single word only.
  static let adjectivesAlone: Set<String> = [
    "free", "new", "public", "private", "local", "national", "regional", "international", "foreign", "federal",
    "main", "key", "full", "general", "special", "annual", "daily", "weekly", "global", "former", "current",
    "possible", "likely", "available", "serious", "important", "significant", "high", "low", "higher", "lower",
    "social", "political", "economic", "financial", "remote", "extra", "further", "single",
  ]

  /// Whether a shown term is one English adjective (`adjectivesAlone`).
  static func isAdjectiveAlone(_ term: String) -> Bool {
    guard let first = term.utf8.first, first < 0x80, !term.contains(" ") else { return false }
    return adjectivesAlone.contains(term.lowercased())
  }

  /// Whether a shown Arabic word is definite: the article, or ل before it (`للسياحة`).
  static func isDefiniteArabic(_ word: Substring) -> Bool {
    word.hasPrefix("ال") || word.hasPrefix("لل")
  }
}
