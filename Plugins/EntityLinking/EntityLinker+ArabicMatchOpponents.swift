extension EntityLinker {
  /// A club the knowledge base does not hold, read by the tagger as a person in a match report
  /// (a transliterated name such as a foreign-sounding club): the words around it say it is a
  /// club. A NIL person becomes a NIL organization when the word before it is a host or rival
  /// noun (ضيفه، مضيفه، منافسه), a noun only a club takes (مدرب، جماهير، لاعبو), or a preposition
  /// of the other side (مع، على، أمام، ضد) after a result verb and an organization (تعادل
  /// الزمالك مع ...), or when a result verb is right before it and the preposition and an
  /// organization right after it (فاز ... على الزمالك). Once a name is read so, its other NIL
  /// person mentions in the document (هدف ...) follow. A linked person (a known player) is never
  /// changed. Costs nothing on text without a NIL Arabic person.
  func arabicClubsReadAsPersons(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var mentions = mentions
    var clubNames = Set<String>()
    // A NIL span that took the host noun (ضيفه X) or a club's noun before one word (مدرب X):
    // the club is the words after it.
    for number in mentions.indices where mentions[number].isNil && mentions[number].label != "LOCATION" {
      let tokens = text.tokens(within: mentions[number].start, mentions[number].end)
      guard tokens.count >= 2, !text.tokens[tokens.lowerBound].isLatin,
        Self.isWord(tokens.lowerBound, in: Self.opponentNouns, text)
          || (tokens.count == 2 && Self.isWord(tokens.lowerBound, in: Self.clubOnlyNouns, text)),
        isInMatchSentence(tokens.lowerBound, in: text)
      else { continue }
      mentions[number] = nilMention(
        tokens: (tokens.lowerBound + 1)..<tokens.upperBound, type: "ORGANIZATION", evidence: "nil:match-opponent",
        in: text)
      clubNames.insert(NameFolding.fold(mentions[number].nameArabic))
    }
    var organizationEnds: Set<Int>?
    var organizationStarts: Set<Int>?
    for mention in mentions where mention.label == "PERSON" && mention.isNil {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard let first = tokens.first, first > 0, tokens.count <= 2, !text.tokens[first].isLatin,
        text.tokens[first].joinsPrevious, mention.start == Int(text.tokens[first].start)
      else { continue }
      let before = first - 1
      // A host noun or a club's noun counts in a sentence of a match only: a head of state
      // receives his guest (استقبل الرئيس ضيفه ...) too.
      var isClub =
        (Self.isWord(before, in: Self.opponentNouns, text) || Self.isWord(before, in: Self.clubOnlyNouns, text))
        && isInMatchSentence(first, in: text)
      if !isClub, Self.isWord(before, in: Self.opponentPrepositions, text), before > 1 {
        if organizationEnds == nil {
          organizationEnds = Set(mentions.filter { $0.label == "ORGANIZATION" }.map(\.end))
        }
        // "تعادل الزمالك مع X": the organization ends right before the preposition, a result
        // verb opens its clause.
        let organization = before - 1
        isClub =
          text.tokens[before].joinsPrevious && organizationEnds!.contains(Int(text.tokens[organization].end))
          && (organization - 3..<organization).contains(where: { Self.isWord($0, in: Self.arabicResultVerbs, text) })
      }
      if !isClub, Self.isWord(before, in: Self.arabicResultVerbs, text), tokens.upperBound + 1 < text.tokens.count,
        Self.isWord(tokens.upperBound, in: Self.opponentPrepositions, text)
      {
        if organizationStarts == nil {
          organizationStarts = Set(mentions.filter { $0.label == "ORGANIZATION" }.map(\.start))
        }
        let other = tokens.upperBound + 1
        isClub =
          organizationStarts!.contains(Int(text.tokens[other].start))
          || (Self.clubWordPrefix(other, in: text) == 0 && text.tokens[other].joinsPrevious)
      }
      if isClub { clubNames.insert(NameFolding.fold(mention.nameArabic)) }
    }
    guard !clubNames.isEmpty else { return mentions }
    return mentions.map { mention in
      guard mention.label == "PERSON", mention.isNil, clubNames.contains(NameFolding.fold(mention.nameArabic)) else {
        return mention
      }
      var club = mention
      club.label = "ORGANIZATION"
      club.title = nil
      club.id = NilMentionFinder.clusterID(name: NameFolding.fold(mention.nameArabic), type: "ORGANIZATION")
      club.evidence = ["nil:match-opponent"]
      return club
    }
  }

  /// A club's host, guest or rival, with the pronoun of the club before (ضيفه، مضيفه، منافسه).
  private static let opponentNouns = NonNameWords.hashes(
    "ضيفه مضيفه منافسه غريمه ضيفها مضيفها منافسها غريمها مستضيفه")

  /// Nouns that take a club, not a player, in construct (مدرب، جماهير، لاعبو، مشجعو).
  private static let clubOnlyNouns = NonNameWords.hashes(
    "مدرب جماهير جمهور لاعبو لاعبي مشجعو مشجعي إدارة نادي شباك مرمى")
}
