extension EntityLinker {
  /// An Arabic dateline's city that the tagger read as an organization or a person
  /// ("برشلونة - وصل الوزير", the club's name): one or two words at a line's start, before a dash
  /// between spaces and an Arabic word, are the place the story was filed from. Linked to a
  /// place large enough to be the usual sense of the name, else a NIL place. Only NIL mentions
  /// are asked, so nothing is looked at on a token.
  func arabicDatelinePlaces(
    _ mentions: [LinkedMention], in text: TokenizedText, unlinked: [Range<Int>: Occurrence],
    linked: [Range<Int>: Occurrence]
  ) -> [LinkedMention] {
    mentions.replacing { mention in
      guard mention.isNil, mention.label == "ORGANIZATION" || mention.label == "PERSON" else { return nil }
      let tokens = text.tokens(within: mention.start, mention.end)
      guard let first = tokens.first, tokens.count <= 2, !text.tokens[first].isLatin,
        mention.start == Int(text.tokens[first].start), tokens.upperBound < text.tokens.count,
        !text.tokens[tokens.upperBound].isLatin, opensLine(first, in: text),
        isSpacedDash(after: tokens.upperBound - 1, in: text)
      else { return nil }
      if let occurrence = unlinked[tokens] ?? linked[tokens],
        let found = bestCandidate(
          of: occurrence, in: text, confidence: (0.6, 0.5), evidence: "dateline",
          where: { candidate, entity in
            candidate.kind != .demonym && entity.type == "LOCATION" && entity.prior >= Self.taggedLinkPrior
          })
      {
        return found
      }
      return nilMention(tokens: tokens, type: "LOCATION", evidence: "nil:dateline", in: text)
    }
  }

  /// Whether a dash between spaces, on the same line, follows the token.
  private func isSpacedDash(after position: Int, in text: TokenizedText) -> Bool {
    let gap = (Int(text.tokens[position].end)..<Int(text.tokens[position + 1].start)).map { text.scalar(at: $0).value }
    return gap.count >= 3 && gap.first == 0x20 && gap.last == 0x20
      && gap.dropFirst().dropLast().allSatisfy { [0x2D, 0x2013, 0x2014].contains($0) }
  }
}
