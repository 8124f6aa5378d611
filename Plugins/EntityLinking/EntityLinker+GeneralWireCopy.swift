extension EntityLinker {
  /// English wire copy outside sport (issue 13, round 16: diplomacy, courts, elections, company
  /// and market reports): each rule is in its own file; they run in this order, after the rules
  /// for firms and clubs and before later surnames join their full names. A text without a
  /// capitalized Latin word is returned as it is.
  func generalWireCopy(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard text.tokens.contains(where: { $0.isLatin && $0.startsUppercase }) else { return mentions }
    var result = withoutOpeningParticiples(mentions, in: text)
    result = personsWithCompoundGivenNames(result, in: text)
    result = townsWithStateCodes(result, in: text)
    result = attorneysGeneralOfStates(result, in: text)
    result = nationalBodies(result, in: text)
    result = bodiesByHeadWord(result, in: text)
    result = organizationsOfPlaces(result, in: text)
    result = placesByTheirNouns(result, in: text)
    result = firmsWithLegalFormFirst(result, in: text)
    result = organizationsAfterRoleNouns(result, in: text)
    result = firmsByShortName(result, in: text)
    result = firmShortNamesTheTaggerMissed(result, in: text)
    result = stockIndexNames(result, in: text)
    result = deskSignOffs(result, in: text)
    result = grandPrixNames(result, in: text)
    result = namesCutAtNear(result, in: text)
    result = venuesByTheirNouns(result, in: text)
    result = firmsAfterPlacePossessives(result, in: text)
    result = organizationsWithNationalityInside(result, in: text)
    result = surnamesOverSmallPlaces(result, in: text)
    result = headlineNamesFromStory(result, in: text)
    return result
  }

  /// The mentions with `mention` in place of every one it overlaps.
  func replacingOverlaps(_ mentions: [LinkedMention], with mention: LinkedMention) -> [LinkedMention] {
    var result = mentions.filter { !($0.start < mention.end && mention.start < $0.end) }
    result.append(mention)
    return result
  }

  /// Whether token `position` follows the one before by exactly one space.
  func followsBySpace(_ position: Int, in text: TokenizedText) -> Bool {
    position > 0 && text.tokens[position].joinsPrevious
      && Int(text.tokens[position].start) == Int(text.tokens[position - 1].end) + 1
  }

  /// Whether token `position` is a capitalized Latin word that can go on a name: not a function
  /// word, a month or a number.
  func isCapitalizedNameWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    return token.isLatin && token.startsUppercase && !NilMentionFinder.isLatinStopword(position, in: text)
      && !NonNameWords.isMonth(position, in: text)
  }
}
