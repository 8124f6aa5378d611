extension EntityLinker {
  /// An organization's name run on into the person after it ("أعلن الحزب الاشتراكي محمد الفاسي
  /// رئيسا"): a NIL organization whose words after one with the article go on with a word
  /// without it that opens names in the tagger's training texts (`nameStarts`) ends before that
  /// word and is no place's alias (فرنسا), and the two words or more from
  /// it are a NIL person. Only NIL organizations of three
  /// words or more opened by a party's, movement's or council's head are read; the word before
  /// the cut is no title (الملك، السيد) and the cut word has three letters or more.
  func arabicOrganizationsBeforePersons(_ mentions: [LinkedMention], in text: TokenizedText, tagger: EntityTagger)
    -> [LinkedMention]
  {
    var result: [LinkedMention] = []
    result.reserveCapacity(mentions.count)
    for mention in mentions {
      guard mention.label == "ORGANIZATION", mention.isNil else {
        result.append(mention)
        continue
      }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 3, !text.tokens[tokens.lowerBound].isLatin,
        Self.bodyHeads.contains(text.tokens[tokens.lowerBound].hash),
        let cut = ((tokens.lowerBound + 1)..<(tokens.upperBound - 1)).first(where: {
          !text.tokens[$0].isLatin && CueWords.hasArticle($0 - 1, in: text) && !CueWords.hasArticle($0, in: text)
            && tagger.model.nameStarts.contains(text.tokens[$0].hash) && nationality(at: $0, in: text) == nil
            && !isPlaceAlias($0, in: text)
            && !isTitle($0, in: text) && !isTitle($0 - 1, in: text) && text.foldedScalars($0).count >= 3
        })
      else {
        result.append(mention)
        continue
      }
      var organization = nilMention(
        tokens: tokens.lowerBound..<cut, type: "ORGANIZATION", evidence: "nil:before-person", in: text)
      organization.start = mention.start
      organization.nameArabic = text.text(scalarsFrom: mention.start, to: organization.end)
      organization.id = NilMentionFinder.clusterID(
        name: NameFolding.fold(organization.nameArabic), type: "ORGANIZATION")
      organization.evidence = mention.evidence + ["nil:before-person"]
      result.append(organization)
      result.append(
        nilMention(tokens: cut..<tokens.upperBound, type: "PERSON", evidence: "nil:after-organization", in: text))
    }
    return result
  }

  /// Heads of parties, movements and councils, which a person's name may follow as the actor
  /// (a company's or university's name goes on with a proper name: شركة الطيران فيرجين،
  /// جامعة الملك عبد العزيز).
  private static let bodyHeads = NonNameWords.hashes(
    "الحزب حزب الحركة حركة الجبهة جبهة التيار تيار التحالف الائتلاف المجلس مجلس الاتحاد")

  /// Whether a place's own name (not an ambiguous alias) starts at the token.
  private func isPlaceAlias(_ position: Int, in text: TokenizedText) -> Bool {
    guard let match = index.longestMatch(at: position, in: text) else { return false }
    // An ambiguous alias (محمد of a town in Iran) is no evidence against a given name.
    return index.lists[Int(match.list)].contains {
      $0.kind != .ambiguous && knowledgeBase.entities[Int($0.entity)].type == "LOCATION"
    }
  }
}
