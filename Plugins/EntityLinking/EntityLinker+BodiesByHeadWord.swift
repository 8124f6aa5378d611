extension EntityLinker {
  /// A NIL name of two capitalized words or more closed by the head word of a court, a council,
  /// a ministry, a party or another body ("the Supreme Court", "HIGH COURT", "the Constitutional
  /// Council", "the Caspian Pipeline Consortium", "the Gulf Cartel"; not "Front", which closes a war's front as often: "the Western Front"), or of a
  /// newspaper ("the Sunday Herald", "the Jakarta Post"; the heads that are
  /// also surnames, such as Post or Star, only where the tagger read no person), read by the
  /// tagger as a place, a person or MISC: an organization (evidence kept, `nil:body-head` added). Names of other kinds end in other words ("West Bank", "Soviet
  /// Union" are not read here: bank and union are left out).
  func bodiesByHeadWord(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in result.indices where result[index].isNil {
      let label = result[index].label
      guard label == "LOCATION" || label == "PERSON" || label == "MISC" else { continue }
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard tokens.count >= 2, Int(text.tokens[tokens.upperBound - 1].end) == result[index].end,
        tokens.allSatisfy({ text.tokens[$0].isLatin && text.tokens[$0].startsUppercase })
      else { continue }
      let head = text.tokens[tokens.upperBound - 1].hash
      guard
        Self.courtAndCouncilHeads.contains(head) || Self.newspaperHeads.contains(head)
          || (label != "PERSON" && Self.newspaperHeadsNamedLikePeople.contains(head))
      else { continue }
      // A place named "... Court" (Hampton Court, a palace) is a court of law only after "the"
      // or with a court's own qualifier (Supreme, High, Appeals ...).
      if label == "LOCATION", head == Self.courtWord,
        !(tokens.lowerBound > 0 && text.tokens[tokens.lowerBound - 1].hash == Self.theWord),
        !Self.courtQualifiers.contains(text.tokens[tokens.lowerBound].hash)
      {
        continue
      }
      var organization = nilMention(tokens: tokens, type: "ORGANIZATION", evidence: "nil:body-head", in: text)
      organization.evidence = result[index].evidence + ["nil:body-head"]
      result[index] = organization
    }
    return partiesNothingFound(result, in: text)
  }

  private static let courtWord = TokenizedText.hash(NameFolding.fold("court").unicodeScalars.map(\.value))
  private static let theWord = TokenizedText.hash(NameFolding.fold("the").unicodeScalars.map(\.value))
  private static let courtQualifiers = NonNameWords.hashes(
    "supreme high constitutional appeals appeal district criminal federal administrative military crown county")

  /// A party's or an alliance's name in title case that nothing was found in, after a word in
  /// lower case or "the" ("the conservative Popular Party won", "backed by the Green Alliance"):
  /// one to three capitalized words and the head, a NIL organization (`nil:body-head`). A name
  /// opening a sentence or after "a" is left as it is (`englishOrganizationNouns` reads the
  /// names the tagger found).
  private func partiesNothingFound(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    var taken: [Bool]?
    for position in text.tokens.indices where position > 1 {
      let head = text.tokens[position]
      guard head.isLatin, head.startsUppercase, !head.isAllUppercase, Self.partyHeads.contains(head.hash),
        followsBySpace(position, in: text)
      else { continue }
      if taken == nil { taken = takenTokens(result, in: text) }
      guard let taken, !taken[position] else { continue }
      var first = position
      while first > 1, position - first < 3, followsBySpace(first, in: text), !taken[first - 1],
        isCapitalizedNameWord(first - 1, in: text), !text.tokens[first - 1].isAllUppercase,
        !isTitle(first - 1, in: text), !opensSentence(first - 1, in: text)
      {
        first -= 1
      }
      let before = text.tokens[first - 1]
      guard first < position, before.isLatin, followsBySpace(first, in: text),
        !before.startsUppercase || before.hash == Self.theHashForParties,
        !Self.indefiniteArticlesForParties.contains(before.hash),
        !(first..<position).contains(where: { EnglishDemonyms.contains($0..<($0 + 1), in: text) })
      else { continue }
      result.append(
        nilMention(tokens: first..<(position + 1), type: "ORGANIZATION", evidence: "nil:body-head", in: text))
    }
    return result
  }

  /// An organization closed by a body's head word, then "of" and a place ("National Patriotic
  /// Front of Liberia", "Red Cross Society of China"), where the tagger stopped before "of": one
  /// NIL organization (`nil:organization-of-place`). "Party of" is left out: gold texts mark a
  /// national branch ("Liberal Party of Nova Scotia") as a party and a place. A sea's or a coast's word, "of" and a place
  /// ("Gulf of Mexico", "Strait of Malacca", "Bay of Bengal") are one NIL place
  /// (`nil:natural-feature`), where only the place was found or the tagger read MISC. The place
  /// is one to three capitalized words.
  func organizationsOfPlaces(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for mention in mentions where mention.label == "LOCATION" || mention.label == "MISC" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard !tokens.isEmpty, Int(text.tokens[tokens.lowerBound].start) == mention.start,
        text.tokens[tokens.lowerBound].isLatin
      else { continue }
      // "Gulf of Aden" read whole as MISC.
      if mention.label == "MISC", mention.isNil, tokens.count >= 3,
        Self.featureWords.contains(text.tokens[tokens.lowerBound].hash),
        text.tokens[tokens.lowerBound + 1].hash == Self.ofHash
      {
        var place = nilMention(tokens: tokens, type: "LOCATION", evidence: "nil:natural-feature", in: text)
        place.evidence = ["nil:natural-feature"]
        result = replacingOverlaps(result, with: place)
        continue
      }
      guard mention.label == "LOCATION", tokens.count <= 3, tokens.lowerBound >= 2 else { continue }
      let of = tokens.lowerBound - 1
      guard text.tokens[of].hash == Self.ofHash, !text.tokens[of].startsUppercase, followsBySpace(of, in: text),
        followsBySpace(tokens.lowerBound, in: text)
      else { continue }
      let head = of - 1
      let headToken = text.tokens[head]
      guard headToken.isLatin, headToken.startsUppercase else { continue }
      if Self.featureWords.contains(headToken.hash) {
        // The feature word alone, or the end of a NIL MISC or place over it.
        let before = result.first { $0.start < Int(headToken.end) && Int(headToken.start) < $0.end }
        if let before, !(before.isNil && before.end == Int(headToken.end) && before.label != "PERSON") { continue }
        let first = before.map { text.tokens(within: $0.start, $0.end).lowerBound } ?? head
        let place = nilMention(
          tokens: first..<tokens.upperBound, type: "LOCATION", evidence: "nil:natural-feature", in: text)
        result = replacingOverlaps(result, with: place)
        continue
      }
      guard Self.organizationOfPlaceHeads.contains(headToken.hash) else { continue }
      let first: Int
      if let organization = result.first(where: {
        $0.label == "ORGANIZATION" && $0.isNil && $0.end == Int(headToken.end)
      }) {
        first = text.tokens(within: organization.start, organization.end).lowerBound
      } else {
        // Nothing found there: the capitalized words before the head, the sentence's first only
        // when the training texts do not write it in lower case alone.
        guard !result.contains(where: { $0.start < Int(headToken.end) && Int(headToken.start) < $0.end }) else {
          continue
        }
        var start = head
        while start > 0, head - start < 3, followsBySpace(start, in: text), isCapitalizedNameWord(start - 1, in: text),
          !opensSentence(start - 1, in: text) || !isLowerCaseWord(start - 1, in: text),
          !result.contains(where: {
            $0.start < Int(text.tokens[start - 1].end) && Int(text.tokens[start - 1].start) < $0.end
          })
        {
          start -= 1
        }
        guard start < head else { continue }
        first = start
      }
      let whole = nilMention(
        tokens: first..<tokens.upperBound, type: "ORGANIZATION", evidence: "nil:organization-of-place", in: text)
      result = replacingOverlaps(result, with: whole)
    }
    return result
  }

  /// Whether the training texts write the word in lower case only.
  private func isLowerCaseWord(_ position: Int, in text: TokenizedText) -> Bool {
    guard let tagger else { return true }
    let usage = WordCaseProfile.Usage(rawValue: tagger.model.caseProfile.usage(text.tokens[position].hash))
    return usage == .lower || usage == .onceLower
  }

  private static let courtAndCouncilHeads = NonNameWords.hashes(
    """
    court council assembly commission committee ministry parliament congress senate tribunal bureau agency party
    army navy society federation association institute authority consortium cartel
    """)

  private static let partyHeads = NonNameWords.hashes("party alliance movement coalition congress")
  private static let theHashForParties = TokenizedText.hash(NameFolding.fold("the").unicodeScalars.map(\.value))
  private static let indefiniteArticlesForParties = NonNameWords.hashes("a an")

  private static let newspaperHeads = NonNameWords.hashes(
    "herald times tribune journal gazette telegraph chronicle observer monitor courier")
  private static let newspaperHeadsNamedLikePeople = NonNameWords.hashes("post mail express mirror guardian star")

  private static let organizationOfPlaceHeads = NonNameWords.hashes(
    """
    front society union council commission federation association institute organisation organization movement
    congress committee league alliance
    """)

  private static let featureWords = NonNameWords.hashes("gulf bay sea strait straits lake cape isle")
}
