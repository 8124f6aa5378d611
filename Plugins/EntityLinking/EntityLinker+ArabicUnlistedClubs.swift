extension EntityLinker {
  /// Clubs of a match report that neither the club list nor the tagger knows (فاز السالمية على
  /// الجهراء، تعادل العربي مع كاظمة، فاز الزوراء على القوة الجوية): in a sentence with a match word
  /// or a score, the free word with the article right after a result verb and before على، أمام،
  /// مع or ضد is a club, and so is the free word after that preposition (with a nisba after it
  /// when both have the article: القوة الجوية; with a one-word place after it: شباب الأردن), or after the preposition right after the verb
  /// (تعادل مع كاظمة); the sentence must name a goal, a round, a league or a score. Nouns of the sport (المنتخب، الفريق، ضيفه، أرضه) are no clubs. The same
  /// word after a club's noun elsewhere in the story (مدرب الشرطة) is the club too. All are NIL
  /// organizations (`nil:match-club`). A sentence with a word of an election or a party contest
  /// is never a match. Asked of a token only when the bit filter of the verbs passes its hash.
  func arabicClubsTheTaggerMissed(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    let count = text.tokens.count
    var verbs: [Int] = []
    for position in 0..<max(0, count - 2) {
      let token = text.tokens[position]
      guard !token.isLatin, Self.unlistedClubVerbs.contains(token.hash)
      else { continue }
      verbs.append(position)
    }
    guard !verbs.isEmpty else { return mentions }
    let finder = NilMentionFinder(cues: cues)
    var taken = takenTokens(mentions, in: text)
    var result = mentions
    var clubWords = Set<UInt64>()
    let organizationStarts = Set(mentions.filter { $0.label == "ORGANIZATION" }.map(\.start))
    func isClubWord(_ position: Int) -> Bool {
      position < count && !taken[position] && text.tokens[position].joinsPrevious && !text.tokens[position].isLatin
        && finder.isNameWord(position, in: text, first: false) && !Self.isWord(position, in: Self.sportNouns, text)
        && !Self.isWord(position, in: Self.opponentPrepositions, text)
    }
    func add(_ range: Range<Int>) {
      for token in range { taken[token] = true }
      clubWords.insert(text.tokens[range.lowerBound].hash)
      result.append(nilMention(tokens: range, type: "ORGANIZATION", evidence: "nil:match-club", in: text))
    }
    for verb in verbs where hasMatchNoun(around: verb, in: text) {
      let subject = verb + 1
      var preposition = subject
      if !Self.isWord(subject, in: Self.opponentPrepositions, text) {
        preposition = subject + 1
        guard preposition < count, text.tokens[preposition].joinsPrevious,
          Self.isWord(preposition, in: Self.opponentPrepositions, text)
        else { continue }
        if isClubWord(subject), CueWords.hasArticle(subject, in: text) {
          add(subject..<(subject + 1))
        } else if !organizationStarts.contains(Int(text.tokens[subject].start)) && !taken[subject] {
          continue
        }
      }
      let object = preposition + 1
      guard isClubWord(object) else { continue }
      var end = object + 1
      if end < count, CueWords.hasArticle(object, in: text), isClubWord(end), CueWords.hasArticle(end, in: text),
        Self.endsLikeNisba(text.foldedScalars(end))
      {
        end += 1
      } else if end < count, text.tokens[end].joinsPrevious,
        let place = result.firstIndex(where: {
          $0.label == "LOCATION" && text.tokens(within: $0.start, $0.end) == end..<(end + 1)
        })
      {
        // A club named after its town in construct (شباب الأردن، الحسين إربد): the place is
        // part of the club's name.
        result.remove(at: place)
        taken[end] = false
        end += 1
      }
      add(object..<end)
    }
    guard !clubWords.isEmpty else { return result }
    // The story's other mentions of such a club after a club's noun (مدرب الشرطة).
    for position in 1..<count where clubWords.contains(text.tokens[position].hash) && !taken[position] {
      guard text.tokens[position].joinsPrevious, Self.isWord(position - 1, in: Self.clubNouns, text) else { continue }
      add(position..<(position + 1))
    }
    return result
  }

  /// Whether the verb's sentence names a match by a word of its own (a goal, a round, a league,
  /// a scoreless draw) or a score: the result verb alone is no evidence (فاز المرشح على منافسيه).
  func hasMatchNoun(around position: Int, in text: TokenizedText) -> Bool {
    guard let sentence = text.sentence(containing: position) else { return false }
    // An election or a party's contest uses the same verbs and prepositions (خسر الحزب أمام
    // خصومه في الجولة الثانية): such a sentence names no match, whatever else it holds.
    if sentence.contains(where: { Self.isWord($0, in: Self.contestNouns, text) }) { return false }
    return sentence.contains { token in
      if Self.isWord(token, in: Self.matchNouns, text) { return true }
      if isGoal(token, in: sentence, text) { return true }
      guard token > sentence.lowerBound, text.tokens[token].scalarBefore == 0x2D else { return false }
      let isNumber = { (at: Int) in text.foldedScalars(at).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
      return isNumber(token) && isNumber(token - 1)
    }
  }

  /// Words only a match report uses.
  private static let matchNouns = NonNameWords.hashes(
    """
    مباراة المباراة مباراته مباريات الدوري دوري الكأس كأس الشوط ركلة ثلاثية بثلاثية سلبيا نظيف
    نظيفين لمثله المدرب مدرب
    """)

  /// Whether the token names a goal. A single goal after ب is also "with the aim of" (بهدف
  /// تعزيز التعاون), so بهدف counts only before what follows a score (نظيف، دون رد، مقابل، في) or
  /// at the sentence's end; two goals or more count with any clitic.
  private func isGoal(_ token: Int, in sentence: Range<Int>, _ text: TokenizedText) -> Bool {
    guard !text.tokens[token].isLatin else { return false }
    if Self.goalNouns.contains(text.tokens[token].hash) || Self.isWord(token, in: Self.goalsNouns, text) {
      return true
    }
    guard Self.isWord(token, in: Self.goalNouns, text) else { return false }
    let next = token + 1
    return next >= sentence.upperBound || Self.isWord(next, in: Self.afterScoreWords, text)
  }

  /// One goal, asked as a whole token (or, after ب, with what follows it). A round (الجولة) is
  /// no evidence: elections and tours have rounds too.
  private static let goalNouns = NonNameWords.hashes("هدف هدفا الهدف")

  /// Two goals or more, with any clitic (بهدفين، بثلاثة أهداف).
  private static let goalsNouns = NonNameWords.hashes("هدفين أهداف الهدفين")

  /// Words that follow a score (بهدف نظيف، بهدف دون رد، بهدف مقابل هدفين، بهدف في الدقيقة).
  private static let afterScoreWords = NonNameWords.hashes("نظيف دون مقابل وحيد لمثله قاتل في مع")

  /// Words of an election or a party contest: a sentence with one of them is no match report.
  private static let contestNouns = NonNameWords.hashes(
    """
    انتخابات الانتخابات الانتخابية انتخابية الاقتراع التصويت تصويت الحزب حزب الأحزاب البرلمان
    البرلمانية الوزير وزير الرئاسية المرشح مرشح الناخبين الائتلاف المعارضة الإصلاحيون المحافظين
    """)

  /// A nisba: the word ends in ي or ية (folded ه).
  private static func endsLikeNisba(_ word: ArraySlice<UInt32>) -> Bool {
    guard let last = word.last, word.count >= 4 else { return false }
    return last == 0x064A || (last == 0x0647 && word[word.endIndex - 2] == 0x064A)
  }

  /// Result and meeting verbs, bare and after و or ف, as whole tokens (ministers meet more often
  /// than clubs: the sentence's match word decides).
  private static let unlistedClubVerbs: WordHashSet = {
    let verbs = "فاز يفوز تعادل يتعادل خسر يخسر هزم يهزم تغلب يتغلب سحق اكتسح يلعب يلتقي التقى".split(separator: " ")
    return NonNameWords.hashes(verbs.flatMap { verb in ["", "و", "ف"].map { $0 + verb } }.joined(separator: " "))
  }()

  /// Nouns of the sport that stand where a club does (فاز المنتخب على، تعادل مع ضيفه).
  private static let sportNouns = NonNameWords.hashes(
    """
    المنتخب منتخب الفريق فريق الضيوف المضيف أصحاب البطل المتصدر الوصيف اللاعب النادي الأبطال ضيفه
    مضيفه منافسه غريمه ضيفها منافسها أرضه أرضها ملعبه جماهيره نفسه خصمه خصومه منافسيه خصومها منافسيها
    """)

  /// Nouns that take a club in construct.
  private static let clubNouns = NonNameWords.hashes("مدرب جماهير لاعبو لاعبي مشجعو حارس مهاجم")
}
