extension EntityLinker {
  /// Two sides read as one name over the "v" of versus ("ENGLAND V PAKISTAN", "Australia v Sri
  /// Lanka", "ENGLAND V" with the next side left out): the "v" (or "vs") parts them, each side
  /// keeping the span's type. A side the knowledge base linked alone ("PAKISTAN" found apart)
  /// stays as found. Read only for mentions of more than one Latin token.
  func versusSplits(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard
      mentions.contains(where: {
        let tokens = text.tokens(within: $0.start, $0.end)
        return tokens.count > 1 && text.tokens[tokens.lowerBound].isLatin && versusToken(in: tokens, of: text) != nil
      })
    else { return mentions }
    var result: [LinkedMention] = []
    for mention in mentions {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count > 1, text.tokens[tokens.lowerBound].isLatin,
        let versus = versusToken(in: tokens, of: text)
      else {
        result.append(mention)
        continue
      }
      for side in [tokens.lowerBound..<versus, (versus + 1)..<tokens.upperBound] where !side.isEmpty {
        let taken = mentions.contains {
          let other = text.tokens(within: $0.start, $0.end)
          return other != tokens && other.overlaps(side)
        }
        if !taken {
          var piece = nilMention(tokens: side, type: mention.label, evidence: "nil:versus", in: text)
          piece.title = mention.title
          result.append(piece)
        }
      }
    }
    return result
  }

  /// The first token after the span's first that is "v" or "vs" standing alone (not an
  /// initial: no full stop after a lower-case "v", and a capital "V" only in a span in capitals).
  private func versusToken(in tokens: Range<Int>, of text: TokenizedText) -> Int? {
    tokens.dropFirst().first { position in
      let token = text.tokens[position]
      guard token.isLatin, Self.versusWords.contains(token.hash) else { return false }
      return !token.startsUppercase || text.tokens[tokens.lowerBound].isAllUppercase
    }
  }

  private static let versusWords = NonNameWords.hashes("v vs")
}
