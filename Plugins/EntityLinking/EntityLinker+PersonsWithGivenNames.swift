extension EntityLinker {
  /// A pair or triple of capitalized Latin words that the tagger alone read as an organization, a
  /// place or a miscellaneous name, whose first word is a given name ("Monica Smith won", "said
  /// Rebecca Lowry, a cardiologist", "1. Dennis Mitchell (U.S.) 10.03"): a person (evidence
  /// `nil:given-name`). Firms named after people stay firms: not when a word of the name is an
  /// organization's, place's or event's head (Jomo Kenyatta Airport, Max Planck Institute), a
  /// company suffix or an ampersand follows (John Deere Inc, Marks & Spencer), or the sentence
  /// speaks of shares, brands or stores (Ralph Lauren shares rose), nor after "the" or "at" (the
  /// Giuseppe Meazza, at Ted Baker: venues and shops). All-capital headlines and names
  /// the knowledge base linked are left as they are. Runs before the surname rules, so a later
  /// "Smith said" joins the person. A given name read alone as such a name, before a capitalized
  /// word no mention holds ("beat Ruxandra Dragomir of Romania", where the tagger stopped after
  /// the given name), takes that word into the person.
  func personsWithGivenNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in mentions.indices
    where mentions[index].isNil && mentions[index].label != "PERSON" && mentions[index].evidence == ["nil:tagger"] {
      var tokens = text.tokens(within: mentions[index].start, mentions[index].end)
      guard !tokens.isEmpty, Int(text.tokens[tokens.lowerBound].start) == mentions[index].start,
        Int(text.tokens[tokens.upperBound - 1].end) == mentions[index].end
      else { continue }
      if tokens.count == 1, let surname = untakenSurname(after: tokens.lowerBound, in: text, mentions: mentions) {
        tokens = tokens.lowerBound..<(surname + 1)
      }
      guard (2...3).contains(tokens.count), LatinGivenNames.shipped.contains(text.tokens[tokens.lowerBound].hash),
        tokens.allSatisfy({ isCapitalizedLatinWord($0, in: text) && !Self.nameHeadWords.contains(text.tokens[$0].hash) }
        ),
        // Words joined by a hyphen are one word: "Franco-German" is an adjective.
        tokens.dropFirst().allSatisfy({ text.tokens[$0].joinsPrevious && text.tokens[$0].scalarBefore != 0x2D }),
        !isFollowedByCompanySuffix(tokens.upperBound, in: text),
        text.tokens[tokens.lowerBound].scalarBefore != Self.ampersand,
        // "at the Giuseppe Meazza", "shopped at Ted Baker": a venue or a shop named after someone.
        !(tokens.lowerBound > 0 && Self.venueWordsBefore.contains(text.tokens[tokens.lowerBound - 1].hash)),
        !sentenceSpeaksOfFirms(tokens.lowerBound, in: text)
      else { continue }
      result[index] = nilMention(tokens: tokens, type: "PERSON", evidence: "nil:given-name", in: text)
    }
    return result
  }

  /// The capitalized word right after a given name when no mention holds it and it is no
  /// common opener (a weekday, an article) nor a head word.
  private func untakenSurname(after position: Int, in text: TokenizedText, mentions: [LinkedMention]) -> Int? {
    let next = position + 1
    guard next < text.tokens.count, text.tokens[next].joinsPrevious, isCapitalizedLatinWord(next, in: text),
      !NilMentionFinder.isLatinStopword(next, in: text),
      !mentions.contains(where: { $0.start < Int(text.tokens[next].end) && Int(text.tokens[next].start) < $0.end })
    else { return nil }
    return next
  }

  private func isCapitalizedLatinWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    return token.isLatin && token.startsUppercase && !token.isAllUppercase
  }

  private func isFollowedByCompanySuffix(_ position: Int, in text: TokenizedText) -> Bool {
    guard position < text.tokens.count else { return false }
    return Self.companySuffixes.contains(text.tokens[position].hash)
      || text.tokens[position].scalarBefore == Self.ampersand
  }

  private func sentenceSpeaksOfFirms(_ position: Int, in text: TokenizedText) -> Bool {
    guard let sentence = text.sentence(containing: position) else { return false }
    return sentence.contains { Self.firmContextWords.contains(text.tokens[$0].hash) }
  }

  /// Words that make a name an organization's, a place's, a building's or an event's.
  private static let nameHeadWords = NonNameWords.hashes(
    NilMentionFinder.latinOrganizationWords.joined(separator: " ") + " "
      + NilMentionFinder.latinLocationWords.joined(separator: " ") + " "
        + """
        airport stadium arena park hall hospital school college academy centre center museum gallery library
        hotel theatre theater church mosque cathedral chapel bridge street road avenue square station tower
        award awards prize trophy cup open championship championships league stakes memorial classic marathon
        trust fund international motor motors studios records partners associates capital holdings fc club house casino band
        orchestra quartet trio choir ensemble show brothers sisters tour festival games series cups trophies
        town springs falls heights hills beach port harbour harbor creek field fields playfield ground grounds garden
        gardens
        """)
  private static let companySuffixes = NonNameWords.hashes(
    "inc corp co ltd plc llc ag sa nv gmbh spa bv lp")
  private static let venueWordsBefore = NonNameWords.hashes("the at")
  private static let ampersand: UInt32 = 0x26
  private static let firmContextWords = NonNameWords.hashes(
    "shares stock stocks stake brand brands store stores retailer label subsidiary takeover merger")
}
