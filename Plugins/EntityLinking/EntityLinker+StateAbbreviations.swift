extension EntityLinker {
  /// A town followed by the two capitals of a US state's postal code after a preposition ("a
  /// casino in Reno NV", "based in Boise , ID ."; a code that is also a word or initials, such
  /// as OR or PA, only before punctuation or a line's end): two places, the town and the state, where the
  /// tagger read one organization ("NV" is also the Dutch firm's legal form) or nothing. The town
  /// is one to three capitalized words (not in capitals), the code all capitals; "a stake in
  /// Philips NV" (after stake, shares, holding, interest or investment) stays a firm. A town the
  /// knowledge base linked keeps its link; otherwise both are NIL places (`nil:state-code`).
  func townsWithStateCodes(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for position in text.tokens.indices where position >= 2 {
      let code = text.tokens[position]
      guard code.isAllUppercase, code.end - code.start == 2, code.isLatin,
        Self.stateCodes.contains(code.hash)
      else { continue }
      // A code that is also a word or another body's initials (OR, IN, ME, PA ...) closes its
      // phrase: punctuation or a line's end after it ("in London PA said" is the Press
      // Association, "outside Wembley OR waited" the conjunction).
      if position + 1 < text.tokens.count, text.tokens[position + 1].joinsPrevious,
        Self.wordlikeStateCodes.contains(code.hash)
      {
        continue
      }
      // The town: capitalized words before the code, one space or ", " before it.
      let gap = text.text(scalarsFrom: Int(text.tokens[position - 1].end), to: Int(code.start))
      guard gap == " " || gap == " , " || gap == ", " else { continue }
      var first = position - 1
      while first > 0, position - first < 3, followsBySpace(first, in: text), isTownWord(first - 1, in: text) {
        first -= 1
      }
      guard isTownWord(first, in: text), first > 0,
        Self.townPrepositions.contains(text.tokens[first - 1].hash), !text.tokens[first - 1].startsUppercase
      else { continue }
      if first > 1, Self.holdingNouns.contains(text.tokens[first - 2].hash) { continue }
      let townStart = Int(text.tokens[first].start)
      let townEnd = Int(text.tokens[position - 1].end)
      // A longer name over the town and the code, or past them, stays.
      if result.contains(where: {
        $0.start < Int(code.end) && townStart < $0.end && ($0.start < townStart || $0.end > Int(code.end))
      }) {
        continue
      }
      let town =
        result.first(where: { $0.start == townStart && $0.end == townEnd && $0.label == "LOCATION" })
        ?? nilMention(tokens: first..<position, type: "LOCATION", evidence: "nil:state-code", in: text)
      let state = nilMention(tokens: position..<(position + 1), type: "LOCATION", evidence: "nil:state-code", in: text)
      result = replacingOverlaps(replacingOverlaps(result, with: town), with: state)
    }
    return result
  }

  /// A state's name, then "AG" for its attorney general, then a name ("Texas AG Dan Morales",
  /// "New York AG Letitia Okafor"): the state is a place, "AG" a title and the name a person,
  /// where the tagger read "Texas AG Dan" as one place (AG is also a German firm's legal form).
  /// The state is one the knowledge base describes as a state of the United States, linked; the
  /// person is one to three capitalized words after "AG", a NIL person with that title unless
  /// the knowledge base linked that very name (`nil:state-attorney-general`).
  func attorneysGeneralOfStates(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for position in text.tokens.indices where position >= 1 && text.tokens[position].hash == Self.attorneyGeneral {
      guard text.tokens[position].isAllUppercase, followsBySpace(position, in: text) else { continue }
      var state: LinkedMention?
      for first in max(0, position - 2)..<position where state == nil {
        guard let match = index.longestMatch(at: first, in: text), match.endToken == position,
          match.strippedPrefix == 0, text.tokens[first].startsUppercase
        else { continue }
        let occurrence = Occurrence(
          match: match, start: Int(text.tokens[first].start), end: Int(text.tokens[position - 1].end))
        state = bestCandidate(of: occurrence, in: text, confidence: (0.6, 0.5), evidence: "alias") { _, entity in
          entity.type == "LOCATION" && entity.description.hasPrefix("state in United States")
        }
      }
      guard let state else { continue }
      var end = position + 1
      while end < text.tokens.count, end - position <= 3, followsBySpace(end, in: text),
        isCapitalizedNameWord(end, in: text), !isTitle(end, in: text)
      {
        end += 1
      }
      guard end > position + 1 else { continue }
      let personStart = Int(text.tokens[position + 1].start)
      let personEnd = Int(text.tokens[end - 1].end)
      if result.contains(where: { $0.start < personEnd && state.start < $0.end && $0.end > personEnd }) { continue }
      let known = result.first {
        $0.start == personStart && $0.end == personEnd && $0.label == "PERSON" && !$0.isNil
      }
      var person =
        known
        ?? nilMention(tokens: (position + 1)..<end, type: "PERSON", evidence: "nil:state-attorney-general", in: text)
      person.title = text.originalText(of: position)
      result = replacingOverlaps(replacingOverlaps(result, with: state), with: person)
    }
    return result
  }

  private func isTownWord(_ position: Int, in text: TokenizedText) -> Bool {
    isCapitalizedNameWord(position, in: text) && !text.tokens[position].isAllUppercase
  }

  private static let attorneyGeneral = TokenizedText.hash(NameFolding.fold("ag").unicodeScalars.map(\.value))

  /// The postal codes of the states of the United States and of its capital (USPS).
  private static let stateCodes = NonNameWords.hashes(
    """
    al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa
    ri sc sd tn tx ut vt va wa wv wi wy dc
    """)

  private static let townPrepositions = NonNameWords.hashes("in near outside from of at")
  private static let holdingNouns = NonNameWords.hashes("stake stakes shares holding holdings interest investment")

  /// State codes that are English words or other bodies' initials (folded).
  private static let wordlikeStateCodes = NonNameWords.hashes("or in me ok hi id pa al la ma de co oh mo mt wa va")
}
