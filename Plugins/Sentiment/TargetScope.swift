import WorkbenchText

/// The words that govern one entity mention inside its clause (`TargetClause`): the tone
/// toward the entity is read from them, not from the whole clause.
///
/// Two rules, applied to the clause's words:
/// - Contrast and concession open a sub-clause with its own predicate: the clause is cut before
///   but, while, whereas, although, though, despite, however, unlike; لكن، بينما، فيما، رغم،
///   بالرغم، على الرغم، في حين، إلا أن، غير أن، بيد أن (each with و). A cut needs three words on
///   either side; a mention takes the piece it sits in. So in "the partnership with Norland
///   keeps growing despite the sanctions on Southia", Norland is judged on the partnership and
///   Southia on the sanctions.
/// - The party that condemns, denounces, accuses, criticizes or rejects is the source of that
///   negativity, not its target: a mention before such a word in its piece (English and
///   Arabic subject first), right after it (Arabic verb first: أدانت نورلاند; the agent of a
///   verbal noun: إدانة نورلاند ل...; the first mention within three words), or after `by` is
///   the holder. A holder before the word is judged only on the words before it; with fewer
///   than three words there, or when it comes after the word, the clause says nothing about
///   the holder and is left out of its tone. In the passive ("Southia's attacks were condemned
///   by Norland") the mentions before the word are its targets. Positive stances
///   (praise, welcome) are not split: a party that welcomes an agreement is reported as taking
///   part in it.
enum TargetScope {
  /// The token range that governs the mention at tokens `mention` inside the clause at tokens
  /// `clause` of `text`, or nil when the clause says nothing about it. `mentions` are the token
  /// ranges of every entity mention of the text, sorted.
  static func governed(
    mention: Range<Int>, clause: Range<Int>, text: SentimentText, mentions: [Range<Int>]
  ) -> Range<Int>? {
    let words = clause.filter { text.tokens[$0].kind == .word }
    guard !words.isEmpty else { return clause }
    let folded = words.map { text.normalized.string(text.tokens[$0].range) }
    guard let position = words.firstIndex(where: { $0 >= mention.lowerBound }) ?? words.indices.last else {
      return clause
    }

    // The piece between the cuts around the mention's first word.
    var lower = 0
    var upper = words.count
    var lastCut = 0
    for index in 1..<max(1, words.count) where index - lastCut >= minimumWords && words.count - index >= minimumWords {
      guard opensSubclause(folded, at: index) else { continue }
      if index <= position {
        lower = index
      } else {
        upper = index
        break
      }
      lastCut = index
    }

    // The holder of a negative stance is judged on the words before it.
    if let stance = (lower..<upper).first(where: { stanceWords.contains(folded[$0]) }) {
      let passive = stance + 1 < upper && folded[stance + 1] == "by"
      if passive {
        // "Southia's attacks were condemned by Norland": the agent after `by` holds it.
        if position > stance + 1 { return nil }
      } else if position < stance {
        guard stance - lower >= minimumWords else { return nil }
        return words[lower]..<words[stance]
      } else if position > stance, isArabic(text, words[stance]), position - stance <= 3,
        mentions.first(where: { $0.lowerBound > words[stance] })?.lowerBound == mention.lowerBound
      {
        // أدانت نورلاند ... / إدانة نورلاند ل...: the first name after the word is its agent.
        return nil
      }
    }
    let start = lower == 0 ? clause.lowerBound : words[lower]
    let end = upper == words.count ? clause.upperBound : words[upper]
    return start..<end
  }

  /// The words a piece needs on either side of a cut, and the words before a stance that still
  /// judge its holder.
  static let minimumWords = 3

  private static func isArabic(_ text: SentimentText, _ token: Int) -> Bool { text.tokens[token].script == .arabic }

  private static func fold(_ words: [String]) -> Set<String> {
    Set(words.map { SentimentFeaturizer.normalizer.normalizedString($0) })
  }

  /// Whether the word at `index` opens a contrastive or concessive sub-clause.
  static func opensSubclause(_ folded: [String], at index: Int) -> Bool {
    let word = folded[index]
    let next = index + 1 < folded.count ? folded[index + 1] : ""
    if twoWordOpeners[word]?.contains(next) == true { return true }
    guard singleOpeners.contains(word) else { return false }
    // فيما يتعلق / فيما يخص: "as for", not "while".
    if word.hasSuffix(fimaFolded), aboutWords.contains(next) { return false }
    return true
  }

  private static let fimaFolded = SentimentFeaturizer.normalizer.normalizedString("فيما")
  private static let aboutWords = fold(["يتعلق", "يخص", "بعد", "بين"])

  static let singleOpeners: Set<String> = fold([
    "but", "while", "whereas", "although", "though", "despite", "however", "unlike",
    "لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "بينما", "وبينما", "فيما", "وفيما",
    "رغم", "ورغم", "برغم", "وبرغم", "بالرغم", "وبالرغم",
  ])

  /// Openers of two words, by their first word.
  static let twoWordOpeners: [String: Set<String>] = {
    let pairs = [
      ("على", "الرغم"), ("وعلى", "الرغم"), ("في", "حين"), ("وفي", "حين"), ("إلا", "أن"), ("الا", "ان"),
      ("غير", "أن"), ("بيد", "أن"), ("even", "though"), ("in", "contrast"),
    ]
    var openers: [String: Set<String>] = [:]
    for (first, second) in pairs {
      let a = SentimentFeaturizer.normalizer.normalizedString(first)
      openers[a, default: []].insert(SentimentFeaturizer.normalizer.normalizedString(second))
    }
    return openers
  }()

  /// Words of a negative stance toward another party, as written; with و and ف.
  static let stanceWords: Set<String> = {
    let arabic = [
      "أدان", "أدانت", "يدين", "تدين", "أدانوا", "إدانة", "إدانته", "إدانتها", "ندد", "نددت", "يندد", "تندد",
      "تنديد", "استنكر", "استنكرت", "يستنكر", "تستنكر", "استنكار", "شجب", "شجبت", "يشجب", "تشجب",
      "انتقد", "انتقدت", "ينتقد", "تنتقد", "انتقاد", "اتهم", "اتهمت", "يتهم", "تتهم", "اتهام", "رفض",
      "رفضت", "يرفض", "ترفض",
    ]
    let english = [
      "condemn", "condemns", "condemned", "condemning", "condemnation", "denounce", "denounces",
      "denounced", "denouncing", "criticize", "criticizes", "criticized", "criticise", "criticises",
      "criticised", "criticism", "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed",
      "reject", "rejects", "rejected", "rejecting", "slammed", "slams", "deplored", "deplores",
    ]
    return fold(english + arabic + arabic.flatMap { ["و" + $0, "ف" + $0] })
  }()
}
