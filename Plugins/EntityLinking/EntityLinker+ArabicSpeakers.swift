extension EntityLinker {
  /// A person named between a verb of saying and what was said: "وصرح مازن الفرايه بأن ..."،
  /// "وقالت وزيرة التنمية وفاء بني مصطفى إن ...". The words from right after the verb (or after a
  /// title phrase) up to إن، أن or بأن are the speaker's name when there are two to four of them,
  /// all name-shaped (the first without the article, none a title, cue, function word or a
  /// preposition with the article, لل or بال), and the first begins names in the tagger's
  /// training texts or the tagger found a person among them. The tagger drops transliterated and
  /// rare given names there and cuts long names short; the rule gives the whole name, as a NIL
  /// person (`nil:speaker`) that replaces the NIL persons it covers. A linked name or another
  /// type among the words leaves them alone. The complementizers are found by a token's hash in
  /// a set that carries its own bit filter; the rest is read only there.
  ///
  /// Agency copy names its speakers in three more ways, read the same way: a source quoted
  /// after عن and a form of نقل ("ونقلت الصحيفة عن فلان أن"، "عن فلان قوله إن"); a name between
  /// a verb of saying or calling and the speaker's title in apposition ("وقال فلان الفلاني
  /// رئيس الحزب"), where the title is evidence enough and the first word need not begin names
  /// in the training texts; and a call ("ودعا فلان الفلاني إلى").
  func arabicSpeakers(_ mentions: [LinkedMention], in text: TokenizedText, tagger: EntityTagger) -> [LinkedMention] {
    var result = mentions
    var removed = Set<Int>()
    let finder = NilMentionFinder(cues: cues)
    let count = text.tokens.count
    // Read once: a static set read inside the loop costs a `swift_once` check per token.
    let speechEnds = Self.speechEnds
    let calls = Self.calls
    let quotedSpeech = Self.quotedSpeech
    let unnamedSpeakers = Self.unnamedSpeakers
    var complementizer = 3
    while complementizer < count {
      defer { complementizer += 1 }
      let token = text.tokens[complementizer]
      guard !token.isLatin, token.joinsPrevious else { continue }
      let ending: SpeakerEnding
      if speechEnds.contains(token.hash) {
        ending = calls.contains(token.hash) ? .call : quotedSpeech.contains(token.hash) ? .quoted : .said
      } else if cues.contains(cues.titles, token: complementizer, in: text),
        text.foldedScalars(complementizer).last != 0x0627
      {
        // "رئيسا للوزراء" in the accusative is a role given, not a title in apposition.
        ending = .apposition
      } else {
        continue
      }
      for length in 2...4 {
        let first = complementizer - length
        guard first >= 1, text.tokens[first].joinsPrevious else { break }
        // "وأكد مصدر مطلع أن", "وأضاف بيان رسمي أن": an unnamed source or a statement speaks.
        guard !unnamedSpeakers.contains(text.tokens[first].hash) else { break }
        let opened: Bool
        switch ending {
        case .said:
          opened =
            Self.isVerbOfSaying(first - 1, in: text) || titleBefore(first, in: text) != nil
            || isAfterRoleNoun(first, in: text) || Self.isQuotedSource(first, in: text)
        case .apposition:
          opened = Self.isVerbOfSaying(first - 1, in: text) || Self.isQuotedSource(first, in: text)
        case .quoted:
          opened = Self.isQuotedSource(first, in: text)
        case .call:
          opened = Self.isVerbOfCalling(first - 1, in: text)
        }
        // "ووصف موراتينوس المحادثات بأنها": a verb of describing or deeming takes its object
        // before بأن, and a word with the article there is that object, not the name's end.
        guard opened, !TitleClauseWords.endsNameAfterTitle(first, in: text),
          !(ending == .said && Self.isVerbWithObject(first - 1, in: text)
            && CueWords.hasArticle(complementizer - 1, in: text)),
          (first..<complementizer).allSatisfy({ isSpeakerNameWord($0, first: first, in: text, finder: finder) })
        else { continue }
        let range = Int(text.tokens[first].start)..<Int(text.tokens[complementizer - 1].end)
        let overlapping = result.indices.filter {
          !removed.contains($0) && result[$0].start < range.upperBound && range.lowerBound < result[$0].end
        }
        guard
          overlapping.allSatisfy({
            result[$0].label == "PERSON" && result[$0].isNil && range.lowerBound <= result[$0].start
              && result[$0].end <= range.upperBound
          })
        else { break }
        if overlapping.count == 1, result[overlapping[0]].start == range.lowerBound,
          result[overlapping[0]].end == range.upperBound
        {
          break
        }
        // A word before the tagger's person is taken in only when it begins names (not محاميه،
        // مدربه, a role with its pronoun, nor the أول of الفريق أول); a title in apposition
        // after the name, or قوله after a quoted source, is evidence enough.
        let firstHash = text.tokens[first].hash
        guard
          ending == .apposition || ending == .quoted || tagger.model.nameStarts.contains(firstHash)
            || Self.givenNamesWithConjunctionLetter.contains(firstHash)
            || overlapping.contains(where: { result[$0].start == range.lowerBound })
        else { break }
        var speaker = nilMention(tokens: first..<complementizer, type: "PERSON", evidence: "nil:speaker", in: text)
        if let tagged = overlapping.first {
          speaker.evidence = result[tagged].evidence + ["nil:speaker"]
          speaker.title = speaker.title ?? result[tagged].title
        }
        removed.formUnion(overlapping)
        result.append(speaker)
        break
      }
    }
    guard !removed.isEmpty else { return result }
    return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// What ends a speaker's name: what was said (إن، أن), the speaker's title in apposition,
  /// قوله after a quoted source, or what was called for (إلى).
  private enum SpeakerEnding {
    case said, apposition, quoted, call
  }

  /// Whether the word can be in a speaker's name: name-shaped as after a title, and after the
  /// first word no preposition with the article (للصحافيين، بالقرار), no weekday or word of time
  /// (أمس، الأحد) and nothing but the name's own words.
  private func isSpeakerNameWord(_ position: Int, first: Int, in text: TokenizedText, finder: NilMentionFinder)
    -> Bool
  {
    let hash = text.tokens[position].hash
    // A given name with ف or و (وفاء، فراس) is one, though the name test takes the letter for a
    // conjunction on a first word.
    let isFirstWord = position == first && !Self.givenNamesWithConjunctionLetter.contains(hash)
    guard text.tokens[position].joinsPrevious, finder.isNameWord(position, in: text, first: isFirstWord),
      !Self.timeWords.contains(hash), !Self.quantifiers.contains(hash), !Self.quotedSpeech.contains(hash)
    else { return false }
    guard position > first else {
      // The word that links a title to its body (المتحدث باسم الحكومة) is no given name there.
      return !cues.contains(cues.titleLinks, token: position, in: text)
    }
    let scalars = text.foldedScalars(position)
    // و before a later word joins a list or a clause (والطوارئ), unless the word is a given name.
    if scalars.count >= 4, scalars.first == 0x0648,
      !Self.givenNamesWithConjunctionLetter.contains(text.tokens[position].hash)
    {
      return false
    }
    // A word with the article before one without is a noun phrase (مدرب الشرطة مؤمن), unless
    // it closes a compound given name (عبد الفتاح، نور الدين، عبد الله).
    if CueWords.hasArticle(position, in: text), position + 1 < text.tokens.count,
      !CueWords.hasArticle(position + 1, in: text), !Self.complementizers.contains(text.tokens[position + 1].hash),
      !Self.compoundNameOpeners.contains(text.tokens[position - 1].hash),
      !Self.compoundNameEnds.contains(text.tokens[position].hash)
    {
      return false
    }
    var index = scalars.startIndex
    guard index + 2 < scalars.endIndex else { return true }
    // ب، ل or ك and then the article (بال، لل، كال): a prepositional phrase after the name.
    guard scalars[index] == 0x0628 || scalars[index] == 0x0644 || scalars[index] == 0x0643 else { return true }
    index += 1
    return !(scalars[index] == 0x0644 || (scalars[index] == 0x0627 && scalars[index + 1] == 0x0644))
  }

  /// Whether a noun of a trade or role stands before the token, alone or with adjectives that
  /// have the article (الطبيب، المنسق، المحلل المالي): such nouns introduce a name as titles do,
  /// but are not titles everywhere else.
  func isAfterRoleNoun(_ position: Int, in text: TokenizedText) -> Bool {
    var cursor = position - 1
    while cursor >= 0, position - cursor <= 3, text.tokens[cursor + 1].joinsPrevious, !text.tokens[cursor].isLatin {
      if AliasIndex.cliticVariants(of: cursor, in: text).contains(where: Self.speakerRoleNouns.contains) { return true }
      guard CueWords.hasArticle(cursor, in: text) else { return false }
      cursor -= 1
    }
    return false
  }

  /// Nouns of trades and roles before a name in news (folded forms).
  static let speakerRoleNouns = NonNameWords.hashes(
    """
    الطبيب الطبيبة الجراح الجراحة المنسق المنسقة المحلل المحللة الخبير الخبيرة المحامي المحامية المهندس
    المهندسة الباحث الباحثة الكاتب الكاتبة الروائي الروائية الشاعر الشاعرة المخرج المخرجة الممثل الممثلة
    المدرب المدربة اللاعب اللاعبة المهاجم الحارس المدافع الناشط الناشطة الصحفي الصحفية الصحافي الصحافية
    المراسل المراسلة الأستاذ الأستاذة البروفيسور الاقتصادي المسؤول المسؤولة الفنان الفنانة المغني المغنية
    """)

  /// Whether the word is a verb of saying in the past or present, with و or ف.
  static func isVerbOfSaying(_ position: Int, in text: TokenizedText) -> Bool {
    !text.tokens[position].isLatin
      && AliasIndex.cliticVariants(of: position, in: text).contains(where: verbsOfSaying.contains)
  }

  /// إن، أن، بأن and their forms with a pronoun (folded: ان، بان ...).
  static let complementizers = NonNameWords.hashes("إن أن بأن إنه أنه بأنه إنها أنها بأنها")

  /// The words that end a speaker's name before what was said or called for: the
  /// complementizers, قوله and قولها (عن فلان قوله إن), and إلى after a verb of calling.
  private static let speechEnds = complementizers.union(
    NonNameWords.hashes("قوله قولها إلى الى لقناة لصحيفة لجريدة لوكالة"))

  /// قوله، قولها: the words of a quoted source (عن فلان قوله إن).
  private static let quotedSpeech = NonNameWords.hashes("قوله قولها")

  /// إلى: what a verb of calling calls for (ودعا فلان إلى).
  private static let calls = NonNameWords.hashes("إلى الى")

  /// Whether the word is a verb of calling (دعا، طالب), with و or ف.
  private static func isVerbOfCalling(_ position: Int, in text: TokenizedText) -> Bool {
    !text.tokens[position].isLatin
      && AliasIndex.cliticVariants(of: position, in: text).contains(where: verbsOfCalling.contains)
  }

  private static let verbsOfCalling = NonNameWords.hashes("دعا دعت طالب طالبت يدعو تدعو")

  /// Whether عن stands before the token and a form of نقل (نقلت، ونقل) one to three words
  /// before it: a quoted source (ونقلت وكالة الأنباء عن فلان).
  private static func isQuotedSource(_ position: Int, in text: TokenizedText) -> Bool {
    let about = position - 1
    guard about >= 1, text.tokens[position].joinsPrevious, sourceParticles.contains(text.tokens[about].hash) else {
      return false
    }
    var cursor = about - 1
    while cursor >= 0, about - cursor <= 4, text.tokens[cursor + 1].joinsPrevious {
      if !text.tokens[cursor].isLatin,
        AliasIndex.cliticVariants(of: cursor, in: text).contains(where: verbsOfQuoting.contains)
      {
        return true
      }
      cursor -= 1
    }
    return false
  }

  private static let sourceParticles = NonNameWords.hashes("عن")

  /// Verbs of describing and deeming whose object comes between the speaker and بأن (وصف،
  /// اعتبر، رأى).
  private static func isVerbWithObject(_ position: Int, in text: TokenizedText) -> Bool {
    position >= 0 && !text.tokens[position].isLatin
      && AliasIndex.cliticVariants(of: position, in: text).contains(where: verbsWithObject.contains)
  }

  private static let verbsWithObject = NonNameWords.hashes("وصف وصفت اعتبر اعتبرت رأى رأت يرى ترى عد عدت")

  private static let verbsOfQuoting = NonNameWords.hashes("نقل نقلت نقلا ينقل تنقل")

  private static let verbsOfSaying = NonNameWords.hashes(
    """
    قال قالت أضاف أضافت أكد أكدت أوضح أوضحت صرح صرحت أعلن أعلنت رأى رأت اعتبر اعتبرت ذكر ذكرت أفاد
    أفادت تابع تابعت نفى نفت كشف كشفت حذر حذرت يقول تقول يرى ترى يؤكد تؤكد أشار أشارت شدد شددت
    اعترف اعترفت أقر أقرت وصف وصفت رد ردت
    """)

  /// Nouns of unnamed sources, statements and groups that agency copy has speak (مصدر مطلع،
  /// بيان رسمي، سكان محليون، شهود عيان): whatever follows them is no name.
  private static let unnamedSpeakers = NonNameWords.hashes(
    """
    مصدر مصادر بيان البيان تقرير التقرير سكان شهود شاهد مسؤول مسؤولون مسؤولين متحدث ناطق مراسل محلل محللون
    خبير خبراء دبلوماسي دبلوماسيون مواطن مواطنون مواطنين نشطاء ناشط ناشطون مراقبون مراقب أطباء طبيب مسعفون
    """)

  /// Words of number and rank that stand where a name would (أحد السكان، الفريق أول).
  private static let quantifiers = NonNameWords.hashes("أحد إحدى بعض كل معظم أول ثاني")

  /// First words of compound given names (عبد الله، أبو بكر).
  private static let compoundNameOpeners = NonNameWords.hashes("عبد أبو ابو بن ابن بو آل")

  /// Second words of compound given names (نور الدين، عبد الله).
  private static let compoundNameEnds = NonNameWords.hashes("الدين الله الإسلام الرحمن")

  /// Words of time that follow a speaker's name (وقال فلان أمس إن).
  private static let timeWords = NonNameWords.hashes(
    """
    أمس امس اليوم الليلة غدا مساء صباح الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أيضا
    كذلك لاحقا مجددا
    """)
}
