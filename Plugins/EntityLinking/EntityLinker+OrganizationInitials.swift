extension EntityLinker {
  /// An organization's initials written alone in the document that names it in full ("the
  /// Australian Securities and Investments Commission ... ASIC chairman Joe Longo"): the
  /// initials are that organization, with its id (evidence `initials`). The initials are the
  /// first letters of the full name's capitalized words, three to six of them; the small words
  /// between (of, and, for, the ...) give none, as in OSCE and ASIC. A full name with a word in
  /// capitals or a lower-case word other than those is left out (its initials are not
  /// predictable), and so are initials two different names of the document share.
  ///
  /// The initials must stand in mixed-case text (a word beside them not in capitals): in an
  /// all-caps headline any short word may spell them. A NIL mention of another type on exactly
  /// those letters (the tagger's person or place) becomes the organization; a linked one, or a
  /// mention over more words, is left alone.
  func organizationInitials(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard mentions.contains(where: { $0.label == "ORGANIZATION" && $0.end - $0.start >= 10 }) else { return mentions }
    // The words in capitals that could be initials, read once: most documents have none, and
    // then no name's initials are worked out.
    var capitals: [(position: Int, letters: String)] = []
    for (position, token) in text.tokens.enumerated()
    where token.isLatin && token.startsUppercase && token.isAllUppercase && token.end - token.start >= 3
      && token.end - token.start <= 6
    {
      capitals.append((position, text.originalText(of: position)))
    }
    guard !capitals.isEmpty else { return mentions }
    let mentions = withPlacesSpelledInInitials(mentions, in: text, capitals: Set(capitals.map(\.letters)))
    var owners: [String: Int] = [:]
    for (number, mention) in mentions.enumerated() where mention.label == "ORGANIZATION" {
      guard let initials = initials(of: mention, in: text) else { continue }
      if let owner = owners[initials], owner < 0 || mentions[owner].id != mention.id {
        owners[initials] = -1
      } else if owners[initials] == nil {
        owners[initials] = number
      }
    }
    guard owners.values.contains(where: { $0 >= 0 }) else { return mentions }
    var result = mentions
    var added: [LinkedMention] = []
    let count = text.tokens.count
    for (position, letters) in capitals {
      let token = text.tokens[position]
      guard
        (position > 0 && text.tokens[position - 1].isLatin && !text.tokens[position - 1].isAllUppercase)
          || (position + 1 < count && text.tokens[position + 1].isLatin && !text.tokens[position + 1].isAllUppercase),
        letters.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }),
        let owner = owners[letters], owner >= 0
      else { continue }
      let entity = mentions[owner]
      let start = Int(token.start)
      let end = Int(token.end)
      if let index = result.indices.first(where: { result[$0].start < end && start < result[$0].end }) {
        let mention = result[index]
        guard mention.start == start, mention.end == end, mention.isNil, mention.id != entity.id else { continue }
        result[index].becomeMention(of: entity, evidence: ["initials"])
        continue
      }
      var mention = nilMention(tokens: position..<(position + 1), type: "ORGANIZATION", evidence: "initials", in: text)
      mention.becomeMention(of: entity, evidence: ["initials"])
      added.append(mention)
    }
    return added.isEmpty ? result : result + added
  }

  /// An organization's name the tagger ended before "in" or "of" and a place ("Organisation
  /// for Security and Cooperation" and "Europe") is one name with the place when the
  /// document's initials spell it with the place (OSCE) and not without it.
  private func withPlacesSpelledInInitials(
    _ mentions: [LinkedMention], in text: TokenizedText, capitals: Set<String>
  ) -> [LinkedMention] {
    var result = mentions
    var removed = Set<Int>()
    for (number, mention) in mentions.enumerated() where mention.label == "ORGANIZATION" && mention.isNil {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard let last = tokens.last, last + 2 < text.tokens.count, text.tokens[last].isLatin,
        text.tokens[last + 1].joinsPrevious, text.tokens[last + 2].joinsPrevious,
        ["in", "of"].contains(text.foldedString(last + 1)), !text.tokens[last + 1].startsUppercase,
        let place = mentions.indices.first(where: {
          mentions[$0].label == "LOCATION" && mentions[$0].start == Int(text.tokens[last + 2].start)
        })
      else { continue }
      let placeTokens = text.tokens(within: mentions[place].start, mentions[place].end)
      var whole = nilMention(
        tokens: tokens.lowerBound..<placeTokens.upperBound, type: "ORGANIZATION", evidence: "initials", in: text)
      guard let longer = initials(of: whole, in: text), capitals.contains(longer),
        initials(of: mention, in: text) != longer
      else { continue }
      whole.evidence = mention.evidence + ["initials"]
      result[number] = whole
      removed.insert(place)
    }
    return removed.isEmpty ? result : result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// The initials of an organization's name in Latin letters of three words or more, or nil
  /// when they cannot be told from its words.
  private func initials(of mention: LinkedMention, in text: TokenizedText) -> String? {
    let tokens = text.tokens(within: mention.start, mention.end)
    guard tokens.count >= 3, text.tokens[tokens.lowerBound].isLatin else { return nil }
    var letters = ""
    for position in tokens {
      let token = text.tokens[position]
      guard token.isLatin else { return nil }
      if token.startsUppercase {
        // A word in capitals (BHP Billiton) gives more than one letter, or none.
        guard !token.isAllUppercase || token.end - token.start == 1 else { return nil }
        guard let letter = text.originalText(of: position).first else { return nil }
        letters.append(letter)
      } else if !Self.initialsSkip.contains(text.foldedString(position)) {
        return nil
      }
    }
    return letters.count >= 3 && letters.count <= 6 ? letters : nil
  }

  /// The small words of a name that give no letter to its initials (folded).
  private static let initialsSkip: Set<String> = [
    "of", "and", "for", "the", "in", "on", "de", "du", "des", "la", "le", "s",
  ]
}
