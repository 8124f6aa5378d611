extension EntityLinker {
  /// The tokens of each wire dateline's place: at a line's start, one to four Latin words in
  /// capitals followed by a comma and a month ("WASHINGTON, Dec 10 -"), by a parenthesis
  /// ("LONDON (Reuters)") or by a dash ("BANGKOK - A fire"). A wire story opens with the place
  /// it was filed from; the tagger, after a headline line above it, may read no name there. A
  /// wire's label in that place ("ANALYSIS -", "EXCLUSIVE (...)") is none.
  func datelinePlaces(in text: TokenizedText) -> [Range<Int>] {
    var places: [Range<Int>] = []
    let count = text.tokens.count
    var position = 0
    while position < count {
      guard isCapitalName(position, in: text), opensLine(position, in: text) else {
        position += 1
        continue
      }
      var end = position + 1
      while end < count, end - position < 4, text.tokens[end].joinsPrevious, isCapitalName(end, in: text) { end += 1 }
      if end < count, !Self.wireSlugs.contains(text.tokens[position].hash), isDatelineEnd(after: end - 1, in: text) {
        places.append(position..<end)
      }
      position = end
    }
    return places
  }

  /// The mentions with each dateline's place read as a place: what the knowledge base linked
  /// there stays; otherwise whatever the tagger read over it (a person, an organization, a
  /// piece of it) gives way to the place of that name, linked when the knowledge base has one
  /// large enough to be the usual sense (`taggedLinkPrior`), else a NIL place. A small place
  /// linked by its name alone ("SAN FRANCISCO" as a town in Argentina) is not taken either.
  func withDatelinePlaces(
    _ mentions: [LinkedMention], in text: TokenizedText, unlinked: [Range<Int>: Occurrence],
    linked: [Range<Int>: Occurrence]
  ) -> [LinkedMention] {
    let places = datelinePlaces(in: text)
    guard !places.isEmpty else { return mentions }
    var result = mentions
    // The states and provinces that gave way to a dateline's city, with the city.
    var cities: [String: LinkedMention] = [:]
    for place in places {
      let start = Int(text.tokens[place.lowerBound].start)
      let end = Int(text.tokens[place.upperBound - 1].end)
      let overlapping = result.indices.filter {
        result[$0].label != "DEMONYM" && result[$0].start < end && start < result[$0].end
      }
      // A dateline names a city: a state or a country of that name gives way to the city of
      // that state or country the knowledge base calls "<name> City" ("NEW YORK" is New York
      // City, not the state; "KUWAIT" is Kuwait City).
      if let other = overlapping.first(where: { isPlaceOtherThanACity(result[$0]) }),
        let city = datelineCity(place, in: text, inPlaceOf: result[other].id)
      {
        if knowledgeBase[result[other].id]?.description != "country" { cities[result[other].id] = city }
        let overlapped = Set(overlapping)
        result = result.enumerated().filter { !overlapped.contains($0.offset) }.map(\.element)
        result.append(city)
        continue
      }
      // What the knowledge base linked stays (a place, or an organization such as "NATO (...)" at
      // a line's start), except a small place by its name alone.
      if overlapping.contains(where: { !result[$0].isNil && !isSmallPlaceByNameAlone(result[$0]) }) { continue }
      let overlapped = Set(overlapping)
      result = result.enumerated().filter { !overlapped.contains($0.offset) }.map(\.element)
      // The name's occurrence, linked or not: the tagger may have read a linked place as
      // another name ("KUWAIT" as an organization), which the dateline's place replaces.
      if let occurrence = unlinked[place] ?? linked[place],
        let found = bestCandidate(
          of: occurrence, in: text, confidence: (0.6, 0.5), evidence: "dateline",
          where: {
            candidate, entity in
            candidate.kind != .demonym && entity.type == "LOCATION" && entity.prior >= Self.taggedLinkPrior
          })
      {
        let city = isPlaceOtherThanACity(found) ? datelineCity(place, in: text, inPlaceOf: found.id) : nil
        if let city, knowledgeBase[found.id]?.description != "country" { cities[found.id] = city }
        result.append(city ?? found)
        continue
      }
      // A state the knowledge base knows by the name but would not link on the name alone
      // (below `taggedLinkPrior`): its city, as for a linked state ("NEW YORK - Stocks fell").
      if let occurrence = unlinked[place] ?? linked[place],
        let state = index.lists[Int(occurrence.match.list)].lazy.map({ self.knowledgeBase.entities[Int($0.entity)] })
          .first(where: { $0.type == "LOCATION" && $0.description.hasPrefix("state") }),
        let city = datelineCity(place, in: text, inPlaceOf: state.id)
      {
        cities[state.id] = city
        result.append(city)
        continue
      }
      var nilPlace = nilMention(
        EntityTagger.Span(
          firstToken: place.lowerBound, endToken: place.upperBound, start: start, end: end, type: "LOCATION"),
        in: text)
      nilPlace.evidence = ["nil:dateline"]
      result.append(nilPlace)
    }
    guard !cities.isEmpty else { return result }
    // The story's other mentions of the same state are the city too ("NEW YORK - ... shares
    // fell in New York"): one sense per discourse. A country keeps its name ("KUWAIT - Kuwait's
    // government said").
    return result.map { mention in
      guard mention.label == "LOCATION", let city = cities[mention.id],
        !mention.evidence.contains(where: { $0.hasPrefix("cue:") })
      else {
        return mention
      }
      var same = city
      same.start = mention.start
      same.end = mention.end
      same.evidence = ["alias", "dateline"]
      return same
    }
  }

  /// The knowledge base's city named like the dateline's place followed by "City" that lies
  /// in the place the name was linked to, or in the same country (New York City for the state
  /// of New York, Kuwait City for Kuwait; not Jersey City for Jersey), as a mention over the
  /// place's words.
  private func datelineCity(_ place: Range<Int>, in text: TokenizedText, inPlaceOf placeID: String)
    -> LinkedMention?
  {
    guard let other = knowledgeBase[placeID] else { return nil }
    var name = TokenizedText(text.originalText(tokens: place.lowerBound, place.upperBound) + " City")
    cues.classify(&name)
    guard let occurrence = findOccurrences(in: name).first,
      occurrence.match.firstToken == 0, occurrence.match.endToken == name.tokens.count,
      var city = bestCandidate(
        of: occurrence, in: name, confidence: (0.6, 0.5), evidence: "dateline",
        where: { candidate, entity in
          candidate.kind != .demonym && entity.type == "LOCATION" && entity.description.hasPrefix("city")
            && (entity.related.contains(placeID) || !Set(entity.related).isDisjoint(with: other.related))
        })
    else { return nil }
    city.start = Int(text.tokens[place.lowerBound].start)
    city.end = Int(text.tokens[place.upperBound - 1].end)
    return city
  }

  /// Whether the knowledge base linked the mention to a place that is no city (a state, a
  /// province, a country).
  private func isPlaceOtherThanACity(_ mention: LinkedMention) -> Bool {
    guard mention.label == "LOCATION", !mention.isNil, let entity = knowledgeBase[mention.id] else { return false }
    return !entity.description.hasPrefix("city") && !entity.description.hasPrefix("capital")
  }

  /// The wire's labels before a headline ("ANALYSIS - Markets brace for a rate cut", "SOCCER -
  /// RESULTS", "MOTOR RACING - ..."), in capitals at a line's start like a dateline's place, and
  /// no place.
  static let wireSlugs = NonNameWords.hashes(
    """
    analysis exclusive factbox breaking update interview feature column refile corrected wrapup preview timeline
    explainer focus insight brief opinion editorial comment breakingviews factcheck
    soccer football cycling tennis golf cricket athletics rugby baseball basketball boxing motor motorcycling
    racing horse skiing alpine nordic swimming hockey ice sports sport results result olympics squash badminton
    volleyball handball rowing sailing yachting judo wrestling weightlifting snooker darts equestrianism
    triathlon marathon chess
    """)

  /// Second words of a sport's label ("RUGBY UNION -", "RUGBY LEAGUE -"), which alone are no label.
  static let sportLabelTails = NonNameWords.hashes("union league")

  /// A Latin word of two letters or more in capitals (a year, "1996", has no lower-case letter
  /// either, but starts with no capital).
  private func isCapitalName(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    return token.isLatin && token.startsUppercase && token.isAllUppercase && token.foldedEnd - token.foldedStart >= 2
  }

  /// The token starts the text or a line.
  func opensLine(_ position: Int, in text: TokenizedText) -> Bool {
    guard position > 0 else { return true }
    return (Int(text.tokens[position - 1].end)..<Int(text.tokens[position].start)).contains {
      text.scalar(at: $0).value == 0x0A
    }
  }

  /// What follows the token closes a dateline's place on the same line: a comma and a month,
  /// a parenthesis, or a dash between spaces, then a capitalized word; or a date in figures
  /// that ends the line ("LONDON 1996-08-30"). A comma and a country or state may come
  /// first ("LYON, France (Reuters) -", "ODENSE , Denmark 1996-08-14"), a state by its
  /// abbreviation with its full stop ("CUPERTINO , Calif. 1996-12-20").
  private func isDatelineEnd(after position: Int, in text: TokenizedText, afterCountry: Bool = false) -> Bool {
    let next = position + 1
    var gap = (Int(text.tokens[position].end)..<Int(text.tokens[next].start)).map { text.scalar(at: $0).value }
    guard !gap.contains(0x0A) else { return false }
    // A state's abbreviation keeps its full stop ("CUPERTINO , Calif. 1996-12-20").
    if afterCountry, gap.first == 0x2E, isStateAbbreviation(position, in: text) { gap.removeFirst() }
    if gap.allSatisfy({ $0 == 0x20 }), isWireDateEndingLine(at: next, in: text) { return true }
    guard text.tokens[next].isLatin else { return false }
    if gap.contains(0x2C) {
      guard gap.allSatisfy({ $0 == 0x2C || $0 == 0x20 }) else { return false }
      if NonNameWords.isMonth(next, in: text) { return true }
      // One to three capitalized words (a country, a state), then the dateline's end.
      guard !afterCountry, text.tokens[next].startsUppercase else { return false }
      var last = next
      while last + 1 < text.tokens.count, last - next < 2, text.tokens[last + 1].joinsPrevious,
        text.tokens[last + 1].isLatin, text.tokens[last + 1].startsUppercase
      {
        last += 1
      }
      return (next...last).contains { end in
        end + 1 < text.tokens.count && isDatelineEnd(after: end, in: text, afterCountry: true)
      }
    }
    guard text.tokens[next].startsUppercase else { return false }
    if gap.last == 0x28 { return gap.dropLast().allSatisfy { $0 == 0x20 } }
    return gap.count >= 3 && gap.first == 0x20 && gap.last == 0x20
      && gap.dropFirst().dropLast().allSatisfy { [0x2D, 0x2013, 0x2014].contains($0) }
  }

  /// A capitalized word of three to five letters, not all in capitals, like a US state's
  /// abbreviation before its full stop ("Calif", "Mass", "Fla").
  private func isStateAbbreviation(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    let length = token.foldedEnd - token.foldedStart
    return token.isLatin && token.startsUppercase && !token.isAllUppercase && (3...5).contains(length)
  }

  /// A date in figures, year first ("1996-08-30"), that ends its line or the text.
  private func isWireDateEndingLine(at position: Int, in text: TokenizedText) -> Bool {
    let count = text.tokens.count
    guard position + 2 < count, text.tokens[position].foldedEnd - text.tokens[position].foldedStart == 4,
      (position...(position + 2)).allSatisfy({ NonNameWords.isNumber($0, in: text) }),
      ((position + 1)...(position + 2)).allSatisfy({
        text.tokens[$0].scalarBefore == 0x2D && text.tokens[$0].start == text.tokens[$0 - 1].end + 1
      })
    else { return false }
    let end = position + 3
    guard end < count else { return true }
    return (Int(text.tokens[end - 1].end)..<Int(text.tokens[end].start)).contains { text.scalar(at: $0).value == 0x0A }
  }
}
