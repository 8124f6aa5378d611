extension EntityLinker {
  /// Banks named with another name (البنك الأهلي المصري، بنك مصر، المصرف العربي): the knowledge
  /// base or the tagger finds the club الأهلي المصري or the place مصر inside, where the bank's word
  /// before it makes the whole a bank of its own. An organization right after البنك، المصرف، بنك or
  /// مصرف, or a place right after بنك or مصرف in construct, becomes a NIL organization with the
  /// bank's word. A knowledge-base organization other than a football club keeps its link: in
  /// verb–subject–object order the bank is the subject and the organization the object (وطالب
  /// البنك الاتحاد الأوروبي). Each mention costs one set look-up of the word before it.
  func banksNamedAfterOtherNames(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in mentions.indices where mentions[index].label == "ORGANIZATION" || mentions[index].label == "LOCATION" {
      let tokens = text.tokens(within: mentions[index].start, mentions[index].end)
      guard let first = tokens.first, first > 0, !text.tokens[first].isLatin, text.tokens[first].joinsPrevious,
        Int(text.tokens[first].start) == mentions[index].start
      else { continue }
      let head = text.tokens[first - 1].hash
      guard Self.bankWords.contains(head),
        mentions[index].label == "ORGANIZATION" || Self.bankWordsInConstruct.contains(head),
        !result.contains(where: { $0.end == Int(text.tokens[first - 1].end) }),
        mentions[index].isNil || mentions[index].label == "LOCATION" || isFootballClub(mentions[index].id)
      else { continue }
      result[index] = nilMention(
        tokens: (first - 1)..<tokens.upperBound, type: "ORGANIZATION", evidence: "nil:bank-name", in: text)
    }
    return result
  }

  private func isFootballClub(_ id: String) -> Bool {
    guard let entity = knowledgeBase[id] else { return false }
    return entity.type == "ORGANIZATION" && entity.description.hasSuffix("football club")
  }

  private static let bankWords = NonNameWords.hashes("البنك المصرف وبنك ومصرف بنك مصرف لبنك")
  private static let bankWordsInConstruct = NonNameWords.hashes("بنك مصرف وبنك ومصرف لبنك")
}
