extension EntityLinker {
  /// Persons of sports results lists and tables: capitalized words set right before a place in
  /// parentheses ("1. Erik Dekker ( Netherlands ) Rabobank 4:20:11", "200 Per Lindqvist
  /// ( Sweden )", "Kafelnikov ( Russia ) beat Jan Siemerink ( Netherlands )"), where the name
  /// opens its line or follows a rank at a line's start; with the results style's spaced
  /// parentheses also a score, a comma or a lower-case word. Prose ("The bidders were Vodafone
  /// (Britain), Telefonica (Spain)", "rival Ericsson (Sweden)") is no list. The tagger, which
  /// learned names from prose, reads little there. A club (the club list), an organization the
  /// tagger found and a large place are left as found. Read from the places found, not per token.
  /// `clubs` are the text's `ClubNameGazetteer.codes` (the tagger's, of the shipped list).
  func resultListPersons(_ mentions: [LinkedMention], in text: TokenizedText, clubs: [UInt8]) -> [LinkedMention] {
    var names: [Range<Int>] = []
    // Fields read in place: a copy of every mention retained and released its strings.
    for index in mentions.indices where mentions[index].label == "LOCATION" {
      let inside = text.tokens(within: mentions[index].start, mentions[index].end)
      guard let first = inside.first, first > 0, text.tokens[first].isLatin, text.tokens[first].scalarBefore == 0x28,
        closesParenthesis(after: inside.upperBound - 1, in: text),
        let name = nameBeforeParenthesis(first, in: text)
      else { continue }
      names.append(name)
    }
    names = names.filter { isListRider($0, among: names, in: text) }
    guard !names.isEmpty else { return mentions }
    var result = mentions
    for name in names {
      let start = Int(text.tokens[name.lowerBound].start)
      let end = Int(text.tokens[name.upperBound - 1].end)
      if clubs[name.lowerBound] == 1, name.upperBound == text.tokens.count || clubs[name.upperBound] != 2,
        name.dropFirst().allSatisfy({ clubs[$0] == 2 })
      {
        continue
      }
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      if overlapping.contains(where: {
        result[$0].start < start || result[$0].end > end
          || (!result[$0].isNil && result[$0].label != "PERSON" && !isSmallPlaceByNameAlone(result[$0]))
          || result[$0].label == "ORGANIZATION"
      }) {
        continue
      }
      if overlapping.count == 1, result[overlapping[0]].label == "PERSON", result[overlapping[0]].start == start,
        result[overlapping[0]].end == end
      {
        continue
      }
      let removed = Set(overlapping)
      result = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
      var person = nilMention(
        EntityTagger.Span(
          firstToken: name.lowerBound, endToken: name.upperBound, start: start, end: end, type: "PERSON"), in: text)
      person.evidence = ["nil:results-list"]
      result.append(person)
    }
    return result
  }

  /// Whether a closing parenthesis follows the token, after spaces and at most a full stop
  /// ("( U.S. )").
  private func closesParenthesis(after position: Int, in text: TokenizedText) -> Bool {
    let from = Int(text.tokens[position].end)
    let to = position + 1 < text.tokens.count ? Int(text.tokens[position + 1].start) : text.source.unicodeScalars.count
    for offset in from..<to {
      switch text.scalar(at: offset).value {
      case 0x20, 0x2E: continue
      case 0x29: return true
      default: return false
      }
    }
    return false
  }

  /// The one to four capitalized Latin words right before a token that follows "(": nil when
  /// there are none, when the run goes on further back, or when what stands before it is no
  /// line start or rank opening the line; with spaced parentheses ("Name ( Country )") also a
  /// number, comma or lower-case word (not a function word: "Tour of Denmark ( Denmark )").
  private func nameBeforeParenthesis(_ position: Int, in text: TokenizedText) -> Range<Int>? {
    let last = position - 1
    let gap = (Int(text.tokens[last].end)..<Int(text.tokens[position].start)).map { text.scalar(at: $0).value }
    guard gap.filter({ $0 == 0x28 }).count == 1, gap.allSatisfy({ $0 == 0x20 || $0 == 0x28 }) else { return nil }
    // The results style sets the parenthesis off by spaces: "Per Lindqvist ( Sweden )".
    let spaced = gap.first == 0x20 && gap.last == 0x20
    func isNameWord(_ token: Int) -> Bool {
      let word = text.tokens[token]
      return word.isLatin && word.startsUppercase && !NonNameWords.isMonth(token, in: text)
        && !NilMentionFinder.latinStopwords.contains(text.foldedString(token))
    }
    guard isNameWord(last) else { return nil }
    var first = last
    while first > 0, last - first < 3, text.tokens[first].joinsPrevious,
      isNameWord(first - 1)
        || (first - 2 >= 0 && Self.nameParticles.contains(text.foldedString(first - 1))
          && text.tokens[first - 1].joinsPrevious && isNameWord(first - 2))
    {
      first -= isNameWord(first - 1) ? 1 : 2
    }
    guard first > 0 else { return first..<position }
    if endsLine(first - 1, in: text) { return first..<position }
    // A rank opening the line ("1. Erik Dekker (Netherlands)", "200 Per Lindqvist").
    if NonNameWords.isNumber(first - 1, in: text), first - 1 == 0 || endsLine(first - 2, in: text) {
      return first..<position
    }
    // A rank with its full stop inside a line ("... 9.83 2. Letsile Tebogo (Botswana)").
    if text.tokens[first].scalarBefore == 0x2E, Int(text.tokens[first].start) == Int(text.tokens[first - 1].end) + 2,
      NonNameWords.isNumber(first - 1, in: text)
    {
      return first..<position
    }
    guard spaced else { return nil }
    let before = text.tokens[first - 1]
    if !text.tokens[first].joinsPrevious {
      // A new line, a comma, the full stop of a rank ("1.") or a dash ("11 - Alan Shearer").
      let between = (Int(before.end)..<Int(text.tokens[first].start)).map { text.scalar(at: $0).value }
      if between.contains(0x0A) || between.contains(0x2C) { return first..<position }
      return NonNameWords.isNumber(first - 1, in: text) ? first..<position : nil
    }
    if NonNameWords.isNumber(first - 1, in: text) { return first..<position }
    guard before.isLatin, !before.startsUppercase,
      !NilMentionFinder.latinStopwords.contains(text.foldedString(first - 1))
    else { return nil }
    return first..<position
  }
}

extension EntityLinker {
  /// Company names joined by an ampersand ("Procter & Gamble", "Johnson & Johnson", "AT&T",
  /// "Marks & Spencer Plc"): one organization, where the tagger reads a piece ("Gamble") or
  /// nothing. Capitalized words on both sides, up to three before and after; words in capitals
  /// that are ordinary words ("PROCTER & GAMBLE PROFIT RISES") end it. A person the knowledge
  /// base linked ("Trump & Biden"), or two linked names of any type ("Trinidad & Tobago",
  /// "Israel & Hamas"), stay as they are, and so do the short forms of common phrases (R&D, M&A,
  /// Q&A, A&E). Looks at one field per token.
  func ampersandOrganizations(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    let count = text.tokens.count
    var position = 1
    while position < count {
      defer { position += 1 }
      guard text.tokens[position].scalarBefore == 0x26 else { continue }
      let right = text.tokens[position]
      let left = text.tokens[position - 1]
      guard right.isLatin, left.isLatin, right.startsUppercase, left.startsUppercase,
        isAmpersandGap(before: position, in: text)
      else { continue }
      if right.foldedEnd - right.foldedStart == 1, left.foldedEnd - left.foldedStart == 1,
        Self.ampersandPhrases.contains(text.foldedString(position - 1) + text.foldedString(position))
      {
        continue
      }
      var first = position - 1
      while first > 0, position - 1 - first < 2, text.tokens[first].joinsPrevious,
        isCompanyWord(first - 1, in: text)
      {
        first -= 1
      }
      var end = position + 1
      while end < count, end - position < 3, text.tokens[end].joinsPrevious, !Self.isHyphenJoined(end, in: text),
        isCompanyWord(end, in: text)
      {
        end += 1
      }
      let start = Int(text.tokens[first].start)
      let stop = Int(text.tokens[end - 1].end)
      let overlapping = result.indices.filter { result[$0].start < stop && start < result[$0].end }
      if overlapping.contains(where: { result[$0].start < start || result[$0].end > stop }) { continue }
      let linked = overlapping.filter { !result[$0].isNil }
      if linked.count >= 2 || linked.contains(where: { result[$0].label == "PERSON" }) { continue }
      if overlapping.count == 1, result[overlapping[0]].label == "ORGANIZATION", result[overlapping[0]].start == start,
        result[overlapping[0]].end == stop
      {
        continue
      }
      let removed = Set(overlapping)
      result = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
      var company = nilMention(
        EntityTagger.Span(firstToken: first, endToken: end, start: start, end: stop, type: "ORGANIZATION"), in: text)
      company.evidence = ["nil:ampersand"]
      result.append(company)
      position = end - 1
    }
    return result
  }

  /// Only an ampersand, or an ampersand between spaces, separates the token from the one before.
  private func isAmpersandGap(before position: Int, in text: TokenizedText) -> Bool {
    let gap = (Int(text.tokens[position - 1].end)..<Int(text.tokens[position].start)).map { text.scalar(at: $0).value }
    return gap == [0x26] || gap == [0x20, 0x26, 0x20]
  }

  /// A capitalized Latin word that may go on a company's name: not a function word, not an
  /// ordinary word written in capitals because its line is.
  private func isCompanyWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin, token.startsUppercase, !NilMentionFinder.latinStopwords.contains(text.foldedString(position))
    else { return false }
    return !token.isAllUppercase || token.foldedEnd - token.foldedStart <= 1
      || !isCommonWordsInCapitals(position..<(position + 1), in: text)
  }

  /// Letters joined by an ampersand that are a phrase, not a company (folded, without the sign).
  private static let ampersandPhrases: Set<String> = ["rd", "ma", "qa", "pl", "bb", "rb", "fb", "ba", "ae"]
}

extension EntityLinker {
  /// Sporting events that wire copy names like places or teams: a tour ("Tour de France",
  /// "Tour of Denmark", "Giro d'Italia", "Vuelta a Espana") and Wimbledon the tournament (the
  /// club of that name plays in results lines and tables: next to a number it stays). They are
  /// MISC, as the project's gold marks events; before, "Tour de France" gave a place France and
  /// Wimbledon an organization.
  func wireEvents(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    var events: [Range<Int>] = []
    let count = text.tokens.count
    let tourWords = Self.tourWords
    // The capital is read before the hash: most tokens are no capitalized word.
    for position in 0..<max(count - 1, 0)
    where text.tokens[position].startsUppercase && tourWords.contains(text.tokens[position].hash) {
      let particle = position + 1
      // The particle is in lower case, or the whole line is in capitals: a title-case headline's
      // "Tour Of Africa" is a visit.
      guard text.tokens[position].startsUppercase, text.tokens[particle].isLatin,
        !text.tokens[particle].startsUppercase
          || (text.tokens[position].isAllUppercase && text.tokens[particle].isAllUppercase),
        Self.tourParticles.contains(text.tokens[particle].hash), particle + 1 < count,
        text.tokens[particle + 1].startsUppercase
      else { continue }
      var end = particle + 1
      while end < count, end - particle <= 2, text.tokens[end].isLatin, text.tokens[end].startsUppercase,
        text.tokens[end].joinsPrevious || text.tokens[end].scalarBefore == 0x27
          || text.tokens[end].scalarBefore == 0x2019
      {
        end += 1
      }
      events.append(position..<end)
    }
    for index in result.indices where result[index].label != "MISC" {
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard tokens.count == 1, Self.eventNames.contains(text.tokens[tokens.lowerBound].hash),
        !(tokens.lowerBound > 0 && NonNameWords.isNumber(tokens.lowerBound - 1, in: text)),
        !(tokens.upperBound < count && NonNameWords.isNumber(tokens.upperBound, in: text))
      else { continue }
      events.append(tokens)
    }
    guard !events.isEmpty else { return mentions }
    for event in events {
      let start = Int(text.tokens[event.lowerBound].start)
      let end = Int(text.tokens[event.upperBound - 1].end)
      result.removeAll { $0.start < end && start < $0.end && $0.start >= start && $0.end <= end }
      result.append(nilMention(tokens: event, type: "MISC", evidence: "nil:event", in: text))
    }
    return result
  }

  // An array: three comparisons per token cost less than hashing the key for a set.
  private static let tourWords = Array(NonNameWords.hashes("tour giro vuelta"))
  private static let tourParticles = NonNameWords.hashes("de of du d a")
  /// One-word events named like a place or a club.
  private static let eventNames = NonNameWords.hashes("wimbledon")
}

extension EntityLinker {
  /// News agencies named in one word that the tagger reads as a person or a place ("SEOUL
  /// (Yonhap)", "Interfax reported"): organizations. Names the knowledge base linked stay; an
  /// agency named like a place (Petra, Anatolia, Spa) is the agency only in a credit "(Petra)"
  /// or next to "said", "reported" or "agency".
  func newsAgencies(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Changed in place, fields read in place: a copy of every mention into a new array retained
    // and released each of its strings.
    var result = mentions
    for index in mentions.indices {
      guard mentions[index].isNil, mentions[index].label == "PERSON" || mentions[index].label == "LOCATION" else {
        continue
      }
      let start = mentions[index].start
      let end = mentions[index].end
      // A mention may cover no token of the text (a span the knowledge base matched inside a
      // word): read the token only once there is exactly one.
      let tokens = text.tokens(within: start, end)
      guard tokens.count == 1 else { continue }
      let hash = text.tokens[tokens.lowerBound].hash
      guard Self.newsAgencyNames.contains(hash),
        !Self.agencyNamesThatArePlaces.contains(hash) || isAgencyCredit(tokens.lowerBound, in: text)
      else {
        continue
      }
      var agency = nilMention(
        EntityTagger.Span(
          firstToken: tokens.lowerBound, endToken: tokens.upperBound, start: start, end: end, type: "ORGANIZATION"),
        in: text)
      agency.evidence = ["nil:agency"]
      result[index] = agency
    }
    return result
  }

  /// Whether the word stands in parentheses or next to a word of reporting.
  private func isAgencyCredit(_ position: Int, in text: TokenizedText) -> Bool {
    if text.tokens[position].scalarBefore == 0x28 { return true }
    if position + 1 < text.tokens.count, Self.agencyWords.contains(text.tokens[position + 1].hash) { return true }
    return position > 0 && Self.agencyWords.contains(text.tokens[position - 1].hash)
  }

  private static let agencyWords = NonNameWords.hashes("said says reported reports quoted news agency")
  /// Agencies named like a place or a word (folded).
  private static let agencyNamesThatArePlaces = NonNameWords.hashes("petra anatolia spa mena sana map")

  /// One-word names of news agencies (folded).
  static let newsAgencyNames = NonNameWords.hashes(
    """
    reuters afp ap dpa ansa efe yonhap xinhua interfax tass itar kyodo jiji bernama antara pap ctk mti
    anatolia wafa mena irna kuna wam qna spa bss pti ips upi aap apa belga anp tanjug hina sta bta
    petra sana nna aps map tap xinhuanet
    """)
}

extension EntityLinker {
  /// Teams of wire results lines and league tables: a line that is only names and scores
  /// ("Fiorentina 2 Sampdoria 1") or a name and three numbers or more ("Newcastle 9 6 1 2 17 9
  /// 19") names clubs, which the knowledge base holds as their towns and the tagger, reading
  /// no sentence, often misses. Each name is an organization (NIL unless the knowledge base
  /// linked it as one), except a country (national sides: "Pakistan 280", "England 3 2 1 0"),
  /// which stays the place. A table's figures have at most three digits ("Lombardy 2251 135
  /// 310" counts something else). A club named like a town before a match verb and a score
  /// opening a sentence ("Milan won 2-1") is the club too. Only lines that open with a capitalized
  /// Latin word are read.
  func resultsLineClubs(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var teams: [Range<Int>] = []
    // A results line or table line opens with a capitalized Latin word (no other line has
    // teams): the token's flags are read first, the line break before it only then.
    for first in text.tokens.indices
    where text.tokens[first].isLatin && text.tokens[first].startsUppercase
      && (first == 0 || text.followsLineBreak(first))
    {
      teams += teamsOfResultsLine(from: first, in: text)
    }
    teams += clubsBeforeMatchVerbs(mentions, in: text)
    return withResultsClubs(teams, mentions, in: text)
  }

  /// The mentions with each of `teams` made a NIL organization (evidence `nil:results-line`),
  /// unless a longer mention covers it, the knowledge base linked it as an organization, or it
  /// is a national side (a linked country).
  func withResultsClubs(_ teams: [Range<Int>], _ mentions: [LinkedMention], in text: TokenizedText)
    -> [LinkedMention]
  {
    guard !teams.isEmpty else { return mentions }
    var result = mentions
    for team in teams {
      let start = Int(text.tokens[team.lowerBound].start)
      let end = Int(text.tokens[team.upperBound - 1].end)
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      if overlapping.contains(where: {
        result[$0].start < start || result[$0].end > end || (!result[$0].isNil && result[$0].label == "ORGANIZATION")
          || isNationalSide(result[$0])
      }) {
        continue
      }
      if overlapping.count == 1, result[overlapping[0]].label == "ORGANIZATION", result[overlapping[0]].start == start,
        result[overlapping[0]].end == end
      {
        continue
      }
      let removed = Set(overlapping)
      result = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
      var club = nilMention(
        EntityTagger.Span(
          firstToken: team.lowerBound, endToken: team.upperBound, start: start, end: end, type: "ORGANIZATION"),
        in: text)
      club.evidence = ["nil:results-line"]
      result.append(club)
    }
    return result
  }

  /// A country the knowledge base linked, the nations of the United Kingdom among them ("country
  /// in United Kingdom"; Northern Ireland, Q26, is a "province" there but fields a national side).
  private func isNationalSide(_ mention: LinkedMention) -> Bool {
    guard mention.label == "LOCATION", !mention.isNil else { return false }
    return knowledgeBase[mention.id]?.description.hasPrefix("country") == true || mention.id == "Q26"
  }

  /// Whether the token is the last of its line (or of the text).
  private func endsLine(_ position: Int, in text: TokenizedText) -> Bool {
    guard position + 1 < text.tokens.count else { return true }
    return (Int(text.tokens[position].end)..<Int(text.tokens[position + 1].start)).contains {
      text.scalar(at: $0).value == 0x0A
    }
  }

  /// The names of a results line ("Name N Name N") or a table's line ("Name N N N ..."),
  /// starting at token `first`; none when the line has another shape.
  private func teamsOfResultsLine(from first: Int, in text: TokenizedText) -> [Range<Int>] {
    let count = text.tokens.count
    var names: [Range<Int>] = []
    var numbers: [Int] = []
    var position = first
    while position < count, names.count < 3 {
      var end = position
      while end < count, end - position < 4, text.tokens[end].isLatin, text.tokens[end].startsUppercase,
        end == position || text.tokens[end].joinsPrevious
      {
        end += 1
      }
      guard end > position, end < count, text.tokens[end].joinsPrevious, NonNameWords.isNumber(end, in: text),
        !endsLine(end - 1, in: text)
      else { return [] }
      names.append(position..<end)
      var number = end
      // Numbers joined by a hyphen are a date ("GENOA 1996-09-15") or a score, no table.
      while number < count, NonNameWords.isNumber(number, in: text), text.tokens[number].joinsPrevious,
        text.tokens[number].scalarBefore != 0x2D
      {
        guard text.foldedScalars(number).count <= 3 else { return [] }
        if endsLine(number, in: text) {
          numbers.append(number - end + 1)
          let isResults = names.count == 2 && numbers.allSatisfy { $0 == 1 }
          let isTable = names.count == 1 && numbers[0] >= 3
          return isResults || isTable ? names : []
        }
        number += 1
      }
      numbers.append(number - end)
      position = number
      guard position < count, !text.tokens[position].isLatin || text.tokens[position].startsUppercase,
        text.tokens[position].joinsPrevious
      else { return [] }
    }
    return []
  }

  /// Clubs named like their town before a match verb and a score in the same sentence
  /// ("Milan won 2-1", "Genoa beat Torino 2-0"): places linked by name alone, or NIL places,
  /// that open a sentence or line.
  private func clubsBeforeMatchVerbs(_ mentions: [LinkedMention], in text: TokenizedText) -> [Range<Int>] {
    var clubs: [Range<Int>] = []
    // Only places are copied out: a copy of every mention retained and released its strings.
    for index in mentions.indices where mentions[index].label == "LOCATION" {
      let mention = mentions[index]
      guard mention.isNil || mention.evidence.allSatisfy({ $0 == "alias" || $0 == "prior" }) else { continue }
      let tokens = text.tokens(within: mention.start, mention.end)
      let verb = tokens.upperBound
      guard !tokens.isEmpty, verb + 2 < text.tokens.count, text.tokens[tokens.lowerBound].isLatin,
        text.tokens[verb].joinsPrevious,
        Self.matchVerbs.contains(text.tokens[verb].hash),
        !isNationalSide(mention), opensSentence(tokens.lowerBound, in: text),
        ((verb + 1)...min(verb + 6, text.tokens.count - 1)).contains(where: { isScore(at: $0, in: text) })
      else { continue }
      clubs.append(tokens)
    }
    return clubs
  }

  /// A score: a number, a hyphen with no spaces, a number ("2-1").
  private func isScore(at position: Int, in text: TokenizedText) -> Bool {
    position + 1 < text.tokens.count && NonNameWords.isNumber(position, in: text)
      && NonNameWords.isNumber(position + 1, in: text) && text.tokens[position + 1].scalarBefore == 0x2D
      && text.tokens[position + 1].start == text.tokens[position].end + 1
  }

  private static let matchVerbs = NonNameWords.hashes(
    "beat beats won win wins drew draw draws lost lose loses defeated thrashed edged routed crushed held")
}
