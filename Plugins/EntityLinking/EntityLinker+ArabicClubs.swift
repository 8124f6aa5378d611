extension EntityLinker {
  /// Arabic clubs named by their short name in a match report (فاز النصر على الاتحاد، مدرب
  /// الهلال، تعادل الزمالك مع الأهلي): the words are common nouns too (victory, union, crescent,
  /// youth, unity), so only the words around them say they are clubs. A club word is read as
  /// an organization when the word right before it is a result or meeting verb (فاز، تعادل،
  /// يلتقي) or a match noun in construct (مدرب، لاعب، حارس، هدف); after على, أمام, مع or ضد only
  /// when a result verb, ضيفا or a club read so stands right before the preposition; after و
  /// when a club read so stands right before; after a meeting noun (لمواجهة) in a match story. A
  /// definite word after it that is no nationality and no time word makes it a head noun
  /// (الاتحاد العام، الوحدة الوطنية), and النصر على الإرهاب has no verb or match noun before it. A club word the knowledge base holds is linked when the club's
  /// country is named in the text (the nationality or the country's name), else it is a NIL
  /// organization: الأهلي in a Saudi match report is not the Egyptian club.
  func arabicClubsInMatchReports(
    _ mentions: [LinkedMention], in text: TokenizedText, occurrences: [Occurrence]
  ) -> [LinkedMention] {
    var clubTokens: [Int] = []
    var clubsAfterLam: [(position: Int, length: Int)] = []
    for position in text.tokens.indices where !text.tokens[position].isLatin {
      if Self.clubWordPrefix(position, in: text) != nil {
        clubTokens.append(position)
      } else if let length = clubNameAfterLam(position, in: text) {
        clubsAfterLam.append((position, length))
      }
    }
    guard !clubTokens.isEmpty || !clubsAfterLam.isEmpty else { return mentions }
    var result =
      clubsAfterLam.isEmpty
      ? mentions : arabicClubsAfterLam(mentions, at: clubsAfterLam, in: text, occurrences: occurrences)
    var accepted = Set<Int>()
    var dropped = Set<Int>()
    let longerAliases = Set(
      occurrences.filter { $0.match.endToken - $0.match.firstToken > 1 }.flatMap {
        $0.match.firstToken..<$0.match.endToken
      })
    for position in clubTokens where !longerAliases.contains(position) {
      let range = position..<(position + 1)
      guard isClubInMatchReport(position, in: text, accepted: accepted) else {
        if isVictoryOverAThing(position, in: text) {
          dropped.formUnion(result.indices.filter { text.tokens(within: result[$0].start, result[$0].end) == range })
        }
        continue
      }
      let overlapping = result.indices.filter {
        let tokens = text.tokens(within: result[$0].start, result[$0].end)
        return tokens.overlaps(range)
          || (tokens.isEmpty && result[$0].start < Int(text.tokens[position].end)
            && Int(text.tokens[position].start) < result[$0].end)
      }
      // A longer name over the word (الاتحاد السعودي لكرة القدم) is left as found.
      if overlapping.contains(where: { text.tokens(within: result[$0].start, result[$0].end) != range }) { continue }
      accepted.insert(position)
      if let existing = overlapping.first, result[existing].label == "ORGANIZATION" { continue }
      let club = clubMention(at: position, in: text, occurrences: occurrences)
      if let existing = overlapping.first {
        result[existing] = club
      } else {
        result.append(club)
      }
    }
    if dropped.isEmpty { return result }
    return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
  }

  /// A club word followed by على and a thing with the article that is no club, in a sentence
  /// without a match word: the noun (النصر على الإرهاب, victory over terrorism), not a club.
  private func isVictoryOverAThing(_ position: Int, in text: TokenizedText) -> Bool {
    let preposition = position + 1
    let object = position + 2
    guard object < text.tokens.count, text.tokens[preposition].joinsPrevious, text.tokens[object].joinsPrevious,
      Self.isWord(preposition, in: Self.over, text), !text.tokens[object].isLatin,
      CueWords.hasArticle(object, in: text), Self.clubWordPrefix(object, in: text) == nil
    else { return false }
    return !hasMatchWord(around: position, in: text)
  }

  /// Whether the club word at `position` stands where a match report names a club.
  private func isClubInMatchReport(_ position: Int, in text: TokenizedText, accepted: Set<Int>) -> Bool {
    guard position > 0, text.tokens[position].joinsPrevious else { return false }
    let next = position + 1
    // An adjective or a genitive after it (الاتحاد العام، الوحدة الوطنية) makes it a head noun;
    // a word with و before it (الهلال والنصر) is the next name, and another club the object
    // (هزم الشباب الوحدة).
    if next < text.tokens.count, text.tokens[next].joinsPrevious, !text.tokens[next].isLatin,
      text.folded[Int(text.tokens[next].foldedStart)] == 0x0627, CueWords.hasArticle(next, in: text),
      nationality(at: next, in: text) == nil, Self.clubWordPrefix(next, in: text) == nil,
      !Self.timeWords.contains(text.tokens[next].hash)
    {
      return false
    }
    let previous = position - 1
    if accepted.contains(previous), text.tokens[previous].joinsPrevious,
      Self.isWord(previous - 1, in: Self.matchVerbs, text)
    {
      return true
    }
    if Self.isWord(previous, in: Self.matchVerbs, text) || Self.isWord(previous, in: Self.matchNouns, text) {
      return true
    }
    if Self.isWord(previous, in: Self.meetingVerbs, text) { return hasMatchWord(around: position, in: text) }
    // A meeting noun (لمواجهة الاتحاد) is a match where the story already read a club so, or
    // the sentence has a match word.
    if Self.isWord(previous, in: Self.meetingNouns, text) {
      return !accepted.isEmpty || hasMatchWord(around: position, in: text)
    }
    if let prefix = Self.clubWordPrefix(position, in: text), prefix > 0,
      text.folded[Int(text.tokens[position].foldedStart)] == 0x0648, accepted.contains(previous)
    {
      return true
    }
    guard Self.isWord(previous, in: Self.opponentPrepositions, text), previous > 0,
      text.tokens[previous].joinsPrevious
    else { return false }
    let beforePreposition = previous - 1
    if Self.isWord(beforePreposition, in: Self.matchVerbs, text) || accepted.contains(beforePreposition) {
      return true
    }
    return false
  }

  /// Whether the sentence of the token has a match word or a score (2-1).
  private func hasMatchWord(around position: Int, in text: TokenizedText) -> Bool {
    guard let sentence = text.sentence(containing: position) else { return false }
    return sentence.contains { token in
      if Self.isWord(token, in: Self.matchWords, text) || Self.isWord(token, in: Self.matchVerbs, text) { return true }
      guard token > sentence.lowerBound, text.tokens[token].scalarBefore == 0x2D,
        Int(text.tokens[token].start) == Int(text.tokens[token - 1].end) + 1
      else { return false }
      let isNumber = { (at: Int) in text.foldedScalars(at).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
      return isNumber(token) && isNumber(token - 1)
    }
  }

  /// The club as a mention: linked when the knowledge base holds a club of that name whose
  /// country the text names, else a NIL organization.
  private func clubMention(at position: Int, in text: TokenizedText, occurrences: [Occurrence]) -> LinkedMention {
    let token = text.tokens[position]
    let prefix = Self.clubWordPrefix(position, in: text) ?? 0
    let start = prefix == 0 ? Int(token.start) : Int(text.foldedOffsets[Int(token.foldedStart) + prefix])
    let end = Int(token.end)
    if let occurrence = occurrences.first(where: {
      $0.match.firstToken == position && $0.match.endToken == position + 1
    }) {
      let named = Set(
        occurrences.flatMap { other in
          index.lists[Int(other.match.list)].filter { $0.kind == .name || $0.kind == .demonym }.map {
            knowledgeBase.entities[Int($0.entity)].id
          }
        })
      let clubs = index.lists[Int(occurrence.match.list)].filter {
        Self.isClub(knowledgeBase.entities[Int($0.entity)])
      }
      // Of two clubs sharing the name (الأهلي of Cairo and of Jeddah), the one whose country
      // the text names, when only one is.
      let clubsOfNamedCountries = clubs.filter {
        knowledgeBase.entities[Int($0.entity)].related.contains(where: named.contains)
      }
      if let club = clubsOfNamedCountries.first, clubsOfNamedCountries.count == 1 {
        let entity = knowledgeBase.entities[Int(club.entity)]
        let country = entity.related.first(where: named.contains)!
        return LinkedMention(
          start: start, end: end, label: "ORGANIZATION", id: entity.id, nameEnglish: entity.name_en,
          nameArabic: entity.name_ar, confidence: 0.6, evidence: ["match-report", "related:" + country], title: nil,
          isNil: false)
      }
    }
    let written = text.text(scalarsFrom: start, to: end)
    return LinkedMention(
      start: start, end: end, label: "ORGANIZATION",
      id: NilMentionFinder.clusterID(name: NameFolding.fold(written), type: "ORGANIZATION"), nameEnglish: "",
      nameArabic: written, confidence: 0.5, evidence: ["nil:match-report"], title: nil, isNil: true)
  }

  private static func isClub(_ entity: KnowledgeBaseEntity) -> Bool { isFootballClub(entity) }

  /// How many folded scalars of proclitics (و، ف، ب، ل) precede the club word at `position`;
  /// nil when the token is no club word.
  static func clubWordPrefix(_ position: Int, in text: TokenizedText) -> Int? {
    let token = text.tokens[position]
    if isClubShortName(token.hash) { return 0 }
    let start = Int(token.foldedStart)
    let end = Int(token.foldedEnd)
    guard end - start >= 5 else { return nil }
    var offset = 0
    if text.folded[start] == 0x0648 || text.folded[start] == 0x0641 {
      offset = 1
      if isClubShortName(TokenizedText.hash(text.folded[(start + 1)..<end])) { return 1 }
    }
    let letter = text.folded[start + offset]
    guard letter == 0x0628 || letter == 0x0644 || letter == 0x0643 else { return nil }
    if isClubShortName(TokenizedText.hash(text.folded[(start + offset + 1)..<end])) { return offset + 1 }
    return nil
  }

  /// `clubShortNames.contains`, with the bit filter first: it is asked for every Arabic token.
  @inline(__always)
  static func isClubShortName(_ hash: UInt64) -> Bool {
    clubShortNames.contains(hash)
  }

  static func isWord(_ position: Int, in words: WordHashSet, _ text: TokenizedText) -> Bool {
    position >= 0 && !text.tokens[position].isLatin
      && AliasIndex.cliticVariants(of: position, in: text).contains(where: words.contains)
  }

  /// Short names of Arabic clubs that are also common words or names of other things: the
  /// first word of the club names in Resources/club_names.txt (arwikicats' club table) written
  /// نادي X or X with its country's nationality (الشباب السعودي، الوحدة الإماراتي), with the
  /// article, plus the knowledge base's clubs. Words the knowledge base holds as a place or
  /// another organization (الرياض، الجزيرة، الشرطة), and those that politics uses as often
  /// (الشعب، الطلبة، الخليج), are not listed: their usual sense is kept.
  static let clubShortNames: WordHashSet = NonNameWords.hashes(
    """
    النصر الاتحاد الهلال الأهلي الاهلي الزمالك الوحدة الشباب الوحدات القادسية التعاون الطائي الوصل
    الفيصلي الرائد الاتفاق الريان السد العربي النجمة الصفاء الأنصار
    """)

  /// Result verbs of match reports (with or without و or ف before them): they take a club
  /// right after them and one after على, أمام or مع.
  private static let matchVerbs = NonNameWords.hashes(
    """
    فاز يفوز تعادل يتعادل خسر يخسر هزم يهزم تغلب يتغلب سحق يسحق اكتسح ضيفا
    """)

  /// Whether the token's sentence has a match word, a result verb or a score, for the rules
  /// that read a club the knowledge base does not hold.
  func isInMatchSentence(_ position: Int, in text: TokenizedText) -> Bool { hasMatchWord(around: position, in: text) }

  /// The result verbs, for the rules that read a club the knowledge base does not hold.
  static var arabicResultVerbs: WordHashSet { matchVerbs }

  /// Meeting verbs (يلتقي الهلال، يستضيف الاتحاد): politics uses them too (يواجه الشباب
  /// البطالة), so they count only in a sentence that has a match word or a score.
  private static let meetingVerbs = NonNameWords.hashes(
    """
    التقى يلتقي تلتقي واجه يواجه استضاف يستضيف يحل
    """)

  /// Words of a match in the sentence (for a meeting verb).
  private static let matchWords = NonNameWords.hashes(
    """
    مباراة المباراة مباراته مباريات الدوري دوري الكأس كأس بطولة البطولة الجولة هدف هدفا هدفين أهداف
    الهدف المدرب ملعب الملعب استاد الشوط ركلة النهائي الإياب الذهاب
    """)

  /// Match nouns that take a club in construct (مدرب الهلال، هدف النصر، جماهير الزمالك).
  private static let matchNouns = NonNameWords.hashes(
    """
    مدرب لاعب لاعبو لاعبي حارس مهاجم مدافع هدف هدفي أهداف جماهير جمهور شباك مرمى مباراة
    فوز خسارة
    """)

  /// Nouns of a meeting (مواجهة، لقاء), before a club only in a match story.
  private static let meetingNouns = NonNameWords.hashes("مواجهة لقاء مواجهته لقائه")

  /// Definite time words that may follow a club word (لمواجهة الاتحاد الأسبوع المقبل) without
  /// making it a head noun.
  private static let timeWords = NonNameWords.hashes(
    "الأسبوع اليوم الليلة الموسم السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة")

  private static let over = NonNameWords.hashes("على")

  /// The prepositions before a match's other side (فاز الهلال على النصر، خسر أمام، تعادل مع).
  static let opponentPrepositions = NonNameWords.hashes("على أمام مع ضد")
}
