extension EntityLinker {
  /// Clubs and scorers of a soccer summary line ("Ajax Amsterdam 2 ( Kluivert 12 , Litmanen 67 )
  /// PSV Eindhoven 1 ( Ronaldo 80 )"): the capitalized words before each score are one club, and
  /// each name in the parentheses after a score, with or without its minute ("23 pen", "5 og"),
  /// is a person, whatever the tagger read there (the town of a club as a second club, a scorer
  /// with his minute as MISC). A line counts only when it opens with a club and a score and has
  /// at least one such list of scorers; a national side the knowledge base linked as a country
  /// stays the place. Lines that do not open with a capitalized Latin word are not read.
  func scorersInParentheses(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var clubs: [Range<Int>] = []
    var scorers: [Range<Int>] = []
    // A summary opens its line, or follows a label and a colon ("Result : Newcastle 5 ( ... )").
    for first in text.tokens.indices
    where text.tokens[first].isLatin && text.tokens[first].startsUppercase
      && (first == 0 || text.followsLineBreak(first) || gapHasColon(before: first, in: text))
    {
      guard let (lineClubs, lineScorers) = scoreSummary(from: first, in: text) else { continue }
      clubs += lineClubs
      scorers += lineScorers
    }
    guard !scorers.isEmpty else { return mentions }
    let names = clubs.map { ($0, "ORGANIZATION") } + scorers.map { ($0, "PERSON") }
    var result = mentions
    for (name, type) in names {
      let overlapping = result.indices.filter {
        let tokens = text.tokens(within: result[$0].start, result[$0].end)
        return tokens.lowerBound < name.upperBound && name.lowerBound < tokens.upperBound
      }
      if overlapping.contains(where: {
        let tokens = text.tokens(within: result[$0].start, result[$0].end)
        return tokens == name && !result[$0].isNil && (result[$0].label == type || isCountrySide(result[$0]))
      }) {
        continue
      }
      if overlapping.contains(where: { isCountrySide(result[$0]) }) { continue }
      let removed = Set(overlapping)
      result = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
      result.append(
        nilMention(tokens: name, type: type, evidence: type == "PERSON" ? "nil:scorer" : "nil:summary-club", in: text))
    }
    return result
  }

  /// The clubs and scorers of a summary line from `first`: "Club N ( Name N , Name ) Club N
  /// ( ... )", one or two clubs, at least one list of scorers; nil for any other line.
  private func scoreSummary(from first: Int, in text: TokenizedText) -> ([Range<Int>], [Range<Int>])? {
    let count = text.tokens.count
    var clubs: [Range<Int>] = []
    var scorers: [Range<Int>] = []
    var position = first
    while clubs.count < 2, position < count, position == first || !text.followsLineBreak(position) {
      let club = position
      // The club's words are parted by spaces only ("Result : Newcastle United 5" names no
      // club "Result").
      while position < count, position - club < 4, isCapitalizedWord(position, in: text),
        position == club || text.tokens[position].joinsPrevious
      {
        position += 1
      }
      guard position > club, position < count, !text.followsLineBreak(position),
        NonNameWords.isNumber(position, in: text), text.foldedScalars(position).count <= 2
      else { break }
      clubs.append(club..<position)
      position += 1
      guard position < count, !text.followsLineBreak(position), text.tokens[position].scalarBefore == 0x28 else {
        continue
      }
      guard let (list, end) = scorerList(from: position, in: text) else { return nil }
      scorers += list
      position = end
    }
    guard !scorers.isEmpty else { return nil }
    return (clubs, scorers)
  }

  /// The names of a list of scorers opening at `first` (right after "(") and the token after its
  /// ")": each entry a run of capitalized words (name particles inside), then an optional minute
  /// and "pen" or "og", entries parted by commas.
  private func scorerList(from first: Int, in text: TokenizedText) -> ([Range<Int>], Int)? {
    let count = text.tokens.count
    var names: [Range<Int>] = []
    var position = first
    while position < count, names.count < 8 {
      let name = position
      while position < count, position - name < 4,
        isCapitalizedWord(position, in: text)
          || (position > name && Self.nameParticles.contains(text.foldedString(position)))
      {
        position += 1
      }
      guard position > name, isCapitalizedWord(position - 1, in: text) else { return nil }
      names.append(name..<position)
      if position < count, NonNameWords.isNumber(position, in: text), gapAfter(position - 1, in: text) == nil {
        position += 1
      }
      if position < count, !text.tokens[position].startsUppercase, Self.goalNotes.contains(text.tokens[position].hash),
        gapAfter(position - 1, in: text) == nil
      {
        position += 1
      }
      switch gapAfter(position - 1, in: text) {
      case 0x29: return (names, position)
      case 0x2C: continue
      default: return nil
      }
    }
    return nil
  }

  /// The punctuation in the gap after a token: ")" when it comes first, else the one mark (","),
  /// nil when there is only space, 0 when the gap holds two marks or breaks the line first.
  private func gapAfter(_ position: Int, in text: TokenizedText) -> UInt32? {
    let from = Int(text.tokens[position].end)
    let to = position + 1 < text.tokens.count ? Int(text.tokens[position + 1].start) : text.source.unicodeScalars.count
    var mark: UInt32? = nil
    for offset in from..<to {
      let value = text.scalar(at: offset).value
      if value == 0x20 || value == 0x0D || (value == 0x0A && mark != nil) { continue }
      if mark != nil || value == 0x0A { return 0 }
      // What follows the closing parenthesis (a full stop, the next line) is the line's.
      if value == 0x29 { return value }
      mark = value
    }
    return mark
  }

  private func isCapitalizedWord(_ position: Int, in text: TokenizedText) -> Bool {
    text.tokens[position].isLatin && text.tokens[position].startsUppercase
  }

  /// A country the knowledge base linked: a national side keeps its place type.
  private func isCountrySide(_ mention: LinkedMention) -> Bool {
    guard mention.label == "LOCATION", !mention.isNil else { return false }
    return knowledgeBase[mention.id]?.description.hasPrefix("country") == true || mention.id == "Q26"
  }

  /// Notes after a scorer's minute: a penalty, an own goal.
  private static let goalNotes = NonNameWords.hashes("pen og penalty")
}
