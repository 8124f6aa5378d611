extension EntityLinker {
  /// Firm names of several capitalized common words closed by a firm's head word ("Advanced
  /// Micro Devices", "Texas Instruments", "Analog Devices"), where the tagger found one word of
  /// them ("Micro"), a place ("Texas") or nothing: the whole run of capitalized words is one
  /// NIL ORGANIZATION. The run does not take a word that opens a sentence unless a found name
  /// starts there ("Rival Advanced Micro Devices" → "Advanced Micro Devices"), nor a title or a
  /// sector noun ("Chipmaker Micron Technology").
  /// Tokens are tested on their first letter's case before any set is read.
  func firmNameRuns(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var runs: [Range<Int>] = []
    let tokens = text.tokens
    for position in tokens.indices where position > 0 && tokens[position].startsUppercase {
      let head = tokens[position]
      guard head.isLatin, !head.isAllUppercase, head.joinsPrevious, Self.firmHeadWords.contains(head.hash),
        tokens[position - 1].startsUppercase, tokens[position - 1].isLatin
      else { continue }
      var first = position
      while first > 0, position - first < 3, tokens[first].joinsPrevious {
        let previous = tokens[first - 1]
        guard previous.isLatin, previous.startsUppercase, !previous.isAllUppercase,
          !NilMentionFinder.isLatinTitle(first - 1, in: text), !Self.sectorNouns.contains(previous.hash)
        else { break }
        if opensSentence(first - 1, in: text), !mentions.contains(where: { $0.start == Int(previous.start) }) {
          break
        }
        first -= 1
      }
      if first < position { runs.append(first..<(position + 1)) }
    }
    guard !runs.isEmpty else { return mentions }
    var result = mentions
    for run in runs {
      let start = Int(tokens[run.lowerBound].start)
      let end = Int(tokens[run.upperBound - 1].end)
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      // A sector noun the tagger took in ("Chipmaker Micron") goes with the part it took.
      let before = run.lowerBound - 1
      let earliest =
        before >= 0 && tokens[before].startsUppercase && Self.sectorNouns.contains(tokens[before].hash)
        ? Int(tokens[before].start) : start
      // A name reaching out of the run, or a person or firm the knowledge base linked, stays.
      guard
        overlapping.allSatisfy({
          result[$0].start >= earliest && result[$0].end <= end && result[$0].label != "DEMONYM"
            && (result[$0].isNil || result[$0].label == "LOCATION")
        })
      else { continue }
      if overlapping.count == 1, result[overlapping[0]].start == start, result[overlapping[0]].end == end,
        result[overlapping[0]].label == "ORGANIZATION"
      {
        continue
      }
      for index in overlapping.reversed() { result.remove(at: index) }
      result.append(nilMention(tokens: run, type: "ORGANIZATION", evidence: "nil:firm-name-run", in: text))
    }
    return result
  }

  /// Words that close a firm's name ("Micro Devices", "Texas Instruments", "BHP Group").
  private static let firmHeadWords = NonNameWords.hashes(
    """
    devices instruments systems technologies technology holdings industries electronics semiconductor semiconductors
    pharmaceuticals therapeutics airlines airways motors networks communications brands foods chemicals petroleum
    securities laboratories materials robotics logistics investments group electric
    """)
}
