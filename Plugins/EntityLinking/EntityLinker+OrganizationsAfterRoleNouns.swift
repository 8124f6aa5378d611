extension EntityLinker {
  /// Names that the words around them show to be firms or news media: after a market
  /// professional and "at" ("analysts at Brantley Hoare said", "a dealer at Mistral Kapital"),
  /// after a newspaper's or an agency's noun in lower case ("the daily Taifa Leo", "the weekly
  /// Voorwaarts", "the news agency Turan", "the journal Nature"), or before such a noun ("told Caracol radio",
  /// "Interfax news agency"). A NIL name there of another type becomes an organization, and
  /// where nothing was found, one to three capitalized words after the noun are one (evidence
  /// `nil:role-noun`). A nationality or a place the knowledge base linked ("Israel radio")
  /// stays as it is. A NIL place or MISC name after "rival" is an organization too ("rival
  /// Scania").
  func organizationsAfterRoleNouns(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for position in text.tokens.indices where position + 1 < text.tokens.count {
      let token = text.tokens[position]
      guard token.isLatin, !token.startsUppercase else { continue }
      let nameStart: Int
      if token.hash == Self.rivalWord || token.hash == Self.rivalsWord {
        retypeRival(after: position, in: text, mentions: &result)
        continue
      }
      if token.hash == Self.atWord, position > 0, Self.marketProfessions.contains(text.tokens[position - 1].hash) {
        nameStart = position + 1
      } else if Self.mediaNouns.contains(token.hash) || Self.mediaNounsAfterNames.contains(token.hash) {
        // "the daily X" and "X radio" alike.
        // A programme follows "television" or "radio" ("on television Late Night Poker"): only a
        // paper's or an agency's noun opens a name after it.
        if Self.mediaNouns.contains(token.hash),
          isCapitalizedNameWord(position + 1, in: text) || isForeignArticle(position + 1, in: text)
        {
          nameStart = position + 1
        } else {
          retypeNameBefore(position, in: text, mentions: &result)
          continue
        }
      } else {
        continue
      }
      guard followsBySpace(nameStart, in: text), text.tokens[nameStart].startsUppercase,
        text.tokens[nameStart].hash != Self.theWord
      else { continue }
      if let index = result.firstIndex(where: { $0.start == Int(text.tokens[nameStart].start) }) {
        retype(index, in: text, mentions: &result)
        continue
      }
      guard
        !result.contains(where: {
          $0.start < Int(text.tokens[nameStart].end) && Int(text.tokens[nameStart].start) < $0.end
        })
      else { continue }
      var end = nameStart + 1
      while end < text.tokens.count, end - nameStart < 3, followsBySpace(end, in: text),
        isCapitalizedNameWord(end, in: text),
        !result.contains(where: { $0.start < Int(text.tokens[end].end) && Int(text.tokens[end].start) < $0.end })
      {
        end += 1
      }
      guard
        (nameStart..<end).contains(where: { isCapitalizedNameWord($0, in: text) && !isForeignArticle($0, in: text) })
      else { continue }
      result.append(nilMention(tokens: nameStart..<end, type: "ORGANIZATION", evidence: "nil:role-noun", in: text))
    }
    return result
  }

  /// The NIL place or MISC name right after "rival" or "rivals" ("beating rival Scania"), as an
  /// organization: a firm's or a club's rival. A person and a place the knowledge base linked
  /// ("rival Pakistan") stay.
  private func retypeRival(after noun: Int, in text: TokenizedText, mentions: inout [LinkedMention]) {
    let next = noun + 1
    guard next < text.tokens.count, followsBySpace(next, in: text),
      let index = mentions.firstIndex(where: { $0.start == Int(text.tokens[next].start) }),
      mentions[index].label == "LOCATION" || mentions[index].label == "MISC"
    else { return }
    retype(index, in: text, mentions: &mentions)
  }

  /// The NIL name that ends right before a medium's noun ("Caracol radio"), as an organization.
  private func retypeNameBefore(_ noun: Int, in text: TokenizedText, mentions: inout [LinkedMention]) {
    guard Self.mediaNounsAfterNames.contains(text.tokens[noun].hash) else { return }
    // "Itar-Tass news agency": the name stands before "news".
    var noun = noun
    if noun > 1, text.tokens[noun - 1].hash == Self.newsWord, followsBySpace(noun, in: text) { noun -= 1 }
    guard noun > 0, followsBySpace(noun, in: text),
      let index = mentions.firstIndex(where: { $0.end == Int(text.tokens[noun - 1].end) })
    else { return }
    retype(index, in: text, mentions: &mentions, before: true)
  }

  /// A NIL Latin name of another type than ORGANIZATION, no nationality, as a NIL organization.
  /// Before a medium's noun only a person or a place is read so: MISC there is a programme ("the
  /// Late Night Poker television series").
  private func retype(
    _ index: Int, in text: TokenizedText, mentions: inout [LinkedMention], before: Bool = false
  ) {
    let mention = mentions[index]
    guard mention.isNil, mention.label != "ORGANIZATION", mention.label != "DEMONYM",
      !before || mention.label != "MISC"
    else { return }
    let tokens = text.tokens(within: mention.start, mention.end)
    guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin, !EnglishDemonyms.contains(tokens, in: text) else {
      return
    }
    var organization = nilMention(tokens: tokens, type: "ORGANIZATION", evidence: "nil:role-noun", in: text)
    organization.evidence = mention.evidence + ["nil:role-noun"]
    mentions[index] = organization
  }

  /// An article of a foreign paper's name that is followed by a capitalized word ("El Pais",
  /// "Le Monde", "Die Welt").
  private func isForeignArticle(_ position: Int, in text: TokenizedText) -> Bool {
    position + 1 < text.tokens.count && Self.foreignArticles.contains(text.tokens[position].hash)
      && text.tokens[position].startsUppercase && followsBySpace(position + 1, in: text)
      && text.tokens[position + 1].startsUppercase
  }

  private static let newsWord = TokenizedText.hash(NameFolding.fold("news").unicodeScalars.map(\.value))
  private static let rivalWord = TokenizedText.hash(NameFolding.fold("rival").unicodeScalars.map(\.value))
  private static let rivalsWord = TokenizedText.hash(NameFolding.fold("rivals").unicodeScalars.map(\.value))
  private static let atWord = TokenizedText.hash(NameFolding.fold("at").unicodeScalars.map(\.value))
  private static let theWord = TokenizedText.hash(NameFolding.fold("the").unicodeScalars.map(\.value))
  private static let marketProfessions = NonNameWords.hashes(
    """
    analyst analysts dealer dealers trader traders economist economists strategist strategists broker brokers
    chartist chartists
    """)
  private static let mediaNouns = NonNameWords.hashes("daily weekly newspaper tabloid magazine agency journal")
  private static let mediaNounsAfterNames = NonNameWords.hashes("daily newspaper agency radio television")
  private static let foreignArticles = NonNameWords.hashes("el le la al die der de il")
}
