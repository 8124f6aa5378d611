extension EntityLinker {
  /// One organization per name in a document, as `PartialNameCoreference` has one person: a NIL
  /// Latin mention whose words open a longer organization of the same document, before or
  /// after it ("Hutchison" and "Hutchison Ports", a headline's "Samsung" and "Samsung
  /// Electronics"), is that organization and takes its type and id (evidence `partial-name`).
  ///
  /// Left alone: a place or demonym the knowledge base knows by these words ("Korea" beside
  /// "Korea Exchange", "American" beside "American Airlines"), a name that ends a person of the
  /// document ("Hutchison" beside "John Hutchison": the person is meant), a person already
  /// joined to a full name, a person of two words or more ("Li Ning" beside "Li Ning Co"), a
  /// MISC name ("World Cup" beside "World Cup Holdings"), and words that open two different organizations.
  func organizationShortForms(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Folding names is the cost here: none is needed without an organization of two words or
    // more and a NIL name beside it.
    guard mentions.contains(where: { $0.isNil && $0.label != "LOCATION" && $0.label != "DEMONYM" }),
      mentions.contains(where: { $0.label == "ORGANIZATION" && $0.end - $0.start > 4 })
    else { return mentions }
    let words = mentions.map { mention -> [String] in
      guard mention.label == "ORGANIZATION" || mention.label == "PERSON" || mention.isNil else { return [] }
      return PartialNameCoreference.words(of: text.text(scalarsFrom: mention.start, to: mention.end))
    }
    let organizations = mentions.indices.filter { mentions[$0].label == "ORGANIZATION" && words[$0].count >= 2 }
    guard !organizations.isEmpty else { return mentions }
    var result = mentions
    for index in mentions.indices {
      let mention = mentions[index]
      let short = words[index]
      // A person of two words or more is a full name in its own right ("Li Ning" beside "Li Ning
      // Co", its founder), and a MISC beside a firm named after it is the event or idea the
      // firm is named after ("World Cup" beside "World Cup Holdings"): only a one-word person, which the
      // tagger often makes of a firm's name alone, can be the firm.
      guard mention.isNil, mention.label == "ORGANIZATION" || (mention.label == "PERSON" && short.count == 1),
        !short.isEmpty, !mention.evidence.contains("partial-name")
      else { continue }
      let longer = organizations.filter { other in
        words[other].count > short.count && words[other].prefix(short.count).elementsEqual(short)
          && (mentions[other].end <= mention.start || mention.end <= mentions[other].start)
      }
      guard let full = longer.first, longer.allSatisfy({ mentions[$0].id == mentions[full].id }),
        mentions[full].id != mention.id
      else { continue }
      let endsPerson = mentions.indices.contains { other in
        other != index && mentions[other].label == "PERSON" && words[other].count > short.count
          && words[other].suffix(short.count).elementsEqual(short)
      }
      guard !endsPerson, let tokens = latinTokens(of: mention, in: text),
        !EnglishDemonyms.contains(tokens, in: text), !isPlaceName(tokens, in: text),
        !(tokens.count == 1 && Self.isNationName(text.foldedString(tokens.lowerBound)))
      else { continue }
      let entity = mentions[full]
      result[index].becomeMention(
        of: entity, evidence: entity.isNil ? ["nil:tagger", "partial-name"] : ["discourse", "partial-name"])
    }
    return result
  }

  /// The tokens of a mention in Latin script whose ends fall on token ends.
  private func latinTokens(of mention: LinkedMention, in text: TokenizedText) -> Range<Int>? {
    let range = text.tokens(within: mention.start, mention.end)
    guard let first = range.first, let last = range.last, text.tokens[first].isLatin,
      Int(text.tokens[first].start) == mention.start, Int(text.tokens[last].end) == mention.end
    else { return nil }
    return range
  }

  /// Whether a folded word names the land of a nationality: "korea" (Korean), "america",
  /// "germany", "japan", found by the usual endings of the adjective. The knowledge base lacks
  /// some such names alone (it has South and North Korea), and the tagger may read them as an
  /// organization.
  static func isNationName(_ word: String) -> Bool {
    guard word.count >= 3 else { return false }
    let stem = String(word.dropLast())
    return [word + "n", word + "an", word + "ese", word + "ian", stem + "an", stem + "ian", stem + "ese"].contains {
      EnglishDemonyms.contains(word: $0)
    }
  }

  /// Whether the knowledge base has exactly these words as the usual name of a place: a place
  /// linked by its name alone, or one large enough to be linked on the tagger's word. A small
  /// town that shares a firm's name (Tata, in Hungary) does not keep "Tata" from Tata Motors.
  private func isPlaceName(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    guard let match = index.longestMatch(at: tokens.lowerBound, in: text), match.endToken == tokens.upperBound
    else { return false }
    return index.lists[Int(match.list)].contains { candidate in
      let entity = knowledgeBase.entities[Int(candidate.entity)]
      return entity.type == "LOCATION" && (candidate.kind == .name || entity.prior >= Self.taggedLinkPrior)
    }
  }
}
