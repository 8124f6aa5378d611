extension EntityLinker {
  /// Business and markets wire copy, after the wire rules: firms named after people ("Morgan
  /// Stanley", "Merrill Lynch") and short names in capitals ("BP", "HSBC") are organizations
  /// where the words around them say so ("shares of", "analysts at", "said in a note", a
  /// possessive before "shares" or "chief executive", a following "Inc" or "plc"), and the same
  /// name elsewhere in the story with them; a crude benchmark ("Brent crude") is MISC, no firm; a
  /// wire label's next word ("ANALYSIS - Markets brace") is no name without evidence; Wimbledon
  /// after "in", "near" or "from" in a sentence with no tennis word is the place. Only NIL names
  /// change: what the knowledge base linked stays. Reads the mentions and, for names in capitals
  /// nothing found, the tokens in capitals only.
  func businessCopy(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    let mentions = firmNameRuns(mentions, in: text)
    var result: [LinkedMention] = []
    result.reserveCapacity(mentions.count)
    var firms = Set<String>()
    var people = Set<String>()
    var organizations = Set<Int>()
    // Read in place: a copy of each mention retained and released its strings.
    for index in mentions.indices where mentions[index].label == "ORGANIZATION" {
      organizations.formUnion(text.tokens(within: mentions[index].start, mentions[index].end))
    }
    for var mention in mentions {
      guard mention.isNil, mention.label != "DEMONYM" else {
        result.append(mention)
        continue
      }
      var tokens = text.tokens(within: mention.start, mention.end)
      guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin else {
        result.append(mention)
        continue
      }
      // "Insurer Allianz said": the sector's noun describes the firm.
      if let firm = withoutSectorNoun(tokens, in: text) {
        if firm.label == "ORGANIZATION" { firms.insert(firm.nameEnglish) }
        result.append(firm)
        continue
      }
      // "Shares of Barclays rose": the tagger's name starts with the market's words.
      if tokens.count >= 3, Self.marketWords.contains(text.tokens[tokens.lowerBound].hash),
        text.tokens[tokens.lowerBound + 1].hash == Self.of, opensSentence(tokens.lowerBound, in: text)
      {
        tokens = (tokens.lowerBound + 2)..<tokens.upperBound
        mention = nilMention(
          EntityTagger.Span(
            firstToken: tokens.lowerBound, endToken: tokens.upperBound,
            start: Int(text.tokens[tokens.lowerBound].start),
            end: mention.end, type: mention.label), in: text)
      }
      if tokens.count == 1 {
        let hash = text.tokens[tokens.lowerBound].hash
        if text.tokens[tokens.lowerBound].isAllUppercase, Self.businessAbbreviations.contains(hash) { continue }
        if Self.crudeBenchmarks.contains(hash),
          isCrudeBenchmark(tokens.lowerBound, in: text)
            || (benchmarkNamed(hash, in: text, at: tokens.lowerBound) && !speaksAsAPerson(tokens.lowerBound, in: text))
        {
          mention.label = "MISC"
          mention.id = EntityLinker.nilClusterID(name: mention.nameEnglish, type: "MISC")
          mention.evidence = ["nil:crude-benchmark"]
          result.append(mention)
          continue
        }
        // "Brent said he would sell" in a story about Brent crude: the man, not the trader's firm.
        if Self.crudeBenchmarks.contains(hash), mention.label == "ORGANIZATION",
          benchmarkNamed(hash, in: text, at: tokens.lowerBound), speaksAsAPerson(tokens.lowerBound, in: text)
        {
          result.append(retyped(mention, as: "PERSON", evidence: "nil:person-speaks"))
          continue
        }
        if isHeadlineWordAfterWireLabel(tokens.lowerBound, in: text, mentions: mentions) { continue }
        // "Alzheimer 's disease": the illness, not a person of the story.
        // The tagger reads such a name as any type ("Parkinson" a place, "Crohn" a firm).
        if mention.label != "MISC", isDiseaseEponym(tokens.lowerBound, in: text) {
          result.append(retyped(mention, as: "MISC", evidence: "nil:disease-eponym"))
          continue
        }
        // "Gulf shares were mixed": a region's market, no person or firm.
        if mention.label == "PERSON" || mention.label == "ORGANIZATION", Self.regionWords.contains(hash),
          isRegionsMarket(tokens.lowerBound, in: text)
        {
          continue
        }
        // "Lagarde said she was not ready": a person, whom the tagger read as a firm.
        if mention.label == "ORGANIZATION", !text.tokens[tokens.lowerBound].isAllUppercase,
          speaksOfHerself(tokens.lowerBound, in: text)
        {
          people.insert(mention.nameEnglish)
          result.append(retyped(mention, as: "PERSON", evidence: "nil:person-speaks"))
          continue
        }
        if isSectorNounOpener(tokens.lowerBound, in: text) {
          // "Brewer said on Tuesday": a surname that speaks, not the sector's noun.
          if isSurnameThatSpeaks(tokens.lowerBound, in: text) {
            result.append(retyped(mention, as: "PERSON", evidence: "nil:person-speaks"))
          }
          continue
        }
        if mention.label == "LOCATION", isPersonsPossession(tokens.lowerBound, in: text) {
          result.append(retyped(mention, as: "PERSON", evidence: "nil:person-possession"))
          continue
        }
        if mention.label != "ORGANIZATION", isBankWord(tokens.lowerBound, in: text) {
          mention = retyped(mention, as: "ORGANIZATION", evidence: "nil:bank-word")
          firms.insert(mention.nameEnglish)
          result.append(mention)
          continue
        }
        // "Shares of Barclays rose", "Stocks fell": a market's word opening a sentence.
        if Self.marketWords.contains(hash), !text.tokens[tokens.lowerBound].isAllUppercase,
          opensSentence(tokens.lowerBound, in: text)
        {
          continue
        }
        if hash == Self.wimbledon, mention.label != "LOCATION", isPlaceWimbledon(tokens.lowerBound, in: text) {
          mention.label = "LOCATION"
          mention.id = EntityLinker.nilClusterID(name: mention.nameEnglish, type: "LOCATION")
          mention.evidence = ["nil:place-after-preposition"]
          result.append(mention)
          continue
        }
      }
      // A name of firm shape with a firm's words; one word in title case ("Barclays", "Morgan")
      // only with the words before it or a corporate suffix, since "Morgan's staff" is as often
      // a senator's.
      let firmShaped = isFirmShaped(tokens, in: text)
      if mention.label != "ORGANIZATION",
        (firmShaped
          && (hasFirmContext(tokens, in: text)
            || (tokens.count == 1
              && isJoinedToAnOrganization(tokens.lowerBound, organizations: organizations, in: text))))
          || (tokens.count == 1 && !firmShaped && hasFirmContext(tokens, in: text, strictly: true, titleCaseWord: true))
      {
        mention = retyped(mention, as: "ORGANIZATION", evidence: "nil:firm-context")
        firms.insert(mention.nameEnglish)
      }
      if mention.label == "ORGANIZATION", isFirmShaped(tokens, in: text) { firms.insert(mention.nameEnglish) }
      result.append(mention)
    }
    result += firmsNotFound(result, in: text, firms: &firms)
    result += benchmarksNotFound(result, in: text)
    guard !firms.isEmpty || !people.isEmpty else { return result }
    // One sense per story: "Morgan Stanley" with a firm's words once is the firm throughout, and
    // "Lagarde" who speaks of herself once is a person throughout.
    return result.map { mention in
      guard mention.isNil else { return mention }
      if mention.label == "ORGANIZATION", !people.isEmpty, people.contains(mention.nameEnglish) {
        return retyped(mention, as: "PERSON", evidence: "nil:person-discourse")
      }
      guard mention.label == "PERSON" || mention.label == "LOCATION" || mention.label == "MISC",
        !firms.isEmpty, firms.contains(mention.nameEnglish), !people.contains(mention.nameEnglish)
      else { return mention }
      return retyped(mention, as: "ORGANIZATION", evidence: "nil:firm-discourse")
    }
  }

  /// "Gulf shares were mixed", "Gulf markets fell": a region's word before its market's noun.
  private func isRegionsMarket(_ position: Int, in text: TokenizedText) -> Bool {
    let next = position + 1
    guard next < text.tokens.count, text.tokens[next].joinsPrevious, !text.tokens[next].startsUppercase else {
      return false
    }
    return Self.regionsMarketNouns.contains(text.tokens[next].hash)
  }

  /// A verb of speech right after the name and a person's pronoun in the next three words
  /// ("Lagarde said she", "Lagarde told reporters he"): a firm says "it" or "we".
  private func speaksOfHerself(_ position: Int, in text: TokenizedText) -> Bool {
    let count = text.tokens.count
    guard position + 2 < count, text.tokens[position + 1].joinsPrevious, !text.tokens[position + 1].startsUppercase,
      Self.speakingVerbs.contains(text.tokens[position + 1].hash)
    else { return false }
    for later in (position + 2)..<min(position + 5, count) {
      guard text.tokens[later].isLatin, !text.tokens[later].startsUppercase else { return false }
      if Self.ownPronouns.contains(text.tokens[later].hash) { return !speaksThroughOthers(after: later, in: text) }
    }
    return false
  }

  /// Whether the rest of the sentence gives the speaker a firm's voice ("Chelsea said he had
  /// signed, the club said"; "Barclays said he would not comment, its spokesman said"): then "he"
  /// or "she" is someone the firm speaks of. Read only after a speech verb and its pronoun.
  private func speaksThroughOthers(after position: Int, in text: TokenizedText) -> Bool {
    var later = position + 1
    while later < min(position + 30, text.tokens.count), !opensSentence(later, in: text) {
      let hash = text.tokens[later].hash
      if Self.firmVoices.contains(hash) { return true }
      // "the club said", "the company said": the firm speaking; "chief executive of the
      // company" is no voice.
      if Self.firmSelves.contains(hash), later + 1 < text.tokens.count,
        Self.speakingVerbs.contains(text.tokens[later + 1].hash)
      {
        return true
      }
      later += 1
    }
    return false
  }

  private func retyped(_ mention: LinkedMention, as type: String, evidence: String) -> LinkedMention {
    var mention = mention
    mention.label = type
    mention.id = EntityLinker.nilClusterID(name: mention.nameEnglish, type: type)
    mention.evidence = [evidence]
    mention.title = nil
    return mention
  }

  /// A name a firm may bear that the tagger reads as a person or place: two or three
  /// capitalized Latin words ("Morgan Stanley", "JP Morgan"), or one word of two to five capitals
  /// ("BP", "HSBC") outside a headline in capitals. A single word in title case is left alone:
  /// "Ford", "Barclays" and "Lloyd" are too often people or places.
  private func isFirmShaped(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    guard tokens.allSatisfy({ text.tokens[$0].isLatin && text.tokens[$0].startsUppercase }) else { return false }
    if tokens.count == 1 { return isCapitalsName(tokens.lowerBound, in: text) }
    return tokens.count <= 3
  }

  /// A word of two to five capitals (digits allowed after the first) on a line that is not all
  /// capitals, and no wire label.
  private func isCapitalsName(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    let length = Int(token.end - token.start)
    guard token.isLatin, token.isAllUppercase, length >= 2, length <= 5, !Self.wireSlugs.contains(token.hash),
      !Self.capitalsWords.contains(token.hash)
    else { return false }
    return !isCommonWordsInCapitals(position..<(position + 1), in: text)
  }

  /// Whether words around a run of capitalized words say it is a firm: a firm's words
  /// (`hasFirmContext`) or a verb of reporting or of a market's move right after it ("Applied
  /// Materials rose", "Analog Devices said").
  func hasFirmEvidence(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    let end = tokens.upperBound
    if end < text.tokens.count, text.tokens[end].joinsPrevious, !text.tokens[end].startsUppercase,
      Self.reportingVerbs.contains(text.tokens[end].hash) || Self.marketVerbs.contains(text.tokens[end].hash)
        || Self.speechVerbs.contains(text.tokens[end].hash)
    {
      return true
    }
    return hasFirmContext(tokens, in: text)
  }

  /// Words around the name that only a firm takes: "shares of X", "analysts at X", "bank X",
  /// "X Inc", "X plc", "X & Co", "X shares", "X 's shares", "X 's chief executive", "X said in a
  /// note".
  /// `strictly` (for one word in title case, "Shares of Barclays", "analysts at Nomura") leaves
  /// out a verb of reporting, which a person's surname takes as often.
  /// `titleCaseWord` (one word in title case) keeps only the words before the name and a
  /// corporate suffix ("X Inc", "X & Co").
  private func hasFirmContext(
    _ tokens: Range<Int>, in text: TokenizedText, strictly: Bool = false, titleCaseWord: Bool = false
  ) -> Bool {
    let count = text.tokens.count
    let first = tokens.lowerBound
    let end = tokens.upperBound
    func word(_ position: Int) -> UInt64? {
      position >= 0 && position < count && text.tokens[position].isLatin ? text.tokens[position].hash : nil
    }
    // Before: "shares of", "stake in", "analysts at", "strategist with", or a firm's noun.
    if first > 0, let previous = word(first - 1) {
      if Self.firmNouns.contains(previous),
        !text.tokens[first - 1].startsUppercase || Self.sectorNouns.contains(previous)
      {
        // "Miner Tom Hill said": the noun also describes a person, named with a given name.
        return !isGivenNameAndSurname(tokens, in: text)
      }
      if Self.firmPrepositions.contains(previous), let noun = word(first - 2),
        Self.firmPeople.contains(noun)
          || (previous == Self.of && (Self.sharesWords.contains(noun) || Self.firmClients.contains(noun)))
      {
        return true
      }
    }
    guard end < count, let next = word(end) else { return false }
    let nextToken = text.tokens[end]
    if nextToken.scalarBefore == 0x26, next == Self.co { return true }
    if Self.corporateSuffixes.contains(next), nextToken.startsUppercase, nextToken.scalarBefore != 0x27 {
      return true
    }
    // "Blackstone 's property unit": what only a firm has, within three words.
    if titleCaseWord, next == Self.possessive, nextToken.scalarBefore == 0x27 || nextToken.scalarBefore == 0x2019 {
      var position = end + 1
      while position < min(end + 4, count), let owned = word(position), !text.tokens[position].startsUppercase {
        if Self.firmOnlyPossessions.contains(owned) { return true }
        // "its investment arm"; "Morgan 's left arm" is a body's.
        if owned == Self.arm, position > end + 1, let before = word(position - 1), !Self.bodySides.contains(before) {
          return true
        }
        position += 1
      }
      return false
    }
    // "Vodafone shares fell": the stock, then a market's verb (a person "shares" a view).
    // "Gulf shares were mixed": a region's market, no firm.
    if titleCaseWord {
      return Self.sharesWords.contains(next) && !Self.regionWords.contains(text.tokens[first].hash)
        && nextToken.joinsPrevious && !nextToken.startsUppercase
        && word(end + 1).map { Self.marketVerbs.contains($0) } == true && text.tokens[end + 1].joinsPrevious
    }
    // "X shares", with only spaces between: "Stanley Johnson, shares in hand" is no firm's stock.
    if Self.sharesWords.contains(next),
      (nextToken.joinsPrevious && !nextToken.startsUppercase) || nextToken.scalarBefore == 0x27
    {
      return true
    }
    // "X 's shares", "X 's chief executive", "X 's analysts".
    if next == Self.possessive, nextToken.scalarBefore == 0x27 || nextToken.scalarBefore == 0x2019,
      let owned = word(end + 1),
      Self.sharesWords.contains(owned) || Self.firmPeople.contains(owned)
        || Self.firmNouns.contains(owned) || Self.firmPossessions.contains(owned)
        || (owned == Self.chief && word(end + 2).map { Self.executiveWords.contains($0) } == true)
        || owned == Self.ceo
    {
      return true
    }
    // "the FNV union said", "the ANC party": a name in capitals before an organization's noun.
    if !strictly, tokens.count == 1, text.tokens[first].isAllUppercase, nextToken.joinsPrevious,
      !nextToken.startsUppercase, Self.organizationNouns.contains(next)
    {
      return true
    }
    // A name in capitals that reports ("BP said on Tuesday", "HSBC posted"): people are rarely
    // named so in running text.
    if !strictly, tokens.count == 1, Self.reportingVerbs.contains(next), nextToken.joinsPrevious,
      !nextToken.startsUppercase
    {
      return true
    }
    // "X has doubled its staff": a verb, then "its" (a person takes "his" or "her"). Not after a
    // verb of reporting ("Tim Pearce said its profit rose": an executive speaks for the firm),
    // nor after a title or role.
    if !strictly, tokens.count > 1, nextToken.joinsPrevious, !nextToken.startsUppercase, end + 2 < count,
      !Self.reportingVerbs.contains(next), !Self.noteVerbs.contains(next), !Self.speechVerbs.contains(next),
      !followsRole(first, in: text)
    {
      for position in (end + 1)...min(end + 2, count - 1) {
        guard text.tokens[position].isLatin, !text.tokens[position].startsUppercase else { break }
        if text.tokens[position].hash == Self.its { return true }
      }
    }
    // "X reported higher profits", "X cut 500 jobs", "X said it would cut jobs": a verb of a
    // firm's results or staff, then within four words in lower case what only a firm reports or
    // cuts; a verb of speech only with "it" after it ("Mary Okafor said profits fell" is an
    // analyst's view). Not for a name after a title or role.
    if !strictly, tokens.count > 1, nextToken.joinsPrevious, !nextToken.startsUppercase,
      Self.firmResultVerbs.contains(next) || (Self.saidWords.contains(next) && word(end + 1) == Self.it),
      !followsRole(first, in: text)
    {
      var position = end + 1
      while position < min(end + 6, count), text.tokens[position].isLatin, !text.tokens[position].startsUppercase,
        text.tokens[position].joinsPrevious
      {
        if Self.firmResults.contains(text.tokens[position].hash) { return true }
        position += 1
      }
    }
    // "X said in a note", "X wrote in a research note": an economist or an analyst says so as
    // often ("Goldman Sachs economist Jan Hatzius said in a note"), so not for a name after a
    // title or role, nor for one the story names after a title elsewhere.
    if Self.noteVerbs.contains(next), nextToken.joinsPrevious, word(end + 1) == Self.inWord,
      !followsRole(first, in: text),
      !isNamedAfterRoleElsewhere(tokens, in: text)
    {
      for position in (end + 2)..<min(end + 5, count) where word(position) == Self.note { return true }
    }
    return false
  }

  /// Whether a title or a role word stands right before the name ("economist Jan Hatzius",
  /// "Chief executive Tim Pearce"): a person.
  private func followsRole(_ first: Int, in text: TokenizedText) -> Bool {
    guard first > 0, text.tokens[first].joinsPrevious, text.tokens[first - 1].isLatin else { return false }
    let previous = text.tokens[first - 1].hash
    return Self.firmPeople.contains(previous) || Self.roleWords.contains(previous)
  }

  /// Whether the same words stand after a title or role elsewhere in the story.
  private func isNamedAfterRoleElsewhere(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    let hashes = tokens.map { text.tokens[$0].hash }
    let count = text.tokens.count
    for start in text.tokens.indices where start != tokens.lowerBound && text.tokens[start].hash == hashes[0] {
      guard start + hashes.count <= count,
        hashes.indices.allSatisfy({ text.tokens[start + $0].hash == hashes[$0] })
      else { continue }
      if followsRole(start, in: text) { return true }
    }
    return false
  }

  /// Names that nothing found where a firm's words stand around them: a name in capitals ("Shares
  /// of BP rose", "BP and Shell shares gained", "BP said"), or one to three words in title case
  /// after "shares of", "analysts at" or a firm's noun ("Shares of Barclays rose"). A name in
  /// title case needs the words before it: "Bank shares fell" opens a sentence with a noun.
  private func firmsNotFound(_ mentions: [LinkedMention], in text: TokenizedText, firms: inout Set<String>)
    -> [LinkedMention]
  {
    let count = text.tokens.count
    var candidates: [Range<Int>] = []
    for position in text.tokens.indices where text.tokens[position].isLatin && text.tokens[position].startsUppercase {
      if text.tokens[position].isAllUppercase, isCapitalsName(position, in: text) {
        candidates.append(position..<(position + 1))
      } else if position > 0, text.tokens[position].joinsPrevious,
        Self.firmPrepositions.contains(text.tokens[position - 1].hash)
          || Self.firmNouns.contains(text.tokens[position - 1].hash),
        !text.tokens[position - 1].startsUppercase, !text.tokens[position].isAllUppercase
      {
        var end = position + 1
        while end < count, end - position < 3, text.tokens[end].isLatin, text.tokens[end].startsUppercase,
          text.tokens[end].joinsPrevious, !text.tokens[end].isAllUppercase
        {
          end += 1
        }
        if end < count, text.tokens[end].isLatin, text.tokens[end].startsUppercase, text.tokens[end].joinsPrevious {
          continue
        }
        if hasFirmContext(position..<end, in: text, strictly: true) { candidates.append(position..<end) }
      } else if position + 2 < count, !text.tokens[position].isAllUppercase, text.tokens[position + 1].joinsPrevious,
        !text.tokens[position + 1].startsUppercase, Self.sharesWords.contains(text.tokens[position + 1].hash),
        hasFirmContext(position..<(position + 1), in: text, strictly: true, titleCaseWord: true),
        mentions.contains(where: { $0.isNil && $0.nameEnglish == text.originalText(tokens: position, position + 1) })
      {
        // "Heineken shares slipped" opening a sentence, the name found elsewhere in the story.
        candidates.append(position..<(position + 1))
      }
    }
    guard !candidates.isEmpty else { return [] }
    let taken = takenTokens(mentions, in: text)
    var organizations = Set<Int>()
    for mention in mentions where mention.label == "ORGANIZATION" {
      organizations.formUnion(text.tokens(within: mention.start, mention.end))
    }
    var added: [LinkedMention] = []
    for candidate in candidates where !candidate.contains(where: { taken[$0] }) {
      let position = candidate.lowerBound
      guard !NonNameWords.isNumber(position, in: text) else { continue }
      let name = text.originalText(tokens: candidate.lowerBound, candidate.upperBound)
      let firm =
        !text.tokens[position].isAllUppercase || hasFirmContext(candidate, in: text) || firms.contains(name)
        || isJoinedToAnOrganization(position, organizations: organizations, in: text)
      guard firm else { continue }
      let mention = nilMention(
        tokens: position..<candidate.upperBound, type: "ORGANIZATION", evidence: "nil:firm-context", in: text)
      firms.insert(mention.nameEnglish)
      added.append(mention)
    }
    return added
  }

  /// Whether a name before a country in parentheses is a results list's rider: a rank, score,
  /// comma or word stands before it on its line, or the story has more such names ("Kafelnikov (
  /// Russia ) beat Jan Siemerink ( Netherlands )"). A single line opening with "Orange (France)
  /// agrees deal" is a company and its country.
  func isListRider(_ name: Range<Int>, among names: [Range<Int>], in text: TokenizedText) -> Bool {
    if names.count > 1 { return true }
    let first = name.lowerBound
    return first > 0
      && !(Int(text.tokens[first - 1].end)..<Int(text.tokens[first].start)).contains(where: {
        text.scalar(at: $0).value == 0x0A
      })
  }

  /// A name in capitals joined by "and" to an organization right after or before it ("BP and
  /// Shell shares", "Shell and BP").
  private func isJoinedToAnOrganization(_ position: Int, organizations: Set<Int>, in text: TokenizedText) -> Bool {
    if position + 2 < text.tokens.count, text.tokens[position + 1].hash == Self.and,
      organizations.contains(position + 2)
    {
      return true
    }
    return position >= 2 && text.tokens[position - 1].hash == Self.and && organizations.contains(position - 2)
  }

  /// "Brent futures gained" where the tagger found no name: the crude benchmark, MISC.
  private func benchmarksNotFound(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var positions: [Int] = []
    for position in text.tokens.indices {
      let token = text.tokens[position]
      // The flags first: the set look-up hashes the token again, for every token of the text.
      if token.isLatin, token.startsUppercase, !token.isAllUppercase, Self.crudeBenchmarks.contains(token.hash),
        isCrudeBenchmark(position, in: text)
      {
        positions.append(position)
      }
    }
    guard !positions.isEmpty else { return [] }
    let taken = takenTokens(mentions, in: text)
    return positions.filter { !taken[$0] }.map { position in
      nilMention(tokens: position..<position + 1, type: "MISC", evidence: "nil:crude-benchmark", in: text)
    }
  }

  /// Whether the story names the benchmark elsewhere ("Brent crude rose ... Brent could reach
  /// $90"): one sense per story.
  private func benchmarkNamed(_ hash: UInt64, in text: TokenizedText, at position: Int) -> Bool {
    text.tokens.indices.contains { $0 != position && text.tokens[$0].hash == hash && isCrudeBenchmark($0, in: text) }
  }

  /// "Brent said he would sell": a verb of reporting or a person's pronoun right after the name,
  /// so a person, whatever the story says of the crude.
  private func speaksAsAPerson(_ position: Int, in text: TokenizedText) -> Bool {
    let count = text.tokens.count
    guard position + 1 < count, text.tokens[position + 1].joinsPrevious else { return false }
    let next = text.tokens[position + 1].hash
    if Self.reportingVerbs.contains(next) || Self.noteVerbs.contains(next) || Self.speechVerbs.contains(next) {
      return true
    }
    return (position + 1..<min(position + 4, count)).contains { Self.personPronouns.contains(text.tokens[$0].hash) }
  }

  /// "Brent crude", "Brent futures", "benchmark Brent": the North Sea crude, no firm.
  private func isCrudeBenchmark(_ position: Int, in text: TokenizedText) -> Bool {
    let count = text.tokens.count
    if position + 1 < count, text.tokens[position + 1].joinsPrevious,
      Self.crudeWords.contains(text.tokens[position + 1].hash)
    {
      return true
    }
    return position > 0 && text.tokens[position].joinsPrevious
      && Self.crudeWords.contains(text.tokens[position - 1].hash)
  }

  /// The headline word after a wire label and a dash at a line's start ("ANALYSIS - Markets
  /// brace for ...", "UPDATE 2 - Stocks slide"): no name unless the story writes the word with a
  /// capital inside a sentence too ("UPDATE 1 - Barclays profit ... Shares of Barclays rose").
  private func isHeadlineWordAfterWireLabel(_ position: Int, in text: TokenizedText, mentions: [LinkedMention])
    -> Bool
  {
    guard position > 0, [0x2D, 0x2013, 0x2014].contains(text.tokens[position].scalarBefore) else { return false }
    var label = position - 1
    if NonNameWords.isNumber(label, in: text), label > 0 { label -= 1 }
    let token = text.tokens[label]
    guard token.isLatin, token.isAllUppercase, Self.wireSlugs.contains(token.hash),
      label == 0
        || (Int(text.tokens[label - 1].end)..<Int(token.start)).contains(where: { text.scalar(at: $0).value == 0x0A })
    else { return false }
    let hash = text.tokens[position].hash
    for other in text.tokens.indices where other != position && text.tokens[other].hash == hash {
      // A name found again in the story ("Vodafone said on Tuesday"), even opening a sentence.
      if text.tokens[other].startsUppercase,
        !opensSentence(other, in: text) || mentions.contains(where: { $0.start == Int(text.tokens[other].start) })
      {
        return false
      }
    }
    return true
  }

  /// Wimbledon after "in", "near", "from" or "around" in a sentence without a tennis word (nor
  /// "withdrew", "injury", "match")
  /// ("Police in Wimbledon arrested two men"): the district of London. "At Wimbledon", "won
  /// Wimbledon" and any Wimbledon in a sentence about tennis stay the championships.
  private func isPlaceWimbledon(_ position: Int, in text: TokenizedText) -> Bool {
    guard position > 0, text.tokens[position].joinsPrevious,
      Self.placePrepositions.contains(text.tokens[position - 1].hash)
    else { return false }
    guard let sentence = text.sentence(containing: position) else { return true }
    return !sentence.contains { Self.tennisWords.contains(text.tokens[$0].hash) }
  }

  /// Words of market reports that open sentences and are no names.
  private static let marketWords = NonNameWords.hashes(
    "shares stocks markets investors traders analysts bonds equities futures prices")
  private static let crudeBenchmarks = NonNameWords.hashes("brent")
  private static let personPronouns = NonNameWords.hashes("he she his her him")
  private static let crudeWords = NonNameWords.hashes("crude oil futures prices price benchmark contract blend")
  private static let wimbledon = TokenizedText.hash(NameFolding.fold("wimbledon").unicodeScalars.map(\.value))
  private static let placePrepositions = NonNameWords.hashes("in near from around")
  private static let tennisWords = NonNameWords.hashes(
    """
    tennis title titles final finals semifinal semi quarterfinal quarter round seed seeded champion championships
    championship singles doubles set sets tiebreak grass court centre center slam tournament beat won win wins
    withdrew withdraw withdraws withdrawn withdrawal injury injured match matches lost played player players grand
    """)
  /// Nouns right before a firm's name ("investment bank Morgan Stanley", "broker Merrill Lynch").
  private static let firmNouns = NonNameWords.hashes(
    """
    bank lender broker brokerage insurer firm underwriter major giant company conglomerate carmaker automaker
    miner retailer airline chipmaker reinsurer drugmaker grocer
    """)
  /// People who work at a firm: "analysts at X", "economist with X".
  private static let firmPeople = NonNameWords.hashes(
    """
    analyst analysts economist economists strategist strategists banker bankers trader traders broker brokers
    executive executives chairman ceo cfo
    """)
  /// Titles and roles that stand before a person's name ("Chief executive Tim Pearce", "Senator
  /// John Lewis"); the firm's people (economist, analyst) are in `firmPeople`.
  private static let roleWords = NonNameWords.hashes(
    """
    president minister senator lawmaker governor mayor chief officer director manager spokesman spokeswoman
    spokesperson secretary chair chairwoman founder head lawyer professor dr mr mrs ms sir
    """)
  /// What a firm has: "X 's rival", "X 's clients".
  private static let firmPossessions = NonNameWords.hashes(
    "rival rivals staff clients customers branch branches offices headquarters stake unit board profit")
  private static let its = TokenizedText.hash(NameFolding.fold("its").unicodeScalars.map(\.value))
  private static let firmPrepositions = NonNameWords.hashes("at with of")
  /// Regions whose markets are named like a stock ("Gulf shares", "Asian stocks").
  private static let regionWords = NonNameWords.hashes(
    "gulf asian asia european europe nordic african arab latin pacific emerging global world regional")
  private static let sharesWords = NonNameWords.hashes("shares stock stocks")
  /// A region's market ("Gulf shares", "Gulf bourses").
  private static let regionsMarketNouns = NonNameWords.hashes(
    "shares stocks markets market bourses equities bonds indexes indices")
  /// Verbs of speech after which a person names himself or herself ("Lagarde said she").
  private static let speakingVerbs = NonNameWords.hashes("said says told tells added adds")
  private static let ownPronouns = NonNameWords.hashes("he she")
  /// Words of a firm's or club's own voice in the sentence of "X said he/she".
  private static let firmVoices = NonNameWords.hashes("its spokesman spokeswoman spokesperson")
  /// A firm's or club's noun that speaks in the same sentence ("the club said").
  private static let firmSelves = NonNameWords.hashes("club company firm carmaker bank lender group")
  /// Nouns after a name in capitals that make it an organization ("the FNV union", "the ANC
  /// party", "the TPLF rebels").
  private static let organizationNouns = NonNameWords.hashes(
    """
    union unions party alliance coalition movement federation confederation council committee agency militia
    rebels group bank lender insurer airline carmaker broadcaster network regulator watchdog government
    """)
  /// Clients of a firm: "customers of X", "shareholders of X".
  private static let firmClients = NonNameWords.hashes(
    "customers clients shareholders depositors policyholders subscribers")
  /// What only a firm has: "X 's unit", "X 's shareholders".
  private static let firmOnlyPossessions = NonNameWords.hashes(
    "unit units subsidiary subsidiaries division divisions shareholders shares stock")
  private static let arm = TokenizedText.hash(NameFolding.fold("arm").unicodeScalars.map(\.value))
  private static let bodySides = NonNameWords.hashes("left right broken injured bad good other")
  /// Verbs of a stock's move ("Vodafone shares fell").
  private static let marketVerbs = NonNameWords.hashes(
    """
    rose fell gained lost jumped slid slipped dropped climbed tumbled surged rallied edged sank plunged soared
    dipped eased advanced declined closed ended opened traded were have
    """)
  static let corporateSuffixes = NonNameWords.hashes(
    "inc corp corporation plc ltd llc ag nv sa spa gmbh bhd")
  private static let executiveWords = NonNameWords.hashes("executive executives financial")
  private static let reportingVerbs = NonNameWords.hashes("said says reported reports posted announced")
  private static let noteVerbs = NonNameWords.hashes("said says wrote writes")
  /// Verbs of a firm's results or staff: "X reported higher profits", "X cut 500 jobs".
  private static let firmResultVerbs = NonNameWords.hashes("reported reports posted cut cuts announced announces")
  /// What only a firm reports or cuts.
  private static let firmResults = NonNameWords.hashes(
    "profit profits earnings revenue revenues sales loss losses jobs dividend dividends buyback")
  private static let saidWords = NonNameWords.hashes("said says")
  private static let it = TokenizedText.hash(NameFolding.fold("it").unicodeScalars.map(\.value))
  private static let speechVerbs = NonNameWords.hashes("told tells added adds noted notes stated")
  /// Words in capitals that are no firm's name ("AI shares", "EV stocks", "ETF shares").
  private static let capitalsWords = NonNameWords.hashes(
    """
    gmt est ceo cfo coo cto gdp ipo ok tv pm am usd eur gbp jpy cny bst cet ad bc ai ev evs etf etfs adr adrs esg
    reit reits eps suv suvs it hr fx agm egm cpi ppi pmi m&a pe
    """)
  /// Business abbreviations that are never a name, even when the tagger reads one ("the AGM").
  private static let businessAbbreviations = NonNameWords.hashes(
    "ceo cfo coo cto gdp ipo agm egm eps etf etfs adr adrs esg reit reits cpi ppi pmi")
  private static let of = TokenizedText.hash(NameFolding.fold("of").unicodeScalars.map(\.value))
  private static let co = TokenizedText.hash(NameFolding.fold("co").unicodeScalars.map(\.value))
  private static let possessive = TokenizedText.hash(NameFolding.fold("s").unicodeScalars.map(\.value))
  static let chief = TokenizedText.hash(NameFolding.fold("chief").unicodeScalars.map(\.value))
  private static let ceo = TokenizedText.hash(NameFolding.fold("ceo").unicodeScalars.map(\.value))
  private static let inWord = TokenizedText.hash(NameFolding.fold("in").unicodeScalars.map(\.value))
  private static let note = TokenizedText.hash(NameFolding.fold("note").unicodeScalars.map(\.value))
  private static let and = TokenizedText.hash(NameFolding.fold("and").unicodeScalars.map(\.value))
}
