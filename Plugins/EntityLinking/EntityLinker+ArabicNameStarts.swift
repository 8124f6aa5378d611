extension EntityLinker {
  /// Where an Arabic person's name starts when the words before it were left out.
  ///
  /// After a verb that opens a sentence and is no verb of saying (وكان، وكانت، ويعد، وأصبح), the
  /// tagger drops a transliterated given name it has not seen ("وكان كريستيانو رونالدو" gave
  /// رونالدو, where "وقال كريستيانو رونالدو" is whole): one or two name words between such a verb
  /// and a person belong to the person, and a span that took the verb in loses it. A verb right
  /// after أن or لن counts as such a verb ("قبل أن يقلص كريستيانو رونالدو").
  ///
  /// A linked person named in two words or more, the first without the article, right after a
  /// word that begins names in the tagger's training texts (`nameStarts`) and is name-shaped is
  /// a patronymic chain (عدي صدام حسين is Saddam's son):
  /// the whole chain is a NIL person of its own.
  func arabicPersonsAfterOpeningVerbs(_ mentions: [LinkedMention], in text: TokenizedText, tagger: EntityTagger)
    -> [LinkedMention]
  {
    guard mentions.contains(where: { $0.label == "PERSON" }) else { return mentions }
    let finder = NilMentionFinder(cues: cues)
    var taken = takenTokens(mentions, in: text)
    return mentions.map { mention in
      guard mention.label == "PERSON" else { return mention }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard let first = tokens.first, !text.tokens[first].isLatin else { return mention }
      // A span that took the verb, a verb of saying or a relation noun ("ونفى سلامة"، "ومساعدته
      // ماريان الحويك"): the name starts after it.
      if tokens.count >= 2,
        Self.isOpeningVerb(first, in: text) || Self.isVerbOfSaying(first, in: text)
          || Self.isRelationNoun(first, in: text),
        finder.isNameWord(first + 1, in: text, first: true)
      {
        taken[first] = false
        return person(mention, from: first + 1, in: text, keepingLink: true, evidence: "nil:opening-verb")
      }
      var start = first
      while start > 0, first - start < 2, text.tokens[start].joinsPrevious, !taken[start - 1],
        finder.isNameWord(start - 1, in: text, first: true), !Self.isRelationNoun(start - 1, in: text),
        !Self.isDetachedPronoun(start - 1, in: text)
      {
        start -= 1
      }
      guard start < first else { return mention }
      // A verb after أن or لن opens its clause too: "قبل أن يقلص كريستيانو رونالدو الفارق".
      if let verbStart = (start..<first).reversed().first(where: { isAfterSubjunctiveVerb($0, in: text) }) {
        for token in verbStart..<first { taken[token] = true }
        return person(mention, from: verbStart, in: text, keepingLink: false, evidence: "nil:opening-verb")
      }
      if start > 0, Self.isOpeningVerb(start - 1, in: text), opensClause(start - 1, in: text) {
        for token in start..<first { taken[token] = true }
        return person(mention, from: start, in: text, keepingLink: false, evidence: "nil:opening-verb")
      }
      // A patronymic chain: one given name right before a linked person named with the father's
      // own given name (صدام حسين), not by a surname alone (نظام الأسد is the regime).
      let given = first - 1
      if !mention.isNil, given >= 0, tokens.count >= 2, !CueWords.hasArticle(first, in: text),
        text.tokens[first].joinsPrevious, !taken[given],
        tagger.model.nameStarts.contains(text.tokens[given].hash), finder.isNameWord(given, in: text, first: true),
        !Self.isRelationNoun(given, in: text), !Self.isDetachedPronoun(given, in: text)
      {
        taken[given] = true
        return person(mention, from: given, in: text, keepingLink: false, evidence: "nil:patronymic")
      }
      return mention
    }
  }

  /// A person's surname alias linked alone (باراك for Tom Barrack, after a title) right before
  /// a NIL person the tagger found (أوباما): the word is the given name of that person, and the
  /// two words are one NIL person with the linked one's title. The mentions end sorted by start.
  func rejoinGivenNames(_ mentions: inout [LinkedMention], in text: TokenizedText) {
    // Sorted and changed in place: a sorted copy and a new array of the kept mentions retained
    // and released every mention's strings twice, for a change that applies to few documents.
    mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    var number = 0
    while number + 1 < mentions.count {
      defer { number += 1 }
      let mention = mentions[number]
      guard mention.label == "PERSON", !mention.isNil else { continue }
      let next = mentions[number + 1]
      let tokens = text.tokens(within: mention.start, mention.end)
      let nextTokens = text.tokens(within: next.start, next.end)
      // A word with the article is a nisba or a title's adjective (الرئيس السوداني عمر ...).
      guard next.label == "PERSON", next.isNil, tokens.count == 1, !text.tokens[tokens.lowerBound].isLatin,
        !CueWords.hasArticle(tokens.lowerBound, in: text),
        nextTokens.lowerBound == tokens.upperBound, text.tokens[nextTokens.lowerBound].joinsPrevious,
        next.start == Int(text.tokens[nextTokens.lowerBound].start),
        let entity = knowledgeBase[mention.id], entity.name_ar.split(separator: " ").count > 1
      else { continue }
      let span = EntityTagger.Span(
        firstToken: tokens.lowerBound, endToken: nextTokens.upperBound, start: mention.start, end: next.end,
        type: "PERSON")
      var person = nilMention(span, in: text)
      person.title = mention.title ?? person.title
      person.evidence = next.evidence + ["nil:given-name-rejoined"]
      // The pair becomes one mention; the loop goes on after the NIL person it took in.
      mentions[number] = person
      mentions.remove(at: number + 1)
    }
  }

  /// The person from token `first` to the mention's end: NIL (a longer name is another person
  /// than the linked one), or the same link when only a verb was cut off.
  private func person(
    _ mention: LinkedMention, from first: Int, in text: TokenizedText, keepingLink: Bool, evidence: String
  ) -> LinkedMention {
    let end = text.tokens(within: mention.start, mention.end).upperBound
    if keepingLink && !mention.isNil {
      var trimmed = mention
      trimmed.start = Int(text.tokens[first].start)
      return trimmed
    }
    let span = EntityTagger.Span(
      firstToken: first, endToken: end, start: Int(text.tokens[first].start), end: mention.end, type: "PERSON")
    var person = nilMention(span, in: text)
    person.title = mention.title ?? person.title
    person.evidence = mention.isNil ? mention.evidence + [evidence] : [evidence]
    return person
  }

  /// A relation noun with or without its pronoun (زوجته، نجله، شقيق): it stands before a
  /// name (وكانت زوجته ميشيل) and is no part of it.
  static func isRelationNoun(_ position: Int, in text: TokenizedText) -> Bool {
    AliasIndex.cliticVariants(of: position, in: text).contains(where: relationNouns.contains)
  }

  /// A pronoun suffix written as a word of its own (قاد ها حافظ الأسد), as clitic-segmented text
  /// such as WikiFANE writes it: no given name, though the training text has it open a name
  /// where its segmentation slipped.
  static func isDetachedPronoun(_ position: Int, in text: TokenizedText) -> Bool {
    !text.tokens[position].isLatin && detachedPronouns.contains(text.tokens[position].hash)
  }

  private static let detachedPronouns = NonNameWords.hashes("ه ها هم هما هن كم كما كن نا ني ي ك")

  private static let relationNouns = NonNameWords.hashes(
    """
    زوج زوجة زوجته زوجها نجل نجله نجلها ابنه ابنها ابنته ابنتها شقيق شقيقه شقيقها شقيقة شقيقته والد والده
    والدها والدة والدته أخوه أخيه أخته أخاه حفيد حفيده حفيدة أرملة أرملته صديقه صديقته زميله زميلها خليفته
    سلفه نظيره نظيرته مساعده نائبه مساعدته مساعدها نائبته مستشاره مستشارته محاميه محاميته
    """)

  /// Whether the word before `position` is a verb right after أن or لن: in one phrase, and
  /// imperfect (opening with ي or ت), as a verb after them is.
  private func isAfterSubjunctiveVerb(_ position: Int, in text: TokenizedText) -> Bool {
    let verb = position - 1
    guard verb > 0, text.tokens[position].joinsPrevious, text.tokens[verb].joinsPrevious,
      !text.tokens[verb].isLatin
    else { return false }
    let letter = text.folded[Int(text.tokens[verb].foldedStart)]
    return (letter == 0x064A || letter == 0x062A) && Self.subjunctiveParticles.contains(text.tokens[verb - 1].hash)
  }

  private static let subjunctiveParticles = NonNameWords.hashes("أن ان لن")

  /// The verb opens its sentence or clause: first in the text, or after punctuation.
  private func opensClause(_ position: Int, in text: TokenizedText) -> Bool {
    position == 0 || !text.tokens[position].joinsPrevious
  }

  /// Auxiliaries and verbs of being and becoming that open news sentences before their subject
  /// (كان، وكانت، ويعد، وأصبح، وظل), with or without و or ف.
  static func isOpeningVerb(_ position: Int, in text: TokenizedText) -> Bool {
    position >= 0 && !text.tokens[position].isLatin
      && AliasIndex.cliticVariants(of: position, in: text).contains(where: openingVerbs.contains)
  }

  private static let openingVerbs = NonNameWords.hashes(
    """
    كان كانت يكون تكون يعد تعد يعتبر تعتبر أصبح أصبحت أضحى أضحت ظل ظلت بات باتت صار صارت مازال يظل تظل
    """)
}
