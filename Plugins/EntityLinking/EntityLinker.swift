import Foundation

/// Finds and links the mentions of a document against a knowledge base. Built once per run
/// (the index is the costly part); `link` is pure and thread-safe.
public struct EntityLinker: Sendable {
  /// What the linker emits beyond linked names.
  public struct Options: Sendable, Hashable {
    /// Emit nisba adjectives (الروسي، السورية) as DEMONYM mentions linked to the country.
    public var demonyms = false
    /// Emit names missing from the knowledge base (after a title, quoted after an
    /// organization word, Latin capitals) as NIL mentions with a type guess.
    public var nilMentions = true

    public init(demonyms: Bool = false, nilMentions: Bool = true) {
      self.demonyms = demonyms
      self.nilMentions = nilMentions
    }
  }

  public let knowledgeBase: KnowledgeBase
  let index: AliasIndex
  let cues = CueWords()
  public var options: Options
  /// The learned tagger that finds names the knowledge base does not hold; without one, NIL
  /// names come from title, quote and capital-letter rules (`NilMentionFinder`).
  let tagger: EntityTagger?

  public init(knowledgeBase: KnowledgeBase, options: Options = Options(), tagger: EntityTaggerModel? = nil) {
    self.knowledgeBase = knowledgeBase
    self.index = AliasIndex(knowledgeBase)
    self.options = options
    self.tagger = tagger.map(EntityTagger.init(model:))
  }

  /// The number of distinct alias keys in the index (demonym forms included).
  public var indexedAliasCount: Int { index.aliasCount }

  /// An alias occurrence before disambiguation.
  struct Occurrence {
    var match: AliasIndex.Match
    var start: Int
    var end: Int
  }

  /// The mentions of a text, sorted by start.
  public func link(_ text: String) -> [LinkedMention] {
    linkedMentions(in: text).mentions
  }

  /// The mentions of a text, sorted by start, with the tokenized text (which quotes them by
  /// scalar offset without decoding the whole text again).
  func linkedMentions(in text: String) -> (mentions: [LinkedMention], text: TokenizedText) {
    var tokenized = TokenizedText(text)
    cues.classify(&tokenized)
    if tagger != nil { tokenized.knownSentences = EntityTaggerTrainer.sentences(of: tokenized) }
    tokenized.indexTokenStarts()
    let occurrences = findOccurrences(in: tokenized)
    guard !occurrences.isEmpty || options.nilMentions else { return ([], tokenized) }

    // Entities named in full without competition: the discourse and related evidence.
    var named = Set<Int32>()
    var namedIDs = Set<String>()
    for occurrence in occurrences {
      let list = index.lists[Int(occurrence.match.list)]
      let names = list.filter { $0.kind == .name }
      if names.count == 1 && list.allSatisfy({ $0.kind != .name || $0.entity == names[0].entity }) {
        named.insert(names[0].entity)
        namedIDs.insert(knowledgeBase.entities[Int(names[0].entity)].id)
      } else if names.isEmpty, let first = list.first(where: { $0.kind == .demonym }),
        list.allSatisfy({
          ($0.kind == .demonym && $0.entity == first.entity)
            || ($0.kind == .ambiguous && knowledgeBase.entities[Int($0.entity)].type == "ORGANIZATION")
        })
      {
        // A country's adjective ("البنك المركزي الأردني") names its country as well as the name
        // does for related evidence ("عمان" the capital, not Oman), though not for discourse.
        // An agency named by its nationality (الفرنسية, الألمانية) leaves it its country's.
        namedIDs.insert(knowledgeBase.entities[Int(first.entity)].id)
      }
    }

    var mentions: [LinkedMention] = []
    var linkedOccurrences: [Int] = []
    var covered = [Bool](repeating: false, count: tokenized.tokens.count)
    // Tokens of linked names: NIL detection leaves them alone. Unlinked alias occurrences
    // (an ambiguous word without evidence, a demonym) stay free.
    for (number, occurrence) in occurrences.enumerated() {
      let followsName = occurrence.match.firstToken > 0 && covered[occurrence.match.firstToken - 1]
      if let mention = resolve(
        occurrence, in: tokenized, named: named, namedIDs: namedIDs, followsName: followsName)
      {
        var mention = mention
        let first = occurrence.match.firstToken
        // "دولة الكويت", "قارة آسيا": the state's or continent's word is an alias's first word
        // but not part of the name as Arabic annotation marks it (WikiFANE: outside 46 times
        // of 49 for دولة, 24 of 24 for قارة); the entity is the same without it.
        if occurrence.match.endToken - first >= 2, mention.label == "LOCATION",
          Self.stateWords.contains(tokenized.tokens[first].hash)
        {
          mention.start = Int(tokenized.tokens[first + 1].start)
        }
        mentions.append(mention)
        linkedOccurrences.append(number)
        if mention.label != "DEMONYM" {
          for token in occurrence.match.firstToken..<occurrence.match.endToken { covered[token] = true }
        }
      }
    }
    if options.nilMentions, let tagger {
      mentions = taggedMentions(
        tagger, in: tokenized, occurrences: occurrences, linked: Set(linkedOccurrences), mentions: mentions)
    } else if options.nilMentions {
      mentions += NilMentionFinder(cues: cues).find(in: tokenized, covered: covered)
    }
    return (
      withAbbreviationStops(mentions, in: tokenized).sorted { ($0.start, $0.end) < ($1.start, $1.end) }, tokenized
    )
  }

  /// The mentions with the last full stop of a dotted abbreviation they end in: "U.S." rather
  /// than "U.S", as news and its annotations write the name.
  private func withAbbreviationStops(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Changed in place: a copy of every mention into a new array retained its strings.
    var result = mentions
    for index in mentions.indices {
      let end = mentions[index].end
      // Mentions keep no token index once merged and repaired: find the last token again.
      var low = 0
      var high = text.tokens.count
      while low < high {
        let middle = (low + high) / 2
        if Int(text.tokens[middle].end) < end { low = middle + 1 } else { high = middle }
      }
      if low < text.tokens.count, Int(text.tokens[low].end) == end, text.endsAbbreviationBeforeStop(low) {
        result[index].end += 1
      }
    }
    return result
  }

  func findOccurrences(in text: TokenizedText) -> [Occurrence] {
    var occurrences: [Occurrence] = []
    var position = 0
    let count = text.tokens.count
    while position < count {
      guard let match = index.longestMatch(at: position, in: text), accepts(match, in: text) else {
        position += 1
        continue
      }
      let first = text.tokens[position]
      let start =
        match.strippedPrefix == 0
        ? Int(first.start) : Int(text.foldedOffsets[Int(first.foldedStart) + match.strippedPrefix])
      occurrences.append(Occurrence(match: match, start: start, end: Int(text.tokens[match.endToken - 1].end)))
      position = match.endToken
    }
    return occurrences
  }

  /// Latin names must be capitalized in the text, and short upper-case aliases (UN, EU)
  /// match upper-case text only: "us" is not the US, "turkey" not Turkey.
  private func accepts(_ match: AliasIndex.Match, in text: TokenizedText) -> Bool {
    let tokens = text.tokens[match.firstToken..<match.endToken]
    guard tokens.contains(where: \.isLatin) else { return true }
    guard tokens.contains(where: \.startsUppercase) else { return false }
    let list = index.lists[Int(match.list)]
    if list.allSatisfy(\.upperCaseOnly) { return tokens.allSatisfy(\.isAllUppercase) }
    // In an all-caps headline, capitals say nothing: "HIT" is the verb, not the town of Hit.
    return !(tokens.first!.isAllUppercase && isCommonWordsInCapitals(match.firstToken..<match.endToken, in: text))
  }

  private func resolve(
    _ occurrence: Occurrence, in text: TokenizedText, named: Set<Int32>, namedIDs: Set<String>,
    followsName: Bool
  ) -> LinkedMention? {
    // A cue word (مدينة، وكالة، الرئيس) is never a mention itself, whatever town shares its name.
    if occurrence.match.endToken - occurrence.match.firstToken == 1,
      cues.contains(
        cues.titles | cues.organizationCues | cues.locationCues, token: occurrence.match.firstToken, in: text)
    {
      return nil
    }
    if isDirectionOrDate(occurrence.match.firstToken..<occurrence.match.endToken, in: text) { return nil }
    let list = index.lists[Int(occurrence.match.list)]
    // Read only for a person: most candidates are places, and a title found is quoted as a string.
    lazy var title = titleBefore(occurrence.match.firstToken, in: text)
    let cue = cueBefore(occurrence.match.firstToken, in: text)
    var scored: [(candidate: AliasIndex.Candidate, score: Double, evidence: [String])] = []
    for candidate in list {
      // Fields read in place: a copy of the entity retained and released each of its strings.
      let entity = Int(candidate.entity)
      if candidate.kind == .demonym {
        scored.append((candidate, 0.05, ["demonym"]))
        continue
      }
      if arabicContextRejects(candidate, occurrence, in: text) { continue }
      if knowledgeBase.entities[entity].type == "PERSON", isFollowedByTheElder(occurrence, in: text) { continue }
      // An organization's head word right before a club's name makes another organization of
      // it (جمعية الهلال الأحمر، جريدة الاتحاد): the club words (نادي، فريق) are no such cue.
      if let cue, cue.type == "ORGANIZATION", cue.token == occurrence.match.firstToken - 1,
        Self.isFootballClub(knowledgeBase.entities[entity])
      {
        continue
      }
      // A nisba right after a title is the title's nationality (وزير الخارجية السوداني علي
      // الصادق), not the person whose surname it also is (محمد شياع السوداني), unless the text
      // has named that person in full.
      if candidate.kind != .name, knowledgeBase.entities[entity].type == "PERSON",
        !named.contains(candidate.entity), list.contains(where: { $0.kind == .demonym }), title != nil
      {
        continue
      }
      var score = knowledgeBase.entities[entity].prior
      var evidence: [String] = []
      var hasEvidence = false
      if candidate.kind == .name {
        evidence.append(list.count == 1 ? "alias" : "prior")
      }
      if named.contains(candidate.entity) && candidate.kind != .name {
        score += 0.3
        evidence.append("discourse")
        hasEvidence = true
      }
      if knowledgeBase.entities[entity].type == "PERSON", let title {
        score += 0.2
        evidence.append("title:" + title.text)
        hasEvidence = true
      } else if let cue, cue.type == knowledgeBase.entities[entity].type,
        knowledgeBase.entities[entity].description != "country",
        candidate.kind != .ambiguous || cue.token == occurrence.match.firstToken - 1
      {
        // An ambiguous word takes a cue only right before it: in "شركة سيمنس الألمانية" the
        // company word belongs to Siemens, and الألمانية is its nationality, not the agency.
        // Place words (مدينة، العاصمة) name towns and regions: they count against a country.
        score += 0.2
        evidence.append("cue:" + cue.word)
        hasEvidence = true
      }
      if candidate.kind != .partial,
        let related = knowledgeBase.entities[entity].related.first(where: namedIDs.contains)
      {
        score += 0.1
        evidence.append("related:" + related)
        if candidate.kind == .contextual { hasEvidence = true }
      } else if candidate.kind == .contextual, !hasEvidence,
        let related = knowledgeBase.entities[entity].related.first(where: { isNamedByAWord($0, in: text) })
      {
        // A common word that is also a city (سيول, floods) is the city in a text about its
        // country, named by a word of its own (كوريا، الكوري) rather than in full.
        score += 0.1
        evidence.append("related-word:" + related)
        hasEvidence = true
      }
      if candidate.kind == .ambiguous, !hasEvidence, knowledgeBase.entities[entity].type == "LOCATION",
        knowledgeBase.entities[entity].prior >= 0.6, occurrence.match.strippedPrefix == 0,
        isAfterMotionPreposition(occurrence.match.firstToken, in: text),
        let related = knowledgeBase.entities[entity].related.first(where: { isNamedByAWord($0, in: text) })
      {
        // A town whose name is also a word (الفاشر) after إلى, in a story about its country:
        // where someone goes is a place. Small places (prior below 0.6) are left out: after
        // إلى a verbal noun is as likely (دعا إلى توحيد موقفهم; توحيد is a town in Iran), and a
        // word read without a proclitic letter is another word (إلى فرقة is no الرقة).
        score += 0.1
        evidence.append("motion:" + related)
        hasEvidence = true
      }
      if candidate.kind != .name && !hasEvidence { continue }
      scored.append((candidate, score, evidence))
    }
    guard let best = scored.max(by: { $0.score < $1.score }) else { return nil }
    // The four fields the mention needs are read in place: a copy of the whole entity retained
    // and released each of its strings and lists.
    let winner = Int(best.candidate.entity)
    let type = knowledgeBase.entities[winner].type
    var isDemonym = best.candidate.kind == .demonym
    var evidence = best.evidence
    if best.candidate.isAccusativeNisba, !followsName,
      isIndefiniteAccusative(before: occurrence.match.firstToken, in: text)
    {
      isDemonym = true
      evidence = ["demonym", "accusative-nisba"]
    }
    if isDemonym && !options.demonyms { return nil }
    if type == "LOCATION", let cue, cue.token == occurrence.match.firstToken - 1,
      text.tokens[cue.token].hash == Self.stateWord,
      knowledgeBase.entities[winner].description.hasPrefix("city")
    {
      // ولاية الخرطوم is the state, not its capital the city's name alone gives: a place with
      // no id rather than the wrong one.
      var state = nilMention(
        tokens: occurrence.match.firstToken..<occurrence.match.endToken, type: "LOCATION",
        evidence: "nil:state-not-its-capital", in: text)
      state.start = occurrence.start
      return state
    }
    let competitors = scored.filter { $0.candidate.entity != best.candidate.entity && $0.candidate.kind != .demonym }
    var confidence = min(0.99, best.score)
    if let runnerUp = competitors.map(\.score).max() { confidence = min(confidence, 0.5 + (best.score - runnerUp)) }
    return LinkedMention(
      start: occurrence.start, end: occurrence.end, label: isDemonym ? "DEMONYM" : type,
      id: knowledgeBase.entities[winner].id, nameEnglish: knowledgeBase.entities[winner].name_en,
      nameArabic: knowledgeBase.entities[winner].name_ar, confidence: (confidence * 1000).rounded() / 1000,
      evidence: evidence, title: type == "PERSON" && !isDemonym ? title?.text : nil, isNil: false)
  }

  /// A title phrase ending right before the token: a title word followed only by words with
  /// the article or linking words (الرئيس الروسي، المتحدثة باسم وزارة الخارجية الروسية).
  /// Tokens that are no name whatever shares their words: a compass word before another word
  /// (جنوب المغرب، شمال لبنان) is a direction, not the region called South or North (names that
  /// include one, جنوب السودان, match whole); a month (Nov, أيار), alone or with a day, is a date,
  /// unless a cue word names it (شركة نيسان is Nissan, not April).
  func isDirectionOrDate(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    (tokens.count == 1 && NonNameWords.isDirection(tokens.lowerBound, in: text))
      || (NonNameWords.isDate(tokens, in: text) && cueBefore(tokens.lowerBound, in: text) == nil)
  }

  func titleBefore(_ position: Int, in text: TokenizedText) -> (text: String, start: Int)? {
    var cursor = position
    var steps = 0
    while cursor > 0 && steps < 7 && text.tokens[cursor].looselyJoinsPrevious {
      cursor -= 1
      steps += 1
      if cues.contains(cues.titles, token: cursor, in: text) {
        return (titleText(from: cursor, to: position, in: text), Int(text.tokens[cursor].start))
      }
      guard CueWords.hasArticle(cursor, in: text) || cues.contains(cues.titleLinks, token: cursor, in: text) else {
        return nil
      }
    }
    return nil
  }

  private func titleText(from first: Int, to end: Int, in text: TokenizedText) -> String {
    CueWords.withoutProclitics(text.originalText(tokens: first, end))
  }

  /// An organization or place word right before the token (وكالة، مدينة), possibly through
  /// one Arabic nisba adjective. A Latin name takes only the word right before it: in
  /// "Manchester City beat Arsenal" the club's "City" is no place word for Arsenal.
  func cueBefore(_ position: Int, in text: TokenizedText) -> (type: String, word: String, token: Int)? {
    var cursor = position
    for _ in 0..<(text.tokens[position].isLatin ? 1 : 2) {
      guard cursor > 0, text.tokens[cursor].looselyJoinsPrevious else { return nil }
      cursor -= 1
      if cues.contains(cues.organizationCues, token: cursor, in: text) {
        return ("ORGANIZATION", text.originalText(of: cursor), cursor)
      }
      if cues.contains(cues.locationCues, token: cursor, in: text) {
        return ("LOCATION", text.originalText(of: cursor), cursor)
      }
    }
    return nil
  }

  /// Whether the word before is إلى, the preposition of where someone goes.
  private func isAfterMotionPreposition(_ position: Int, in text: TokenizedText) -> Bool {
    position > 0 && text.tokens[position].joinsPrevious && text.tokens[position - 1].hash == Self.motionPreposition
  }

  private static let motionPreposition = NonNameWords.hashes("إلى").first!
  /// ولاية, a federal state's word (Sudan, Nigeria, the United States).
  private static let stateWord = NonNameWords.hashes("ولاية").first!

  /// `وفدا تركيا`: a country name read as the accusative nisba after an indefinite
  /// accusative noun.
  private func isIndefiniteAccusative(before position: Int, in text: TokenizedText) -> Bool {
    guard position > 0, text.tokens[position].joinsPrevious else { return false }
    let previous = text.foldedScalars(position - 1)
    guard previous.count >= 3, previous.last == 0x0627, !text.tokens[position - 1].isLatin,
      !CueWords.hasArticle(position - 1, in: text),
      !cues.contains(cues.alifParticles, token: position - 1, in: text),
      !cues.contains(cues.stopwords, token: position - 1, in: text)
    else { return false }
    return true
  }
}

extension EntityLinker {
  /// The cluster id a NIL name gets: `nil:` and 12 hex digits of a hash of its type and
  /// folded text, the same in every document and run.
  public static func nilClusterID(name: String, type: String) -> String {
    NilMentionFinder.clusterID(name: NameFolding.fold(name), type: type)
  }
}
