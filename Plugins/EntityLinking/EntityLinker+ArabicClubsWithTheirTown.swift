extension EntityLinker {
  /// Clubs named by a club's head word and their town (مولودية وهران، وفاق سطيف، شباب
  /// قسنطينة، نجم المتلوي): the knowledge base and the tagger read the town as a place and the
  /// head word as a common noun (youth, accord, star). In a sentence that names a match (a goal,
  /// a round, a league, a score), a place right after a free head word is one NIL organization
  /// with it (`nil:club-with-town`); a conjunction before the head stays outside. Elsewhere
  /// (شباب غزة, the young people of Gaza) the place stays a place. Only the places found are
  /// read, not every token.
  func arabicClubsWithTheirTown(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    var taken: [Bool]?
    for index in mentions.indices where mentions[index].label == "LOCATION" {
      let place = text.tokens(within: mentions[index].start, mentions[index].end)
      guard let first = place.first, first > 0, Int(text.tokens[first].start) == mentions[index].start,
        !text.tokens[first].isLatin, text.tokens[first].joinsPrevious
      else { continue }
      let head = first - 1
      let headToken = text.tokens[head]
      guard !headToken.isLatin else { continue }
      var start = Int(headToken.start)
      var headHash = headToken.hash
      if !Self.clubHeadWords.contains(headToken.hash) {
        // وشباب، فوفاق: the conjunction is no part of the name.
        let scalars = text.foldedScalars(head)
        headHash = TokenizedText.hash(scalars.dropFirst())
        guard scalars.count >= 4, scalars.first == 0x0648 || scalars.first == 0x0641,
          Self.clubHeadWords.contains(headHash)
        else { continue }
        start = Int(text.foldedOffsets[Int(headToken.foldedStart) + 1])
      }
      // "وأهدى اللاعب نصر المغرب": نصر، رجاء and نهضة before a country are a victory, a hope and
      // a revival; their clubs are named after towns.
      if Self.commonNounHeads.contains(headHash), !mentions[index].isNil,
        knowledgeBase[mentions[index].id]?.description.hasPrefix("country") == true
      {
        continue
      }
      if taken == nil { taken = takenTokens(mentions, in: text) }
      guard taken?[head] == false, hasMatchNoun(around: head, in: text) else { continue }
      var club = nilMention(
        tokens: head..<place.upperBound, type: "ORGANIZATION", evidence: "nil:club-with-town", in: text)
      if start != club.start {
        club.start = start
        club.nameArabic = text.text(scalarsFrom: club.start, to: club.end)
        club.id = NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: club.nameArabic).joined(separator: " "), type: "ORGANIZATION")
      }
      result[index] = club
    }
    return result
  }

  /// Head words of clubs named after their town (folded forms). Moroccan and Algerian clubs add
  /// حسنية، نهضة، رجاء and نصر (حسنية أكادير، نهضة بركان، نصر حسين داي); outside a match
  /// sentence these stay common nouns.
  /// Head words that are also common nouns of a match report (victory, hope, revival).
  private static let commonNounHeads = NonNameWords.hashes("نهضة رجاء نصر")
  private static let clubHeadWords = NonNameWords.hashes(
    "مولودية وفاق شباب شبيبة اتحاد نادي نجم هلال أولمبي اولمبي مستقبل جمعية حسنية نهضة رجاء نصر")
}
