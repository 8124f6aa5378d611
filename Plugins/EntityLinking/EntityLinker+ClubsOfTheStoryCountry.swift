extension EntityLinker {
  /// A club's short name shared by clubs of two countries (الأهلي: Cairo's Al Ahly and Jeddah's
  /// Al-Ahli) and linked on the tagger's type alone is the club of the story's country: the
  /// country the other linked clubs, cities and countries of the document belong to, when it
  /// names another country more often than the linked club's. A club named in full anywhere in
  /// the document (الأهلي المصري) keeps its link. Runs before the one-sense pass, which then
  /// spreads the corrected link rather than the wrong one.
  func clubsOfTheStoryCountry(
    _ mentions: [LinkedMention], in text: TokenizedText, occurrences: [Occurrence]
  ) -> [LinkedMention] {
    // Cheap gate: only organizations linked by the tagger's type are candidates.
    var candidates: [(mention: Int, clubs: [Int32])] = []
    for (number, mention) in mentions.enumerated()
    where mention.label == "ORGANIZATION" && !mention.isNil && mention.evidence.first == "tagger:ORGANIZATION" {
      guard let occurrence = occurrences.first(where: { $0.start == mention.start && $0.end == mention.end })
      else { continue }
      let clubs = index.lists[Int(occurrence.match.list)].filter {
        $0.kind == .ambiguous && Self.isFootballClub(knowledgeBase.entities[Int($0.entity)])
      }.map(\.entity)
      if clubs.count > 1 { candidates.append((number, clubs)) }
    }
    guard !candidates.isEmpty else { return mentions }
    let candidateMentions = Set(candidates.map(\.mention))
    var votes: [String: Int] = [:]
    var namedInFull = Set<String>()
    for (number, mention) in mentions.enumerated() where !mention.isNil && !candidateMentions.contains(number) {
      guard let entity = knowledgeBase[mention.id] else { continue }
      if mention.label == "ORGANIZATION", !mention.evidence.contains(where: { $0.hasPrefix("tagger:") }) {
        namedInFull.insert(mention.id)
      }
      if entity.description == "country" {
        votes[entity.id, default: 0] += 1
      } else if mention.label == "LOCATION" || Self.isFootballClub(entity), let country = entity.related.first {
        votes[country, default: 0] += 1
      }
    }
    guard !votes.isEmpty else { return mentions }
    var result = mentions
    for (number, clubs) in candidates where !namedInFull.contains(mentions[number].id) {
      let ownCountry = knowledgeBase[mentions[number].id]?.related.first ?? ""
      let own = votes[ownCountry] ?? 0
      guard
        let best = clubs.max(by: {
          (votes[knowledgeBase.entities[Int($0)].related.first ?? ""] ?? 0)
            < (votes[knowledgeBase.entities[Int($1)].related.first ?? ""] ?? 0)
        })
      else { continue }
      let entity = knowledgeBase.entities[Int(best)]
      let country = entity.related.first ?? ""
      guard (votes[country] ?? 0) > own, entity.id != mentions[number].id else { continue }
      result[number].id = entity.id
      result[number].nameEnglish = entity.name_en
      result[number].nameArabic = entity.name_ar
      result[number].evidence.append("story-country:" + country)
    }
    return result
  }

  /// A football club of the knowledge base (its description says so).
  static func isFootballClub(_ entity: KnowledgeBaseEntity) -> Bool {
    entity.type == "ORGANIZATION" && entity.description.hasSuffix("football club")
  }
}
