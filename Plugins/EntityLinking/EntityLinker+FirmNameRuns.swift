extension EntityLinker {
  /// Firm names of several capitalized common words closed by a firm's head word ("Advanced
  /// Micro Devices", "Texas Instruments", "Analog Devices"), where the tagger found one word of
  /// them ("Micro"), a place ("Texas") or nothing: the whole run of capitalized words is one
  /// NIL ORGANIZATION. The run does not take a word that opens a sentence unless a found name
  /// starts there, or it opens the story after a dateline's dash and the training texts never
  /// write it in lower case ("Rival Advanced Micro Devices" → "Advanced Micro Devices"; "(
  /// Reuters ) - Lloyds Banking Group" whole), nor a title or a
  /// sector noun ("Chipmaker Micron Technology"). Ordinary phrases in title case are no run: a
  /// capitalized word after the head ("Chief Technology Officer", "Hospital Systems Across"), a
  /// title before the run ("Senior Advisor Group"), or a run nothing was found in and no firm's
  /// word stands around ("studied Information Technology").
  /// Tokens are tested on their neighbours' case before any set is read.
  func firmNameRuns(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var runs: [Range<Int>] = []
    let tokens = text.tokens
    for position in tokens.indices where position > 0 && tokens[position].startsUppercase {
      let head = tokens[position]
      guard head.isLatin, !head.isAllUppercase, head.joinsPrevious, tokens[position - 1].startsUppercase,
        tokens[position - 1].isLatin, !continuesInTitleCase(position, in: text),
        Self.firmHeadWords.contains(head.hash)
      else { continue }
      var first = position
      var titled = false
      // One space only between the words: "( Reuters ) - Lloyds Banking Group" is no run from
      // "Reuters".
      while first > 0, position - first < 3, tokens[first].joinsPrevious,
        Int(tokens[first].start) == Int(tokens[first - 1].end) + 1
      {
        let previous = tokens[first - 1]
        guard previous.isLatin, previous.startsUppercase, !previous.isAllUppercase else { break }
        if NilMentionFinder.isLatinTitle(first - 1, in: text) || Self.titleWords.contains(previous.hash) {
          titled = true
          break
        }
        if Self.sectorNouns.contains(previous.hash) { break }
        // A sentence's first word is in the run when a found name starts there, or, opening the
        // story after a dateline's dash, when the training texts never write it in lower case
        // ("( Reuters ) - Lloyds Banking Group will close").
        if opensSentence(first - 1, in: text), !mentions.contains(where: { $0.start == Int(previous.start) }),
          ![0x2D, 0x2013, 0x2014].contains(previous.scalarBefore)
            || (tagger.map({ isCommonWord(first - 1, in: text, tagger: $0) }) ?? true)
        {
          break
        }
        first -= 1
      }
      if first < position, !titled { runs.append(first..<(position + 1)) }
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
      // A run nothing was found in needs a firm's word around it ("studied Information Technology").
      if overlapping.isEmpty, !hasFirmEvidence(run, in: text) { continue }
      // "two more Patriot Missile Systems" are weapons: a run with a weapon's word is a firm only
      // where the tagger read part of it as one ("Raytheon Missile Systems") and nothing counts it.
      if let weapon = run.first(where: { Self.weaponWords.contains(tokens[$0].hash) }) {
        if !overlapping.contains(where: { result[$0].label == "ORGANIZATION" }) { continue }
        if isCounted(run.lowerBound, in: text) {
          // The weapon's name is the words before its kind ("Patriot"), MISC.
          guard weapon > run.lowerBound, overlapping.allSatisfy({ result[$0].isNil }) else { continue }
          for index in overlapping.reversed() { result.remove(at: index) }
          result.append(
            nilMention(tokens: run.lowerBound..<weapon, type: "MISC", evidence: "nil:weapon-name", in: text))
          continue
        }
      }
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

  /// Whether a capitalized Latin word follows the head word ("Technology Officer", "Systems
  /// Across"): the run is part of a longer phrase in title case. A corporate suffix ("Texas
  /// Instruments Inc"), a word in capitals ("Analog Devices CEO") or "Chief" opening a role after
  /// the firm ("Micro Devices Chief Executive") still closes a firm's name.
  private func continuesInTitleCase(_ position: Int, in text: TokenizedText) -> Bool {
    let next = position + 1
    guard next < text.tokens.count else { return false }
    let token = text.tokens[next]
    guard token.startsUppercase, token.joinsPrevious, token.isLatin, !token.isAllUppercase else { return false }
    return !Self.corporateSuffixes.contains(token.hash) && token.hash != Self.chief
  }

  /// Whether a number or a word of quantity stands right before the run ("two more Patriot
  /// Missile Systems", "additional Patriot Missile Systems"): things, not a firm.
  private func isCounted(_ first: Int, in text: TokenizedText) -> Bool {
    guard first > 0, text.tokens[first].joinsPrevious, !text.tokens[first - 1].startsUppercase else { return false }
    return Self.quantityWords.contains(text.tokens[first - 1].hash) || NonNameWords.isNumber(first - 1, in: text)
  }

  private static let quantityWords = NonNameWords.hashes(
    "more additional extra several many few new two three four five six seven eight nine ten dozen dozens")

  /// Words that open a person's role and so no firm's name ("Chief Technology Officer", "Senior
  /// Advisor", "Deputy"); `NilMentionFinder.latinTitles` has the titles before a name.
  private static let titleWords = NonNameWords.hashes(
    "chief senior deputy acting vice assistant associate principal executive former retired junior")

  /// Words that close a firm's name ("Micro Devices", "Texas Instruments", "BHP Group").
  private static let firmHeadWords = NonNameWords.hashes(
    """
    devices instruments systems technologies technology holdings industries electronics semiconductor semiconductors
    pharmaceuticals therapeutics airlines airways motors networks communications brands foods chemicals petroleum
    securities laboratories materials robotics logistics investments group electric platforms software properties
    shipping freight
    """)

  /// Words of a weapon's name in title case ("Patriot Missile Systems", "Iron Dome Defense
  /// Systems").
  private static let weaponWords = NonNameWords.hashes(
    "missile missiles rocket rockets artillery defense defence interceptor interceptors")
}
