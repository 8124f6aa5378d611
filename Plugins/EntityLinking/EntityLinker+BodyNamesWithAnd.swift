extension EntityLinker {
  /// A public body whose name has "and" between two of its words ("the Food and Agriculture
  /// Organization", "the Australian Securities and Investments Commission", "the Securities and
  /// Exchange Commission"), which the tagger cuts at the "and" into two organizations or leaves
  /// the first part out of: one NIL organization (evidence `nil:body-with-and`).
  ///
  /// The part after "and" is a NIL organization the tagger found that ends in a body's head
  /// word (Commission, Organization, Authority ...); the part before is one to three
  /// capitalized words, either a NIL organization or MISC name that ends right there or words
  /// no mention holds, and its last word heads no body itself (in "the Federal Reserve Board and
  /// Bank of England" two bodies are named). The whole name follows "the": two organizations
  /// joined by "and" are seldom read with one article ("Microsoft and Gates Foundation").
  func bodyNamesWithAnd(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard mentions.contains(where: { $0.label == "ORGANIZATION" && $0.isNil }) else { return mentions }
    var result = mentions
    var removed = Set<Int>()
    for (number, body) in mentions.enumerated() where body.label == "ORGANIZATION" && body.isNil {
      let tokens = text.tokens(within: body.start, body.end)
      guard let first = tokens.first, let last = tokens.last, first >= 3, text.tokens[first].isLatin,
        Int(text.tokens[first].start) == body.start, Self.publicBodyHeads.contains(text.foldedString(last)),
        text.tokens[first].joinsPrevious, text.tokens[first - 1].joinsPrevious,
        !text.tokens[first - 1].startsUppercase, text.foldedString(first - 1) == "and"
      else { continue }
      let partEnd = first - 1
      var partStart = partEnd
      var joined: Int?
      if let index = mentions.indices.first(where: { mentions[$0].end == Int(text.tokens[partEnd - 1].end) }) {
        let part = mentions[index]
        let partTokens = text.tokens(within: part.start, part.end)
        guard part.isNil, part.label == "ORGANIZATION" || part.label == "MISC", partTokens.count <= 3,
          Int(text.tokens[partTokens.lowerBound].start) == part.start
        else { continue }
        partStart = partTokens.lowerBound
        joined = index
      } else {
        while partStart > 0, partEnd - partStart < 3, text.tokens[partStart - 1].isLatin,
          text.tokens[partStart - 1].startsUppercase, text.foldedString(partStart - 1) != "the",
          text.tokens[partStart].joinsPrevious,
          !mentions.contains(where: {
            $0.start < Int(text.tokens[partStart - 1].end) && Int(text.tokens[partStart - 1].start) < $0.end
          })
        {
          partStart -= 1
        }
        guard partStart < partEnd else { continue }
      }
      guard partStart >= 1, text.foldedString(partStart - 1) == "the", text.tokens[partStart].joinsPrevious,
        (partStart..<partEnd).allSatisfy({ text.tokens[$0].startsUppercase && !text.tokens[$0].isAllUppercase }),
        !Self.publicBodyHeads.contains(text.foldedString(partEnd - 1))
      else { continue }
      result[number] = nilMention(
        tokens: partStart..<(last + 1), type: "ORGANIZATION", evidence: "nil:body-with-and", in: text)
      if let joined { removed.insert(joined) }
    }
    return removed.isEmpty ? result : result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// Last words of the names of public bodies and their offices (folded).
  static let publicBodyHeads: Set<String> = [
    "commission", "organization", "organisation", "authority", "agency", "board", "council", "fund", "institute",
    "association", "bureau", "committee", "administration", "department", "ministry", "service", "foundation",
    "society", "office", "programme", "program", "force", "tribunal", "centre", "center", "federation",
  ]
}
