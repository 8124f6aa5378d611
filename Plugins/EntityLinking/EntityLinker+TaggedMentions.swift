extension EntityLinker {
  /// The least prior of an entity linked on the tagger's type alone: a place of about 100,000
  /// people, or a curated entity.
  static let taggedLinkPrior = 0.7

  /// The knowledge base's mentions with the tagger's added: each name the tagger finds outside
  /// a linked one is linked when it is an alias that needed evidence of its type (a channel or
  /// company named like a word) and the tagger gives that type, else it is a NIL mention with
  /// the tagger's type and a cluster id. Titles before a person stay out of the span and become
  /// its `title`. Then a later (or earlier) surname joins its full name's entity.
  func taggedMentions(
    _ tagger: EntityTagger, in text: TokenizedText, occurrences: [Occurrence], linked: Set<Int>,
    mentions: [LinkedMention]
  ) -> [LinkedMention] {
    let gazetteer = EntityTaggerFeaturizer.gazetteer(
      occurrences, index: index, knowledgeBase: knowledgeBase, tokenCount: text.tokens.count)
    var unlinked = [Range<Int>: Occurrence](minimumCapacity: occurrences.count - linked.count)
    var linkedByRange = [Range<Int>: Occurrence](minimumCapacity: linked.count)
    for (number, occurrence) in occurrences.enumerated() {
      let range = occurrence.match.firstToken..<occurrence.match.endToken
      if linked.contains(number) { linkedByRange[range] = occurrence } else { unlinked[range] = occurrence }
    }
    // Latin capitals with a given name or title before them are people by a rule surer than
    // the tagger on all-caps credits (JOHN SMITHSON/Reuters): they go first.
    let finder = NilMentionFinder(cues: cues)
    var taken = takenTokens(mentions, in: text)
    var base = mentions
    finder.findLatinCapitals(in: text, taken: &taken, into: &base, types: ["PERSON"])
    var result = base
    var replaced = Set<Int>()
    let (tagged, clubs) = tagger.spansAndClubCodes(in: text, gazetteer: gazetteer)
    var spans = Self.repaired(tagged) { splitAtConjunction($0, in: text, tagger: tagger) }
    spans = Self.repaired(spans) { withoutLeadingDate($0, in: text, tagger: tagger) }
    spans = Self.repaired(spans) { splitAtSpacedDash($0, in: text, tagger: tagger) }
    spans = Self.repaired(spans) { splitAtParenthesis($0, in: text) }
    var extendedUntil = 0
    for found in spans where found.firstToken >= extendedUntil {
      var whole = withMonthBeforeOf(withWholeHyphenatedWords(found, in: text), in: text)
      // A wire's label in capitals, with its number ("ANALYSIS - Markets brace ...", "UPDATE 2 -
      // ..."), is no name, whatever the tagger reads it as.
      if whole.endToken - whole.firstToken == 1
        || (whole.endToken - whole.firstToken == 2 && NonNameWords.isNumber(whole.firstToken + 1, in: text)),
        text.tokens[whole.firstToken].isAllUppercase, Self.wireSlugs.contains(text.tokens[whole.firstToken].hash)
      {
        continue
      }
      // A sport's label of two words ("RUGBY UNION -", "RUGBY LEAGUE -") before the headline.
      if whole.endToken - whole.firstToken == 2, text.tokens[whole.firstToken].isAllUppercase,
        text.tokens[whole.firstToken + 1].isAllUppercase, text.tokens[whole.firstToken + 1].joinsPrevious,
        Self.wireSlugs.contains(text.tokens[whole.firstToken].hash),
        Self.sportLabelTails.contains(text.tokens[whole.firstToken + 1].hash),
        whole.endToken < text.tokens.count, text.tokens[whole.endToken].scalarBefore == 0x2D
      {
        continue
      }
      // A span grown over a hyphen into the next tagged span stands for both.
      if whole.endToken > found.endToken { extendedUntil = max(extendedUntil, whole.endToken) }
      switch hyphenatedCompound(whole, in: text, linked: linkedByRange) {
      case .linkedNames: continue
      case .nationalities: whole.type = "MISC"
      case .oneName:
        whole.type =
          isHyphenatedWordReadAsPerson(whole, in: text, spans: spans)
          ? "ORGANIZATION" : typeByHeadWords(whole, in: text, linked: linkedByRange)
      }
      // A dateline's month ("ROTTERDAM, Nov 14") is read as a name after a place.
      guard let untitled = withoutLeadingTitles(whole, in: text).map({ personAfterTitledInstitution($0, in: text) }),
        let uncapitalized = withoutCommonWordsInCapitals(untitled, in: text),
        var span = beforeCommonPhraseHead(uncapitalized, in: text),
        !isDirectionOrDate(span.firstToken..<span.endToken, in: text)
      else { continue }
      span.type = venueType(span, in: text)
      if isVenueNameTail(span, in: text, into: &result) { continue }
      span = personBeforeLamArticle(span, in: text, finder: finder)
      if let extended = wholeNameAfterTitle(span, in: text, taken: taken, finder: finder)
        ?? withNameAfterKinshipWord(span, in: text, taken: taken)
      {
        span = extended
        extendedUntil = span.endToken
      }
      let overlapping = base.indices.filter {
        base[$0].start < span.end && span.start < base[$0].end && base[$0].label != "DEMONYM"
      }
      if !overlapping.isEmpty {
        if overlapping.count == 1, span.end == base[overlapping[0]].end,
          isNaturalFeatureName(span, over: base[overlapping[0]])
        {
          result[overlapping[0]].start = span.start
          continue
        }
        guard overlapping.allSatisfy({ overrides(span, base[$0], in: text) }) else { continue }
        replaced.formUnion(overlapping)
        if span.type == "PERSON", let occurrence = linkedByRange[span.firstToken..<span.endToken],
          let person = knownPerson(occurrence, in: text)
        {
          result.append(person)
          continue
        }
      } else if unlinked[span.firstToken..<span.endToken] == nil,
        isSentenceOpenerOnly(span, in: text, tagger: tagger)
      {
        continue
      } else if span.type == "MISC", !text.tokens[span.firstToken].isLatin {
        // Arabic MISC (WikiFANE's groups, nationalities, products, celestial bodies) is learned
        // so as not to confuse it with the three main types, but too noisy in news to emit
        // ("على الأرض", on the ground, read as the Earth); nisbas are the `demonyms` option.
        continue
      }
      guard isNameShaped(span, in: text),
        !endsInNisbaCompound(span, in: text, gazetteer: gazetteer)
      else { continue }
      if let occurrence = unlinked[span.firstToken..<span.endToken] {
        // An Arabic alias used as an adjective (المجتمع الأهلي) is no name at all.
        if isArabicAdjectiveUse(occurrence, in: text), hasAmbiguousCandidate(occurrence, type: span.type) { continue }
        // An alias the knowledge base declined (a nisba read as an adjective, a surname
        // without its full name) is linked only with the tagger's type as evidence, never
        // made a NIL name.
        if let mention = linkTagged(occurrence, type: span.type, in: text) {
          result.append(mention)
        } else if hasAmbiguousCandidate(occurrence, type: span.type)
          || isOtherThanEveryCandidate(occurrence, type: span.type)
        {
          // A place of that name exists but is too small to be the usual sense, or the name is
          // read as what no entity of that name is (Everton the club, not the town): NIL.
          result.append(nilMention(span, in: text))
        }
        continue
      }
      result.append(nilMention(span, in: text))
    }
    if !replaced.isEmpty {
      result = result.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
    }
    result = withNameParticles(result, in: text)
    result = personsWithoutTitleInAlias(result, in: text)
    // A name after a title that the tagger missed, by the rule of stage version 1.
    taken = takenTokens(result, in: text)
    finder.findAfterTitles(in: text, taken: &taken, into: &result)
    findPersonsAfterNationality(in: text, occurrences: occurrences, finder: finder, taken: &taken, into: &result)
    findArabicScorers(in: text, finder: finder, taken: &taken, into: &result)
    findArabicPlacesAfterHeads(in: text, finder: finder, taken: &taken, into: &result)
    findArabicPersonsAfterTitledOrganizations(in: text, tagger: tagger, finder: finder, taken: &taken, into: &result)
    findArabicGivenNamesOfConjunctionLetterAfterTitles(in: text, finder: finder, taken: &taken, into: &result)
    result = smallPlacesAfterTitles(result, in: text, linkedByRange: linkedByRange)
    result = withDatelinePlaces(result, in: text, unlinked: unlinked, linked: linkedByRange)
    result = newsAgencies(result, in: text)
    result = personsWithGivenNames(result, in: text)
    result = rankedResultPlaces(result, in: text)
    result = resultListPersons(result, in: text, clubs: clubs)
    result = resultsLineClubs(result, in: text)
    result = sportsTableClubs(result, in: text)
    result = cricketScorecardPersons(result, in: text)
    result = scorersInParentheses(result, in: text)
    result = scorerCueLists(result, in: text)
    result = ampersandOrganizations(result, in: text)
    result = wireEvents(result, in: text)
    result = firmsWithLegalSuffix(result, in: text)
    result = businessCopy(result, in: text)
    result = derbyMatchHeadings(result, in: text)
    result = rulersCourts(result, in: text)
    result = clubsReadAsPlaces(result, in: text, clubs: clubs)
    result = clubsInMatchSentences(result, in: text)
    result = englishOrganizationNouns(result, in: text)
    result = organizationAppositives(result, in: text)
    result = defenceSystemNames(result, in: text)
    result = personsAfterPeerTitles(result, in: text)
    result = firmsListedWithFirms(result, in: text)
    result = firmNamesRepeated(result, in: text)
    result = arabicOrganizationsWithNationality(result, in: text, occurrences: occurrences)
    result = banksNamedAfterOtherNames(result, in: text)
    result = arabicPersonsWithoutTrailingPlural(result, in: text)
    result = arabicClubsInMatchReports(result, in: text, occurrences: occurrences)
    result = arabicPersonsAfterOpeningVerbs(result, in: text, tagger: tagger)
    result = arabicPersonsWithGivenNameOfConjunctionLetter(result, in: text)
    result = arabicPersonsWithoutLeadingNationality(result, in: text)
    result = arabicPersonsThatAreVerbsAfterTitles(result, in: text, tagger: tagger)
    result = arabicSpeakers(result, in: text, tagger: tagger)
    result = arabicRunOnNamesAfterTitles(result, in: text)
    arabicNamePiecesJoined(&result, in: text)
    result = arabicPersonsWithoutTrailingOrdinal(result, in: text)
    result = arabicClubsReadAsPersons(result, in: text)
    result = arabicClubsTheTaggerMissed(result, in: text)
    result = arabicClubsWithTheirTown(result, in: text)
    result = arabicAuthoritiesActing(result, in: text)
    result = arabicOrganizationTails(result, in: text, occurrences: occurrences)
    result = arabicOrganizationsWithoutCueWord(result, in: text)
    result = arabicMediaNamesAfterTheirWord(result, in: text)
    result = arabicExchangesNamedAfterPlaces(result, in: text)
    result = arabicAcronymsAfterFullNames(result, in: text)
    result = arabicOrganizationsBeforePersons(result, in: text, tagger: tagger)
    result = arabicPersonsBeforeFutureVerbs(result, in: text, tagger: tagger)
    result = arabicOrganizationsWithoutAudience(result, in: text)
    result = clubsOfTheStoryCountry(result, in: text, occurrences: occurrences)
    result = organizationsOfOneSense(result, in: text)
    result = teamNicknames(result, in: text)
    removeArabicCrudeBenchmarks(&result, in: text)
    result = arabicDatelinePlaces(result, in: text, unlinked: unlinked, linked: linkedByRange)
    result = personsAfterDemonyms(result, in: text)
    result = generalWireCopy(result, in: text)
    result = organizationsOpenedByPlaces(result, in: text)
    result = bodyNamesWithAnd(result, in: text)
    result = bodiesOfOrganizations(result, in: text)
    result = surnamesReadAsOtherTypes(result, in: text)
    result = personsWithHyphenatedGivenNames(result, in: text)
    result += laterSurnames(of: result, in: text)
    rejoinGivenNames(&result, in: text)
    return versusSplits(
      organizationInitials(
        organizationShortForms(PartialNameCoreference.resolve(result, in: text), in: text), in: text),
      in: text)
  }

  /// The spans with each replaced by what `repair` makes of it, in order; `repair` returns nil
  /// for a span it leaves as it is. Nearly every span is left alone, and then no array is made
  /// for it (a flat map made one per span and repair, and copied every span four times).
  private static func repaired(
    _ spans: [EntityTagger.Span], _ repair: (EntityTagger.Span) -> [EntityTagger.Span]?
  ) -> [EntityTagger.Span] {
    var result: [EntityTagger.Span]?
    for index in spans.indices {
      if let parts = repair(spans[index]) {
        if result == nil { result = Array(spans[..<index]) }
        result!.append(contentsOf: parts)
      } else if result != nil {
        result!.append(spans[index])
      }
    }
    return result ?? spans
  }

  /// A one-word person after a title, where the next word is name-shaped too (not a function,
  /// cue or title word, not a verb or a word with the article): both words are the name
  /// ("رئيس الحكومة عزيز أخنوش", where the tagger stops after the given name).
  private func wholeNameAfterTitle(
    _ span: EntityTagger.Span, in text: TokenizedText, taken: [Bool], finder: NilMentionFinder
  ) -> EntityTagger.Span? {
    let next = span.endToken
    guard span.type == "PERSON", span.endToken - span.firstToken == 1, !text.tokens[span.firstToken].isLatin,
      next < text.tokens.count, !taken[next], text.tokens[next].joinsPrevious,
      titleBefore(span.firstToken, in: text) != nil, finder.isNameWord(next, in: text, first: true)
    else { return nil }
    var extended = span
    extended.endToken = next + 1
    extended.end = Int(text.tokens[next].end)
    return extended
  }

  /// An Arabic place span over two places joined by و ("دارفور وكردفان") is two places: it is cut
  /// before a later word that starts with و, unless that word is a name as written (وهران).
  /// Nil when the span stays whole.
  private func splitAtConjunction(_ span: EntityTagger.Span, in text: TokenizedText, tagger: EntityTagger)
    -> [EntityTagger.Span]?
  {
    guard span.type == "LOCATION", !text.tokens[span.firstToken].isLatin else { return nil }
    var parts: [EntityTagger.Span] = []
    var current = span
    for position in (span.firstToken + 1)..<span.endToken {
      let token = text.tokens[position]
      guard text.folded[Int(token.foldedStart)] == 0x0648, token.foldedEnd - token.foldedStart >= 4,
        !tagger.model.nameStarts.contains(token.hash)
      else { continue }
      current.endToken = position
      current.end = Int(text.tokens[position - 1].end)
      parts.append(current)
      current.firstToken = position
      current.start =
        Int(token.start) + EntityTagger.procliticLength(position, in: text, nameStarts: tagger.model.nameStarts)
    }
    guard !parts.isEmpty else { return nil }
    current.endToken = span.endToken
    current.end = span.end
    parts.append(current)
    return parts
  }

  /// A span across a dash set off by spaces ("NEW YORK - A Manhattan jury": the tagger read the
  /// dateline and the story's first name as one): a dash with spaces around it joins no name.
  /// The parts keep the span's type; the one after the dash loses the function words that open
  /// the sentence ("A", "The"), and a lone word there that the training texts write in lower
  /// case is the sentence's first word, no name ("NEW YORK - Stocks fell"). Nil when the span
  /// crosses no such dash.
  private func splitAtSpacedDash(_ span: EntityTagger.Span, in text: TokenizedText, tagger: EntityTagger)
    -> [EntityTagger.Span]?
  {
    var parts: [EntityTagger.Span] = []
    var current = span
    for position in (span.firstToken + 1)..<span.endToken {
      let token = text.tokens[position]
      guard [0x2D, 0x2013, 0x2014].contains(token.scalarBefore),
        Int(token.start) > Int(text.tokens[position - 1].end) + 1
      else { continue }
      current.endToken = position
      current.end = Int(text.tokens[position - 1].end)
      parts.append(current)
      var first = position
      while first < span.endToken - 1, NilMentionFinder.isLatinStopword(first, in: text) { first += 1 }
      current.firstToken = first
      current.start = Int(text.tokens[first].start)
    }
    guard !parts.isEmpty else { return nil }
    current.endToken = span.endToken
    current.end = span.end
    if current.endToken - current.firstToken > 1 || !text.tokens[current.firstToken].isLatin
      || !isCommonWord(current.firstToken, in: text, tagger: tagger)
    {
      parts.append(current)
    }
    return parts
  }

  /// A Latin span across a parenthesis and over a number ("1. Noah Vance (United States) 9.83 2.
  /// Ken Obi", read as one name from "United" to "Obi"): a results line, where no name crosses a
  /// parenthesis. The parts keep the span's type, without the numbers that open them (a time, a
  /// rank); a part of numbers only goes. Only the span's own tokens and gaps are read. Nil when
  /// the span stays whole.
  private func splitAtParenthesis(_ span: EntityTagger.Span, in text: TokenizedText) -> [EntityTagger.Span]? {
    guard span.endToken - span.firstToken > 2, text.tokens[span.firstToken].isLatin,
      (span.firstToken + 1..<span.endToken).contains(where: { NonNameWords.isNumber($0, in: text) })
    else { return nil }
    var cuts: [Int] = []
    for position in (span.firstToken + 1)..<span.endToken {
      let gap = Int(text.tokens[position - 1].end)..<Int(text.tokens[position].start)
      if gap.contains(where: { text.scalar(at: $0).value == 0x28 || text.scalar(at: $0).value == 0x29 }) {
        cuts.append(position)
      }
    }
    guard !cuts.isEmpty else { return nil }
    var parts: [EntityTagger.Span] = []
    var first = span.firstToken
    for end in cuts + [span.endToken] {
      var start = first
      while start < end, NonNameWords.isNumber(start, in: text) { start += 1 }
      if start < end {
        var part = span
        part.firstToken = start
        part.endToken = end
        part.start = start == span.firstToken ? span.start : Int(text.tokens[start].start)
        part.end = end == span.endToken ? span.end : Int(text.tokens[end - 1].end)
        parts.append(part)
      }
      first = end
    }
    return parts
  }

  /// An Arabic name ending in a nisba joined by a hyphen to another ("التحالف السوري-الروسي",
  /// the Syrian-Russian alliance): an adjective pair, not a name.
  private func endsInNisbaCompound(_ span: EntityTagger.Span, in text: TokenizedText, gazetteer: [UInt8]) -> Bool {
    let last = span.endToken - 1
    guard !text.tokens[last].isLatin, span.endToken < text.tokens.count, gazetteer[last] & 16 != 0 else { return false }
    let next = text.tokens[span.endToken]
    return next.scalarBefore == 0x2D && next.start == text.tokens[last].end + 1 && gazetteer[span.endToken] & 16 != 0
  }

  /// Places linked by name that are clubs in this text: where a sentence has a club the tagger
  /// found as an organization ("Liverpool beat Everton"), another club name there linked as a
  /// place (a club's town) is the club, and so is that name elsewhere in the document (one
  /// sense per discourse). They become NIL organizations. `clubs` are the text's
  /// `ClubNameGazetteer.codes` (the tagger's, of the shipped list).
  private func clubsReadAsPlaces(_ mentions: [LinkedMention], in text: TokenizedText, clubs: [UInt8])
    -> [LinkedMention]
  {
    // Most texts have no organization at all: nothing to look up then.
    guard mentions.contains(where: { $0.label == "ORGANIZATION" }) else { return mentions }
    func clubSpan(_ mention: LinkedMention) -> Range<Int>? {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard let first = tokens.first, let last = tokens.last, clubs[first] == 1,
        last + 1 == text.tokens.count || clubs[last + 1] != 2, tokens.dropFirst().allSatisfy({ clubs[$0] == 2 })
      else { return nil }
      return first..<(last + 1)
    }
    let sentences = text.sentences
    func sentence(of token: Int) -> Int { sentences.firstIndex { $0.contains(token) } ?? -1 }
    let clubSentences = Set(
      mentions.filter { $0.label == "ORGANIZATION" }.compactMap { clubSpan($0).map { sentence(of: $0.lowerBound) } })
    guard !clubSentences.isEmpty else { return mentions }
    var clubNames = Set<String>()
    for mention in mentions where mention.label == "LOCATION" && !mention.isNil && mention.evidence == ["alias"] {
      if let span = clubSpan(mention), clubSentences.contains(sentence(of: span.lowerBound)) {
        clubNames.insert(text.originalText(tokens: span.lowerBound, span.upperBound))
      }
    }
    guard !clubNames.isEmpty else { return mentions }
    return mentions.map { mention in
      guard mention.label == "LOCATION", mention.evidence == ["alias"], let span = clubSpan(mention),
        clubNames.contains(text.originalText(tokens: span.lowerBound, span.upperBound))
      else { return mention }
      let name = text.originalText(tokens: span.lowerBound, span.upperBound)
      let isLatin = text.tokens[span.lowerBound].isLatin
      return LinkedMention(
        start: mention.start, end: mention.end, label: "ORGANIZATION",
        id: NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: name).joined(separator: " "), type: "ORGANIZATION"),
        nameEnglish: isLatin ? name : "", nameArabic: isLatin ? "" : name, confidence: 0.5,
        evidence: ["nil:tagger", "club"], title: nil, isNil: true)
    }
  }

  /// Whether a word and the next are both written in capitals, the next being no head word of a
  /// place or an organization ("COOK ISLANDS" stays a run): a headline's capitals, in which a
  /// surname stands as a word.
  private func isHeadlineCapitals(_ position: Int, in text: TokenizedText) -> Bool {
    let next = text.tokens[position + 1]
    guard text.tokens[position].isAllUppercase, next.isAllUppercase, next.foldedEnd - next.foldedStart >= 2 else {
      return false
    }
    return !Self.headWordsAfterSurnames.contains(next.hash)
  }

  private static let headWordsAfterSurnames = NonNameWords.hashes(
    (NilMentionFinder.latinLocationWords.union(NilMentionFinder.latinOrganizationWords)).joined(separator: " ")
      + " islands island street hall house park stadium cup trophy open")

  /// The surnames (last words of three letters or more, no cue word, no Arabic article) of the
  /// persons found with two words or more, each with its person, and a filter of one bit per surname hash's low
  /// six bits.
  private func surnames(of mentions: [LinkedMention], in text: TokenizedText) -> (
    byHash: [UInt64: LinkedMention], bits: UInt64
  ) {
    var surnames: [UInt64: LinkedMention] = [:]
    // One bit per surname hash's low six bits: most tokens are no surname, and are answered
    // without hashing their key again for the dictionary.
    var surnameBits: UInt64 = 0
    for mention in mentions where mention.label == "PERSON" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, let last = tokens.last, text.tokens[last].foldedEnd - text.tokens[last].foldedStart >= 3,
        text.cueClasses[last] == 0
      else { continue }
      // An Arabic last word with the article is a nisba or a noun far more often than a
      // surname standing alone (البنك، الجمعية، الجزائري after a wrongly tagged name): on
      // WikiFANE's tuning fold such later "surnames" were right once in 59.
      if CueWords.hasArticle(last, in: text) { continue }
      // After a word of kinship the last word is half of a compound (أبو علي, ابو راس): alone
      // it is a given name or a common word (على راس, at the head), not this person.
      if Self.kinshipWords.contains(text.tokens[last - 1].hash) { continue }
      surnames[text.tokens[last].hash] = mention
      surnameBits |= 1 << (text.tokens[last].hash & 63)
    }
    return (surnames, surnameBits)
  }

  /// A one-word NIL name of another type that is the surname of a person named in full in the
  /// text ("Erling Haaland scored ... Haaland was", the second read as a place): the person,
  /// one sense per discourse. Names the knowledge base linked are left as they are.
  private func surnamesReadAsOtherTypes(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard mentions.contains(where: { $0.isNil && $0.label != "PERSON" }) else { return mentions }
    let surnames = surnames(of: mentions, in: text).byHash
    guard !surnames.isEmpty else { return mentions }
    return mentions.replacing { mention in
      let tokens = text.tokens(within: mention.start, mention.end)
      guard mention.isNil, mention.label != "PERSON", tokens.count == 1,
        let full = surnames[text.tokens[tokens.lowerBound].hash]
      else { return nil }
      // A surname of a person the knowledge base linked carries that link, not a NIL's evidence.
      return LinkedMention(
        start: mention.start, end: mention.end, label: "PERSON", id: full.id, nameEnglish: full.nameEnglish,
        nameArabic: full.nameArabic, confidence: 0.5,
        evidence: full.isNil ? ["nil:tagger", "partial-name"] : ["partial-name"], title: nil, isNil: full.isNil)
    }
  }

  /// The surname of a person found with a full name, where it stands alone elsewhere in the
  /// text and nothing was found ("وأضاف انان", "Scholz said"): the same person, marked as a
  /// NIL person for `PartialNameCoreference` to join to the full name. A Latin surname must be
  /// capitalized; an Arabic one at least three letters and not a cue word.
  private func laterSurnames(of mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    let (surnames, surnameBits) = surnames(of: mentions, in: text)
    guard !surnames.isEmpty else { return [] }
    let taken = takenTokens(mentions, in: text)
    var found: [LinkedMention] = []
    for position in text.tokens.indices where !taken[position] {
      let token = text.tokens[position]
      guard surnameBits & (1 << (token.hash & 63)) != 0, let full = surnames[token.hash],
        text.cueClasses[position] == 0, !token.isLatin || token.startsUppercase,
        // Not inside a longer run of capitals (Cook Islands), unless the run is an all-capital
        // headline's ("YELTSIN AIDE SAYS ...") and the next word is no place's or body's head.
        !(token.isLatin && position + 1 < text.tokens.count && text.tokens[position + 1].isLatin
          && text.tokens[position + 1].startsUppercase && text.tokens[position + 1].joinsPrevious
          && !isHeadlineCapitals(position, in: text))
      else { continue }
      found.append(
        LinkedMention(
          start: Int(token.start), end: Int(token.end), label: "PERSON", id: full.id, nameEnglish: full.nameEnglish,
          nameArabic: full.nameArabic, confidence: 0.5, evidence: ["nil:tagger", "partial-name"], title: nil,
          isNil: true))
    }
    return found
  }

  /// Whether the tagger's span wins over a place the knowledge base linked inside or at it:
  /// a longer name that contains the place ("Connecticut Lottery", "University of Alberta",
  /// "City of Brampton"), the same words read as an organization (a club: "Liverpool beat
  /// ..."), or read as a person where the place is a small one linked by its name alone (a
  /// town named like a politician), unless a place word (city, مدينة) made the link.
  private func overrides(_ span: EntityTagger.Span, _ linked: LinkedMention, in text: TokenizedText) -> Bool {
    if isArabicPatronymicChain(span, over: linked, in: text) { return true }
    guard linked.label == "LOCATION", !linked.evidence.contains(where: { $0.hasPrefix("cue:") }),
      linked.start >= span.start, linked.end <= span.end
    else { return false }
    // The tagger's person wins over a small place only in Latin script, where capitals carry
    // the reading; an Arabic place name that contains a title word (شرم الشيخ) is read as a
    // person too often, so there a title before the name must say so (`smallPlacesAfterTitles`).
    return linked.end - linked.start < span.end - span.start || span.type == "ORGANIZATION"
      || (span.type == "PERSON" && text.tokens[span.firstToken].isLatin && isSmallPlaceByNameAlone(linked))
  }

  /// An Arabic person the tagger reads as a longer name ending where a linked person does: the
  /// words before are the person's own given names and the linked name the father's (عدي صدام
  /// حسين is Saddam's son, حمزة بن لادن Osama's, جمال مبارك Hosni's), so the whole name is a
  /// person of its own.
  private func isArabicPatronymicChain(_ span: EntityTagger.Span, over linked: LinkedMention, in text: TokenizedText)
    -> Bool
  {
    span.type == "PERSON" && linked.label == "PERSON" && !linked.isNil && !text.tokens[span.firstToken].isLatin
      && linked.end == span.end && linked.start > span.start
  }

  /// A place linked only because its name matched (no place word, related place or discourse
  /// evidence) and too small to be the usual sense of the name (prior below
  /// `taggedLinkPrior`): the people who share its name are far more often meant.
  func isSmallPlaceByNameAlone(_ linked: LinkedMention) -> Bool {
    guard linked.label == "LOCATION", !linked.isNil,
      linked.evidence.allSatisfy({ $0 == "alias" || $0 == "prior" }),
      let entity = knowledgeBase[linked.id]
    else { return false }
    return entity.prior < Self.taggedLinkPrior
  }

  /// The best-known person the knowledge base has under this alias, linked with the title
  /// before it; nil when the name is no person's there.
  private func knownPerson(_ occurrence: Occurrence, in text: TokenizedText) -> LinkedMention? {
    bestCandidate(of: occurrence, in: text, confidence: (0.5, 0.5), evidence: "tagger:PERSON", titleFirst: true) {
      candidate, entity in
      candidate.kind != .demonym && entity.type == "PERSON"
    }
  }

  /// The candidate of the occurrence with the highest prior among those `accepts` keeps, as a
  /// linked mention (a person's with the title before it, the title being its evidence when
  /// `titleFirst`); nil when none is kept. Confidence is `single` when one candidate is kept.
  func bestCandidate(
    of occurrence: Occurrence, in text: TokenizedText, confidence: (single: Double, several: Double),
    evidence: String, titleFirst: Bool = false,
    where accepts: (AliasIndex.Candidate, KnowledgeBaseEntity) -> Bool
  ) -> LinkedMention? {
    let candidates = index.lists[Int(occurrence.match.list)].filter {
      accepts($0, knowledgeBase.entities[Int($0.entity)])
    }
    guard
      let best = candidates.max(by: {
        knowledgeBase.entities[Int($0.entity)].prior < knowledgeBase.entities[Int($1.entity)].prior
      })
    else { return nil }
    let entity = knowledgeBase.entities[Int(best.entity)]
    let title = entity.type == "PERSON" ? titleBefore(occurrence.match.firstToken, in: text)?.text : nil
    return LinkedMention(
      start: occurrence.start, end: occurrence.end, label: entity.type, id: entity.id, nameEnglish: entity.name_en,
      nameArabic: entity.name_ar, confidence: candidates.count == 1 ? confidence.single : confidence.several,
      evidence: [titleFirst ? title.map { "title:" + $0 } ?? evidence : evidence], title: title, isNil: false)
  }

  /// Small places linked by name alone right after a person's title ("Prime Minister Pedro
  /// Sanchez" is not the town of that name) or, named in two Latin words or more, right before
  /// a verb of saying ("Pedro Sanchez told reporters": a town tells no one): the person of
  /// that name in the knowledge base, else a NIL person (with the title).
  private func smallPlacesAfterTitles(
    _ mentions: [LinkedMention], in text: TokenizedText, linkedByRange: [Range<Int>: Occurrence]
  ) -> [LinkedMention] {
    // The occurrences by start offset, built only when a small place is there to look up.
    var byStart: [Int: Occurrence]?
    return mentions.replacing { mention in
      guard isSmallPlaceByNameAlone(mention) else { return nil }
      if byStart == nil {
        byStart = Dictionary(linkedByRange.values.map { ($0.start, $0) }, uniquingKeysWith: { first, _ in first })
      }
      guard let occurrence = byStart?[mention.start], occurrence.end == mention.end else { return nil }
      let title = titleBefore(occurrence.match.firstToken, in: text)
      guard title != nil || isPersonBeforeReportingVerb(occurrence, in: text) else { return nil }
      if let person = knownPerson(occurrence, in: text) { return person }
      let span = EntityTagger.Span(
        firstToken: occurrence.match.firstToken, endToken: occurrence.match.endToken, start: occurrence.start,
        end: occurrence.end, type: "PERSON")
      var person = nilMention(span, in: text)
      person.evidence = [title == nil ? "nil:reporting-verb" : "nil:title"]
      person.title = title?.text
      return person
    }
  }

  /// The tokens the mentions overlap.
  func takenTokens(_ mentions: [LinkedMention], in text: TokenizedText) -> [Bool] {
    var taken = [Bool](repeating: false, count: text.tokens.count)
    // The offsets are read in place: a copy of each mention retained and released its strings.
    for index in mentions.indices {
      let start = mentions[index].start
      let end = mentions[index].end
      // Tokens are in text order: the first one ending after the mention's start, by bisection.
      var low = 0
      var high = text.tokens.count
      while low < high {
        let middle = (low + high) / 2
        if Int(text.tokens[middle].end) <= start { low = middle + 1 } else { high = middle }
      }
      var token = low
      while token < text.tokens.count && Int(text.tokens[token].start) < end {
        taken[token] = true
        token += 1
      }
    }
    return taken
  }

  /// Whether the tagger reads an alias as an organization or person no entity of that name is,
  /// while none of its entities is a nisba (an adjective the tagger may misread).
  private func isOtherThanEveryCandidate(_ occurrence: Occurrence, type: String) -> Bool {
    guard type == "ORGANIZATION" || type == "PERSON" else { return false }
    return index.lists[Int(occurrence.match.list)].allSatisfy { candidate in
      candidate.kind != .demonym && knowledgeBase.entities[Int(candidate.entity)].type != type
    }
  }

  private func hasAmbiguousCandidate(_ occurrence: Occurrence, type: String) -> Bool {
    index.lists[Int(occurrence.match.list)].contains { candidate in
      (candidate.kind == .ambiguous || candidate.kind == .contextual)
        && knowledgeBase.entities[Int(candidate.entity)].type == type
    }
  }

  /// Whether a tagged span can be a name: not an adverb in the accusative (دبلوماسياً), not
  /// lower-case Latin (a domain's `com`), not only function words (Contact Us, Thanks Again).
  private func isNameShaped(_ span: EntityTagger.Span, in text: TokenizedText) -> Bool {
    if text.scalar(at: span.end - 1).value == 0x064B { return false }
    let first = text.tokens[span.firstToken]
    guard first.isLatin else { return true }
    guard first.startsUppercase else { return false }
    // A Latin name ends in a capitalized word or a number: "Port of" (of Port of Rotterdam,
    // the tagger stopping early) is a piece of a name, not one.
    let last = text.tokens[span.endToken - 1]
    let lastScalar = text.scalar(at: Int(last.start)).value
    guard last.startsUppercase || (0x30...0x39).contains(lastScalar) else { return false }
    return (span.firstToken..<span.endToken).contains {
      !NilMentionFinder.isLatinStopword($0, in: text)
    }
  }

  /// The span without title and role words at its start (WikiFANE puts `الامير` inside the
  /// name; the stage never does); nil when nothing is left.
  private func withoutLeadingTitles(_ span: EntityTagger.Span, in text: TokenizedText) -> EntityTagger.Span? {
    var span = span
    // A Latin word set off by punctuation before the rest ("Later, Scholz") opens the
    // sentence, not the name.
    while span.endToken - span.firstToken >= 2, text.tokens[span.firstToken].isLatin,
      !text.tokens[span.firstToken + 1].looselyJoinsPrevious,
      !isWordJoint(before: span.firstToken + 1, in: text)
    {
      span.firstToken += 1
      span.start = Int(text.tokens[span.firstToken].start)
    }
    // A Latin title opens only a person ("General Motors" keeps its first word); a club or
    // company word (نادي ريال مدريد، شركة سينوبك) is not part of the organization's name.
    while span.firstToken < span.endToken,
      text.tokens[span.firstToken].isLatin
        ? span.type == "PERSON" && isTitle(span.firstToken, in: text)
        : isTitle(span.firstToken, in: text)
          || (span.type == "ORGANIZATION" && Self.wordsBeforeOrganizations.contains(text.tokens[span.firstToken].hash)
            && !isHeadOfDescriptiveName(span.firstToken, in: text, span: span))
    {
      span.firstToken += 1
      guard span.firstToken < span.endToken else { return nil }
      span.start = Int(text.tokens[span.firstToken].start)
    }
    return span
  }

  /// Whether the sign between token `position` and the one before joins two parts of one
  /// Latin name rather than setting a word off: a hyphen (Mercedes-Benz), an ampersand (AT&T),
  /// or the full stop of a one-letter abbreviation (U.S., J.K. Rowling). An apostrophe needs no
  /// rule: the tokenizer counts it as a quotation mark, which joins loosely.
  private func isWordJoint(before position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin, Int(token.start) == Int(text.tokens[position - 1].end) + 1 else { return false }
    switch token.scalarBefore {
    case 0x2D, 0x26: return true
    case 0x2E: return text.continuesAbbreviation(position)
    default: return false
    }
  }

  /// Words before a club's or company's name that news leaves out of it (folded: نادي، فريق،
  /// شركة). The evaluator sets them aside in gold and predicted spans alike
  /// (`OrganizationWordConvention`).
  static let wordsBeforeOrganizations: Set<UInt64> = Set(
    ["نادي", "النادي", "فريق", "ونادي", "لنادي", "شركة", "الشركة", "وشركة", "لشركة", "بشركة"].map {
      TokenizedText(NameFolding.fold($0)).tokens[0].hash
    })

  func isTitle(_ position: Int, in text: TokenizedText) -> Bool {
    if text.tokens[position].isLatin {
      return NilMentionFinder.isLatinTitle(position, in: text)
    }
    return cues.contains(cues.titles, token: position, in: text)
  }

  /// An alias that needs evidence (`ambiguous`, `contextual`), tagged with the type of one of
  /// its entities: the tagger's reading of the context is that evidence.
  private func linkTagged(_ occurrence: Occurrence, type: String, in text: TokenizedText) -> LinkedMention? {
    // A small place sharing a name with a better-known one the table lacks (a town called
    // California) is not linked on the type alone: the prior must say it is the usual sense.
    bestCandidate(of: occurrence, in: text, confidence: (0.6, 0.5), evidence: "tagger:" + type) { candidate, entity in
      (candidate.kind == .ambiguous || candidate.kind == .contextual) && entity.type == type
        && entity.prior >= Self.taggedLinkPrior && !arabicContextRejects(candidate, occurrence, in: text)
    }
  }

  /// A NIL mention of whole tokens, marked with the rule that found it.
  func nilMention(tokens: Range<Int>, type: String, evidence: String, in text: TokenizedText) -> LinkedMention {
    var mention = nilMention(
      EntityTagger.Span(
        firstToken: tokens.lowerBound, endToken: tokens.upperBound, start: Int(text.tokens[tokens.lowerBound].start),
        end: Int(text.tokens[tokens.upperBound - 1].end), type: type),
      in: text)
    mention.evidence = [evidence]
    return mention
  }

  func nilMention(_ span: EntityTagger.Span, in text: TokenizedText) -> LinkedMention {
    let written = text.text(scalarsFrom: span.start, to: span.end)
    let name = PartialNameCoreference.words(of: written).joined(separator: " ")
    let isLatin = text.tokens[span.firstToken].isLatin
    let title = span.type == "PERSON" ? titleBefore(span.firstToken, in: text)?.text : nil
    return LinkedMention(
      start: span.start, end: span.end, label: span.type, id: NilMentionFinder.clusterID(name: name, type: span.type),
      nameEnglish: isLatin ? written : "", nameArabic: isLatin ? "" : written, confidence: 0.5,
      evidence: ["nil:tagger"], title: title, isNil: true)
  }
}
