extension EntityLinker {
  /// Linked Arabic persons whose knowledge-base alias opens with a title (الأمير محمد بن سلمان،
  /// الشيخ تميم، الملك عبد الله الثاني): the title is a cue and the person's `title`, never part of
  /// the name, so the span starts at the first word after the title words. The link stays.
  /// Only linked persons are read, and only their first token is tested.
  func personsWithoutTitleInAlias(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for index in mentions.indices where mentions[index].label == "PERSON" && !mentions[index].isNil {
      let tokens = text.tokens(within: mentions[index].start, mentions[index].end)
      guard tokens.count >= 2, let first = tokens.first, !text.tokens[first].isLatin,
        Int(text.tokens[first].start) == mentions[index].start, isTitle(first, in: text)
      else { continue }
      var start = first + 1
      while start < tokens.upperBound - 1, isTitle(start, in: text) { start += 1 }
      // A title phrase that is all the alias (ولي العهد السعودي) names no one by name.
      guard !isTitle(start, in: text), !CueWords.hasArticle(start, in: text) else { continue }
      result[index].start = Int(text.tokens[start].start)
      let title = aliasTitleText(
        from: titleBefore(first, in: text)?.start ?? Int(text.tokens[first].start), to: start,
        in: text)
      result[index].title = title
      if result[index].evidence.allSatisfy({ !$0.hasPrefix("title:") }) {
        result[index].evidence.append("title:" + title)
      }
    }
    return result
  }

  private func aliasTitleText(from start: Int, to end: Int, in text: TokenizedText) -> String {
    CueWords.withoutProclitics(text.text(scalarsFrom: start, to: Int(text.tokens[end - 1].end)))
  }
}
