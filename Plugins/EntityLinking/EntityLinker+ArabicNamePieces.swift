extension EntityLinker {
  /// A transliterated name the tagger cut in pieces, joined again as one NIL person (evidence
  /// `nil:name-pieces`):
  /// - a one-word NIL person before one through name particles (فان، دي، فون ...), or right
  ///   before a NIL person of two words or more when a title, a role noun or a nationality
  ///   adjective introduces it, with no punctuation between: "جان" and "بول أتانغانا" after
  ///   الكاميروني are جان بول أتانغانا, "جيروين" and "دير فير" are جيروين فان دير فير. Other
  ///   pairs are left alone: a verb's subject and object stand so too (هنأ بوتين شافيز، ابلغت
  ///   باربرا منير روفا);
  /// - a free name-shaped word between a nationality adjective that opens a name (after a
  ///   verb, a title or a role: `opensAfterNationality`) and a NIL person: the given name the
  ///   tagger left out ("الكاميروني غي مبينزا", which gave مبينزا);
  /// - a one-word NIL person right after a nationality adjective and a free name-shaped word
  ///   after it that is no goal noun or object, where the word after that ends the name as after
  ///   a nationality (`endsNameAfterNationality`): the family name the tagger left out ("وسجل
  ///   الإيفواري فيليكس كواديو الهدف", which gave فيليكس).
  /// Only NIL persons are read; linked ones keep their link. The mentions end sorted by start.
  func arabicNamePiecesJoined(_ mentions: inout [LinkedMention], in text: TokenizedText) {
    guard mentions.contains(where: { $0.label == "PERSON" && $0.isNil }) else { return }
    mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    var taken = takenTokens(mentions, in: text)
    let finder = NilMentionFinder(cues: cues)
    var number = 0
    while number < mentions.count {
      defer { number += 1 }
      let mention = mentions[number]
      guard mention.label == "PERSON", mention.isNil else { continue }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard let first = tokens.first, Int(text.tokens[first].start) == mention.start, !text.tokens[first].isLatin
      else { continue }
      // A given name left out after a nationality adjective.
      let given = first - 1
      if given >= 1, !taken[given], text.tokens[first].joinsPrevious, text.tokens[given].joinsPrevious,
        nationality(at: given - 1, in: text) != nil, CueWords.hasArticle(given - 1, in: text),
        opensAfterNationality(given - 1, in: text), finder.isNameWord(given, in: text, first: true),
        !cues.contains(cues.titleLinks, token: given, in: text), !Self.isRelationNoun(given, in: text)
      {
        taken[given] = true
        mentions[number] = joined(mention, from: given, to: tokens.upperBound, in: text)
        continue
      }
      guard tokens.count == 1, !CueWords.hasArticle(first, in: text) else { continue }
      // The family name after a one-word person right after a nationality adjective.
      let family = first + 1
      if first >= 1, family < text.tokens.count, !taken[family], text.tokens[first].joinsPrevious,
        nationality(at: first - 1, in: text) != nil, CueWords.hasArticle(first - 1, in: text),
        opensAfterNationality(first - 1, in: text), text.tokens[family].joinsPrevious,
        finder.isNameWord(family, in: text, first: true),
        !Self.isObjectShaped(text.foldedScalars(family)), !Self.isRelationNoun(family, in: text),
        !AliasIndex.cliticVariants(of: family, in: text).contains(where: Self.scorerGoalNouns.contains),
        endsNameAfterNationality(family, in: text)
      {
        taken[family] = true
        mentions[number] = joined(mention, from: first, to: family + 1, in: text)
        continue
      }
      // A one-word piece before the rest of the name, itself name-shaped: not a word that links
      // a title to its bearer (برئاسة، بزعامة), which the tagger reads into a name.
      guard number + 1 < mentions.count, finder.isNameWord(first, in: text, first: true),
        !cues.contains(cues.titleLinks, token: first, in: text)
      else { continue }
      var cursor = tokens.upperBound
      while cursor < text.tokens.count, text.tokens[cursor].joinsPrevious, !taken[cursor],
        Self.arabicNameParticles.contains(text.tokens[cursor].hash)
      {
        cursor += 1
      }
      let next = mentions[number + 1]
      let nextTokens = text.tokens(within: next.start, next.end)
      guard next.label == "PERSON", next.isNil, nextTokens.lowerBound == cursor, cursor < text.tokens.count,
        next.start == Int(text.tokens[cursor].start), text.tokens[cursor].joinsPrevious,
        cursor > tokens.upperBound || (nextTokens.count >= 2 && isIntroducedName(first, in: text))
      else { continue }
      for token in tokens.upperBound..<cursor { taken[token] = true }
      var person = joined(next, from: first, to: nextTokens.upperBound, in: text)
      person.evidence = mention.evidence + next.evidence + ["nil:name-pieces"]
      person.title = mention.title ?? next.title
      mentions[number] = person
      mentions.remove(at: number + 1)
    }
  }

  /// Whether a title, a role noun or a nationality adjective that opens a name stands before
  /// the token: then a name follows, not a verb's subject and its object ("ابلغت باربرا منير
  /// روفا" names two people).
  private func isIntroducedName(_ position: Int, in text: TokenizedText) -> Bool {
    guard position >= 1, text.tokens[position].joinsPrevious else { return false }
    if titleBefore(position, in: text) != nil || isAfterRoleNoun(position, in: text) { return true }
    return nationality(at: position - 1, in: text) != nil && CueWords.hasArticle(position - 1, in: text)
      && opensAfterNationality(position - 1, in: text)
  }

  /// The NIL person over tokens `first..<end`, with the evidence and title of `mention`.
  private func joined(_ mention: LinkedMention, from first: Int, to end: Int, in text: TokenizedText)
    -> LinkedMention
  {
    var person = nilMention(tokens: first..<end, type: "PERSON", evidence: "nil:name-pieces", in: text)
    person.evidence = mention.evidence + ["nil:name-pieces"]
    person.title = mention.title ?? person.title
    return person
  }

  /// Particles inside transliterated names (فان دير فير، دي ميستورا، فون دير لاين), folded.
  private static let arabicNameParticles = NonNameWords.hashes("فان فون دي دو دا دير دن ديل")
}
