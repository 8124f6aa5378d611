extension EntityLinker {
  /// The players listed after a scoring cue and a colon in a sports story ("Tries : Cullen ,
  /// Zinzan Brooke . Conversions : Culhane 2 .", "Drop goal : Townsend", "Scorers : Shearer 12 ,
  /// Ferdinand"): each entry, a run of capitalized words with the particles of a name ("van der
  /// Westhuizen") and an optional count, is a person, whatever the tagger read there (a place of
  /// that name, a MISC run over the next cue). The list ends at a full stop, a line's end or any
  /// mark but a comma. A person the knowledge base linked is left as it is.
  func scorerCueLists(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard isSportsStory(text) else { return mentions }
    var players: [Range<Int>] = []
    for cue in text.tokens.indices where Self.scoringCues.contains(text.tokens[cue].hash) {
      guard cue + 1 < text.tokens.count, text.tokens[cue + 1].scalarBefore == 0x3A,
        gap(after: cue, in: text).allSatisfy({ $0 == 0x3A || $0 == 0x20 })
      else { continue }
      var position = cue + 1
      while position < text.tokens.count, players.count < 64 {
        guard let name = listedName(from: position, in: text) else { break }
        // "Scorers : Leeds - Whitlock 12": the club before a spaced dash heads its scorers.
        if name.upperBound < text.tokens.count, Self.isSpacedDash(gap(after: name.upperBound - 1, in: text)) {
          position = name.upperBound
          continue
        }
        players.append(name)
        var last = name.upperBound - 1
        if name.upperBound < text.tokens.count, text.tokens[name.upperBound].joinsPrevious,
          NonNameWords.isNumber(name.upperBound, in: text)
        {
          last = name.upperBound
        }
        let after = last + 1 < text.tokens.count ? gap(after: last, in: text) : []
        guard after.allSatisfy({ $0 == 0x2C || $0 == 0x20 }), after.contains(0x2C) else { break }
        position = last + 1
      }
    }
    guard !players.isEmpty else { return mentions }
    var result = mentions
    for player in players {
      let mention = nilMention(tokens: player, type: "PERSON", evidence: "nil:scorer", in: text)
      if result.contains(where: {
        $0.start < mention.end && mention.start < $0.end && !$0.isNil && $0.label == "PERSON"
      }) {
        continue
      }
      result = replacingOverlaps(result, with: mention)
    }
    return result
  }

  /// A listed player's name from `first`: the particles of a name, then one to three capitalized
  /// Latin words, parted by spaces only and ending in a capitalized word.
  private func listedName(from first: Int, in text: TokenizedText) -> Range<Int>? {
    var end = first
    while end < text.tokens.count, end - first < 4, text.tokens[end].isLatin,
      end == first || text.tokens[end].joinsPrevious && !Self.isSpacedDash(gap(after: end - 1, in: text)),
      text.tokens[end].startsUppercase || Self.nameParticles.contains(text.foldedString(end)),
      // "Bath - Tries : ...": a cue after the club opens its own list.
      !Self.scoringCues.contains(text.tokens[end].hash)
    {
      end += 1
    }
    while end > first, !text.tokens[end - 1].startsUppercase { end -= 1 }
    return end > first ? first..<end : nil
  }

  /// Whether the bytes between two words are a dash (-, – or —) with spaces around it.
  static func isSpacedDash(_ gap: [UInt8]) -> Bool {
    let mark = gap.filter { $0 != 0x20 }
    return gap.count > mark.count && (mark == [0x2D] || mark == [0xE2, 0x80, 0x93] || mark == [0xE2, 0x80, 0x94])
  }

  /// Words that open a list of scorers before a colon (folded): rugby's tries, conversions,
  /// penalties and drop goals, soccer's scorers.
  private static let scoringCues = NonNameWords.hashes(
    "tries try conversions conversion penalties penalty goals goal scorers scorer goalscorers")
}
