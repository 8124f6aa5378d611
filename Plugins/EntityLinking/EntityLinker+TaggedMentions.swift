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
    var unlinked: [Range<Int>: Occurrence] = [:]
    for (number, occurrence) in occurrences.enumerated() where !linked.contains(number) {
      unlinked[occurrence.match.firstToken..<occurrence.match.endToken] = occurrence
    }
    // Latin capitals with a given name or title before them are people by a rule surer than
    // the tagger on all-caps credits (JOHN SMITHSON/Reuters): they go first.
    let finder = NilMentionFinder(cues: cues)
    var taken = takenTokens(mentions, in: text)
    var base = mentions
    finder.findLatinCapitals(in: text, taken: &taken, into: &base, types: ["PERSON"])
    var result = base
    var replaced = Set<Int>()
    let scalars = Array(text.source.unicodeScalars)
    for found in tagger.spans(in: text, gazetteer: gazetteer) {
      guard let span = withoutLeadingTitles(found, in: text) else { continue }
      let overlapping = base.indices.filter {
        base[$0].label != "DEMONYM" && base[$0].start < span.end && span.start < base[$0].end
      }
      if !overlapping.isEmpty {
        guard overlapping.allSatisfy({ overrides(span, base[$0]) }) else { continue }
        replaced.formUnion(overlapping)
      } else if span.type == "MISC", !text.tokens[span.firstToken].isLatin {
        // Arabic MISC (WikiFANE's groups, nationalities, products, celestial bodies) is learned
        // so as not to confuse it with the three main types, but too noisy in news to emit
        // ("على الأرض", on the ground, read as the Earth); nisbas are the `demonyms` option.
        continue
      }
      guard isNameShaped(span, in: text, scalars: scalars) else { continue }
      if let occurrence = unlinked[span.firstToken..<span.endToken] {
        // An alias the knowledge base declined (a nisba read as an adjective, a surname
        // without its full name) is linked only with the tagger's type as evidence, never
        // made a NIL name.
        if let mention = linkTagged(occurrence, type: span.type, in: text) {
          result.append(mention)
        } else if hasAmbiguousCandidate(occurrence, type: span.type) {
          // A place of that name exists but is too small to be the usual sense: a NIL place.
          result.append(nilMention(span, in: text, scalars: scalars))
        }
        continue
      }
      result.append(nilMention(span, in: text, scalars: scalars))
    }
    if !replaced.isEmpty {
      result = result.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
    }
    // A name after a title that the tagger missed, by the rule of stage version 1.
    taken = takenTokens(result, in: text)
    finder.findAfterTitles(in: text, taken: &taken, into: &result)
    return PartialNameCoreference.resolve(result, scalars: scalars)
  }

  /// Whether the tagger's span wins over a place the knowledge base linked inside or at it:
  /// a longer name that contains the place ("Connecticut Lottery", "University of Alberta",
  /// "City of Brampton"), or the same words read as an organization (a club: "Liverpool beat
  /// ..."), unless a place word (city, مدينة) made the link.
  private func overrides(_ span: EntityTagger.Span, _ linked: LinkedMention) -> Bool {
    guard linked.label == "LOCATION", !linked.evidence.contains(where: { $0.hasPrefix("cue:") }),
      linked.start >= span.start, linked.end <= span.end
    else { return false }
    return linked.end - linked.start < span.end - span.start || span.type == "ORGANIZATION"
  }

  /// The tokens the mentions overlap.
  private func takenTokens(_ mentions: [LinkedMention], in text: TokenizedText) -> [Bool] {
    var taken = [Bool](repeating: false, count: text.tokens.count)
    for mention in mentions {
      for token in text.tokens.indices
      where Int(text.tokens[token].start) < mention.end && mention.start < Int(text.tokens[token].end) {
        taken[token] = true
      }
    }
    return taken
  }

  private func hasAmbiguousCandidate(_ occurrence: Occurrence, type: String) -> Bool {
    index.lists[Int(occurrence.match.list)].contains { candidate in
      (candidate.kind == .ambiguous || candidate.kind == .contextual)
        && knowledgeBase.entities[Int(candidate.entity)].type == type
    }
  }

  /// Whether a tagged span can be a name: not an adverb in the accusative (دبلوماسياً), not
  /// lower-case Latin (a domain's `com`), not only function words (Contact Us, Thanks Again).
  private func isNameShaped(_ span: EntityTagger.Span, in text: TokenizedText, scalars: [Unicode.Scalar]) -> Bool {
    if scalars[span.end - 1].value == 0x064B { return false }
    let first = text.tokens[span.firstToken]
    guard first.isLatin else { return true }
    guard first.startsUppercase else { return false }
    return (span.firstToken..<span.endToken).contains { !NilMentionFinder.latinStopwords.contains(text.foldedString($0)) }
  }

  /// The span without title and role words at its start (WikiFANE puts `الامير` inside the
  /// name; the stage never does); nil when nothing is left.
  private func withoutLeadingTitles(_ span: EntityTagger.Span, in text: TokenizedText) -> EntityTagger.Span? {
    var span = span
    // A Latin word set off by punctuation before the rest ("Later, Scholz") opens the
    // sentence, not the name.
    while span.endToken - span.firstToken >= 2, text.tokens[span.firstToken].isLatin,
      !text.tokens[span.firstToken + 1].looselyJoinsPrevious
    {
      span.firstToken += 1
      span.start = Int(text.tokens[span.firstToken].start)
    }
    while span.firstToken < span.endToken, isTitle(span.firstToken, in: text) {
      span.firstToken += 1
      guard span.firstToken < span.endToken else { return nil }
      span.start = Int(text.tokens[span.firstToken].start)
    }
    return span
  }

  func isTitle(_ position: Int, in text: TokenizedText) -> Bool {
    if text.tokens[position].isLatin {
      return NilMentionFinder.latinTitles.contains(text.foldedString(position))
    }
    return cues.contains(cues.titles, token: position, in: text)
  }

  /// An alias that needs evidence (`ambiguous`, `contextual`), tagged with the type of one of
  /// its entities: the tagger's reading of the context is that evidence.
  private func linkTagged(_ occurrence: Occurrence, type: String, in text: TokenizedText) -> LinkedMention? {
    // A small place sharing a name with a better-known one the table lacks (a town called
    // California) is not linked on the type alone: the prior must say it is the usual sense.
    let candidates = index.lists[Int(occurrence.match.list)].filter { candidate in
      let entity = knowledgeBase.entities[Int(candidate.entity)]
      return (candidate.kind == .ambiguous || candidate.kind == .contextual) && entity.type == type
        && entity.prior >= Self.taggedLinkPrior
    }
    guard
      let best = candidates.max(by: {
        knowledgeBase.entities[Int($0.entity)].prior < knowledgeBase.entities[Int($1.entity)].prior
      })
    else { return nil }
    let entity = knowledgeBase.entities[Int(best.entity)]
    let title = type == "PERSON" ? titleBefore(occurrence.match.firstToken, in: text) : nil
    return LinkedMention(
      start: occurrence.start, end: occurrence.end, label: entity.type, id: entity.id, nameEnglish: entity.name_en,
      nameArabic: entity.name_ar, confidence: candidates.count == 1 ? 0.6 : 0.5, evidence: ["tagger:" + type],
      title: title?.text, isNil: false)
  }

  private func nilMention(_ span: EntityTagger.Span, in text: TokenizedText, scalars: [Unicode.Scalar]) -> LinkedMention {
    var written = String.UnicodeScalarView()
    written.append(contentsOf: scalars[span.start..<span.end])
    let name = PartialNameCoreference.words(of: String(written)).joined(separator: " ")
    let isLatin = text.tokens[span.firstToken].isLatin
    let title = span.type == "PERSON" ? titleBefore(span.firstToken, in: text)?.text : nil
    return LinkedMention(
      start: span.start, end: span.end, label: span.type, id: NilMentionFinder.clusterID(name: name, type: span.type),
      nameEnglish: isLatin ? String(written) : "", nameArabic: isLatin ? "" : String(written), confidence: 0.5,
      evidence: ["nil:tagger"], title: title, isNil: true)
  }
}
