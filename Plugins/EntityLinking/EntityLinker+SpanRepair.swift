extension EntityLinker {
  /// A tagged span that opens with a dateline's date, a month and its day ("Feb 22 - Nvidia
  /// said"): the date is no part of a name, and it also made the tagger read the words after it
  /// as one MISC name. The rest of the sentence from the first word after the date is tagged
  /// again on its own, and its spans inside the old one replace it; where it finds none, the
  /// span without the date stays. A span of only a date is left to `isDirectionOrDate`. Nil
  /// when the span stays as it is.
  func withoutLeadingDate(_ span: EntityTagger.Span, in text: TokenizedText, tagger: EntityTagger)
    -> [EntityTagger.Span]?
  {
    // Only a month with its day is a date: "Jan Egeland", "April Ryan" and "March of Dimes" are names.
    guard text.tokens[span.firstToken].isLatin, span.firstToken + 1 < span.endToken,
      NonNameWords.isMonth(span.firstToken, in: text), NonNameWords.isNumber(span.firstToken + 1, in: text)
    else { return nil }
    var first = span.firstToken + 1
    while first < span.endToken, NonNameWords.isDate(span.firstToken..<(first + 1), in: text) { first += 1 }
    guard first < span.endToken else { return nil }
    var trimmed = span
    trimmed.firstToken = first
    trimmed.start = Int(text.tokens[first].start)
    let sentenceEnd = text.sentences.first { $0.contains(first) }?.upperBound ?? span.endToken
    let offset = Int(text.tokens[first].start)
    var rest = TokenizedText(text.text(scalarsFrom: offset, to: Int(text.tokens[sentenceEnd - 1].end)))
    cues.classify(&rest)
    rest.knownSentences = [0..<rest.tokens.count]
    let gazetteer = EntityTaggerFeaturizer.gazetteer(
      findOccurrences(in: rest), index: index, knowledgeBase: knowledgeBase, tokenCount: rest.tokens.count)
    let again = tagger.spans(in: rest, gazetteer: gazetteer).compactMap { found -> EntityTagger.Span? in
      guard found.endToken + first <= span.endToken else { return nil }
      return EntityTagger.Span(
        firstToken: found.firstToken + first, endToken: found.endToken + first, start: found.start + offset,
        end: found.end + offset, type: found.type)
    }
    return again.isEmpty ? [trimmed] : again
  }

  /// A Latin name that opens with a month and "of" ("The March of Dimes"): the tagger, which
  /// learned that a month is no name, reads only "Dimes". The span takes the month and "of"
  /// back; a name so made is no person's (an organization's, if the tagger read a person). A
  /// month before "of" and a number ("March of 2024") has no tagged name after it.
  func withMonthBeforeOf(_ span: EntityTagger.Span, in text: TokenizedText) -> EntityTagger.Span {
    let of = span.firstToken - 1
    guard of >= 1, text.tokens[span.firstToken].isLatin, text.tokens[span.firstToken].joinsPrevious,
      text.tokens[of].joinsPrevious, Self.ofWord.contains(text.tokens[of].hash), text.tokens[of - 1].startsUppercase,
      NonNameWords.isMonth(of - 1, in: text), !isNameBefore(of - 1, in: text)
    else { return span }
    var grown = span
    grown.firstToken = of - 1
    grown.start = Int(text.tokens[of - 1].start)
    if grown.type == "PERSON" { grown.type = "ORGANIZATION" }
    return grown
  }

  /// An Arabic person that ends in a word of kinship that a name must follow (أبو، بن، عبد:
  /// "وسام أبو", where the tagger stops before علي, which folds like the preposition على): the
  /// next word, when it follows with only a space and nothing else was found over it, is the
  /// rest of the name.
  func withNameAfterKinshipWord(_ span: EntityTagger.Span, in text: TokenizedText, taken: [Bool])
    -> EntityTagger.Span?
  {
    let next = span.endToken
    guard span.type == "PERSON", next < text.tokens.count, !text.tokens[next].isLatin, !taken[next],
      text.tokens[next].joinsPrevious, Self.kinshipWords.contains(text.tokens[next - 1].hash),
      !NonNameWords.isNumber(next, in: text)
    else { return nil }
    var extended = span
    extended.endToken = next + 1
    extended.end = Int(text.tokens[next].end)
    return extended
  }

  // As written: with a proclitic (وأبو) the word opens a new name, not the end of this one.
  static let kinshipWords = NonNameWords.hashes("أبو ابو أبي ابي أبا بن ابن بنت عبد")

  private static let ofWord = NonNameWords.hashes("of")

  /// Whether a capitalized Latin word other than "The" stands right before the token: a
  /// month there ends a name ("Theresa May of Britain").
  private func isNameBefore(_ position: Int, in text: TokenizedText) -> Bool {
    guard position > 0, text.tokens[position].joinsPrevious, text.tokens[position - 1].isLatin,
      text.tokens[position - 1].startsUppercase
    else { return false }
    return text.foldedString(position - 1) != "the"
  }

  /// A stadium or arena is a place, as the project's gold marks it (Wankhede Stadium, ستاد
  /// القاهرة الدولي), whatever type the tagger gave its name: Arabic names open with the venue
  /// word, English ones close with it. A person's name stays a person ("Bruce Arena said").
  func venueType(_ span: EntityTagger.Span, in text: TokenizedText) -> String {
    guard Self.venueNameTypes.contains(span.type) else { return span.type }
    let first = text.tokens[span.firstToken]
    if first.isLatin {
      return Self.latinVenueWords.contains(text.tokens[span.endToken - 1].hash) ? "LOCATION" : span.type
    }
    return AliasIndex.cliticVariants(of: span.firstToken, in: text).contains(where: Self.arabicVenueWords.contains)
      ? "LOCATION" : span.type
  }

  /// An Arabic span up to a noun that heads common phrases with an adjective, no name: الحداد
  /// الوطني (national mourning), النشيد الوطني, الناتج المحلي, الحوار الوطني. The words before it
  /// stay ("الرئاسة الجزائرية الحداد الوطني" is the presidency); nil when the span opens with one.
  /// After an organization's head word the noun is part of the name (وزارة الاقتصاد, مؤتمر الحوار
  /// الوطني, لجنة الحوار), and the span stays whole there.
  func beforeCommonPhraseHead(_ span: EntityTagger.Span, in text: TokenizedText) -> EntityTagger.Span? {
    guard !text.tokens[span.firstToken].isLatin,
      let head = (span.firstToken..<span.endToken).first(where: { position in
        AliasIndex.cliticVariants(of: position, in: text).contains(where: Self.commonPhraseHeads.contains)
          && (position == span.firstToken
            || !AliasIndex.cliticVariants(of: position - 1, in: text).contains(where: Self.organizationHeads.contains))
      })
    else { return span }
    guard head > span.firstToken else { return nil }
    var cut = span
    cut.endToken = head
    cut.end = Int(text.tokens[head - 1].end)
    return cut
  }

  private static let venueNameTypes: Set<String> = ["ORGANIZATION", "MISC", "LOCATION"]
  private static let latinVenueWords = NonNameWords.hashes("stadium arena")
  // As written and with the article: clitic variants strip proclitics, not the article.
  static let arabicVenueWords = NonNameWords.hashes("ستاد استاد ملعب الستاد الاستاد الملعب")
  // With the article only: without it they are also names (حداد, a surname; كفر حوار, a village).
  private static let commonPhraseHeads = NonNameWords.hashes("الحداد النشيد الناتج الحوار الاقتصاد الإضراب")
  // The heads of organizations' names, and of meetings', which a common noun may complete.
  static let organizationHeads = NonNameWords.hashes(OrganizationHeadWords.arabic + " مؤتمر منتدى ندوة")

  /// Lower-case particles inside a person's name (Rebelo de Sousa, von der Leyen, bin Salman,
  /// al-Sudani, Daniel arap Moi).
  static let nameParticles: Set<String> = [
    // Not "do", "des": ordinary English words too ("Can Tom Cruise do Shakespeare?"). "ten" and
    // "den" are kept for Dutch names (Erik ten Hag, van den Berg), rarer as English words
    // between two capitalized names.
    "de", "da", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ten", "ter", "bin", "ben", "ibn",
    "al", "el", "arap",
  ]

  /// NIL persons whose name goes on after lower-case particles and a capitalized word
  /// ("Marcelo Rebelo de Sousa", where the tagger stops before "de"): the whole name, in place
  /// of the person and of whatever was found over the rest of it.
  func withNameParticles(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    var removed = Set<Int>()
    let count = text.tokens.count
    for index in result.indices where result[index].label == "PERSON" && result[index].isNil && !removed.contains(index)
    {
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard let last = tokens.last, text.tokens[last].isLatin else { continue }
      var cursor = last + 1
      while cursor < count, text.tokens[cursor].joinsPrevious, text.tokens[cursor].isLatin,
        !text.tokens[cursor].startsUppercase, Self.nameParticles.contains(text.foldedString(cursor))
      {
        cursor += 1
      }
      guard cursor > last + 1, cursor < count, text.tokens[cursor].joinsPrevious, text.tokens[cursor].isLatin,
        text.tokens[cursor].startsUppercase
      else { continue }
      var end = cursor + 1
      while end < count, text.tokens[end].joinsPrevious, text.tokens[end].isLatin, text.tokens[end].startsUppercase {
        end += 1
      }
      let span = EntityTagger.Span(
        firstToken: tokens.lowerBound, endToken: end, start: result[index].start, end: Int(text.tokens[end - 1].end),
        type: "PERSON")
      var person = nilMention(span, in: text)
      person.title = result[index].title
      person.evidence = result[index].evidence
      for other in result.indices
      where other != index && result[other].start < span.end && span.start < result[other].end {
        removed.insert(other)
      }
      result[index] = person
    }
    return removed.isEmpty ? result : result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }
}

extension EntityLinker {
  /// Verbs of saying, which follow a person or an organization, never a town.
  private static let reportingVerbs: Set<String> = [
    "said", "says", "told", "tells", "added", "announced", "wrote", "warned", "urged", "insisted", "stressed",
  ]

  /// Whether a Latin alias of two words or more stands right before a verb of saying
  /// ("Pedro Sanchez told reporters").
  func isPersonBeforeReportingVerb(_ occurrence: Occurrence, in text: TokenizedText) -> Bool {
    let next = occurrence.match.endToken
    return occurrence.match.endToken - occurrence.match.firstToken >= 2
      && text.tokens[occurrence.match.firstToken].isLatin && next < text.tokens.count
      && text.tokens[next].joinsPrevious && text.tokens[next].isLatin
      && Self.reportingVerbs.contains(text.foldedString(next))
  }
}

extension EntityLinker {
  private static let courtWords = NonNameWords.hashes("الديوان")
  // An array: five comparisons per Arabic token cost less than hashing the key for a set.
  private static let courtAdjectives = Array(NonNameWords.hashes("الملكي الأميري الاميري الرئاسي السلطاني"))

  /// A ruler's court named by its adjective (الديوان الملكي, the royal court; الديوان الأميري)
  /// where nothing was found over it: an organization, NIL (no one court: Jordan's, Saudi
  /// Arabia's, Morocco's), evidence `nil:court`. The tagger rarely reads it as a name.
  func rulersCourts(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var found: [LinkedMention] = []
    var taken: [Bool]?
    let adjectives = Self.courtAdjectives
    for position in text.tokens.indices.dropLast() where !text.tokens[position].isLatin {
      // The adjective first: one look-up of the next word rules out nearly every token before
      // the court word's clitic forms are hashed.
      guard text.tokens[position + 1].joinsPrevious, adjectives.contains(text.tokens[position + 1].hash),
        AliasIndex.cliticVariants(of: position, in: text).contains(where: Self.courtWords.contains)
      else { continue }
      if taken == nil { taken = takenTokens(mentions, in: text) }
      guard taken?[position] == false, taken?[position + 1] == false else { continue }
      let start =
        Int(text.tokens[position].start)
        + EntityTagger.procliticLength(position, in: text, nameStarts: tagger?.model.nameStarts ?? [])
      var court = nilMention(
        EntityTagger.Span(
          firstToken: position, endToken: position + 2, start: start, end: Int(text.tokens[position + 1].end),
          type: "ORGANIZATION"), in: text)
      court.evidence = ["nil:court"]
      found.append(court)
    }
    // Without a court found (nearly every text), the mentions' array is returned as it is,
    // not copied.
    return found.isEmpty ? mentions : mentions + found
  }
}
