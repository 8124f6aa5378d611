extension EntityLinker {
  /// Persons of a cricket scorecard's batting lines: a line that is a batsman's name, how he was
  /// out and his runs ("S. Ganguly c Richardson b Donald 41", "A. Jadeja not out 35", "M. Khan
  /// lbw b Ahmed 12", "J. Smith run out 4") names the batsman, the fielder after "c" or "st" and
  /// the bowler after "b", each a person (evidence `nil:scorecard`), with the initials in front
  /// ("S. Ganguly", not "Ganguly"). The tagger, which learned names from prose, reads such lines
  /// poorly ("Cronje b Pollock" as one person, "S. Tendulkar run out 67" as nothing). A line of
  /// any other shape, prose among them ("Smith c..."), is left as found, and so is a name the
  /// knowledge base linked with evidence of its own. Only lines opening with a capitalized
  /// Latin word are read: a token's flags first, the line break before it only then.
  func cricketScorecardPersons(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var names: [Range<Int>] = []
    for first in text.tokens.indices
    where text.tokens[first].isLatin && text.tokens[first].startsUppercase
      && (first == 0 || text.followsLineBreak(first))
    {
      names += battingLineNames(from: first, in: text)
    }
    guard !names.isEmpty else { return mentions }
    var result = mentions
    for name in names {
      let start = Int(text.tokens[name.lowerBound].start)
      let end = Int(text.tokens[name.upperBound - 1].end)
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      // A person the knowledge base linked on its own evidence keeps its id, over the whole name.
      if let linked = overlapping.first(where: { !result[$0].isNil && result[$0].label == "PERSON" }),
        overlapping.count == 1
      {
        result[linked].start = min(start, result[linked].start)
        continue
      }
      if overlapping.contains(where: {
        !result[$0].isNil && !result[$0].evidence.allSatisfy({ $0 == "alias" || $0 == "prior" })
      }) {
        continue
      }
      let removed = Set(overlapping)
      result = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
      result.append(nilMention(tokens: name, type: "PERSON", evidence: "nil:scorecard", in: text))
    }
    return result
  }

  /// The names of a batting line starting at token `first`: the batsman, then the fielder and
  /// the bowler its dismissal names; none when the line has another shape. The line must end in
  /// one to five numbers (runs, and in some cards balls, minutes and boundaries).
  private func battingLineNames(from first: Int, in text: TokenizedText) -> [Range<Int>] {
    let count = text.tokens.count
    guard let batsman = scorecardName(from: first, in: text) else { return [] }
    var names = [batsman]
    var position = batsman.upperBound
    func word(_ offset: Int) -> UInt64? {
      let at = position + offset
      guard at < count, text.tokens[at].isLatin, !text.tokens[at].startsUppercase, !text.followsLineBreak(at) else {
        return nil
      }
      return text.tokens[at].hash
    }
    /// "b Name" at `position`: the bowler, after which `position` is past his name.
    func bowler() -> Bool {
      guard word(0) == Self.bowled, let name = scorecardName(from: position + 1, in: text) else { return false }
      names.append(name)
      position = name.upperBound
      return true
    }
    guard let dismissal = word(0) else { return [] }
    switch dismissal {
    case Self.caught, Self.stumped:
      // "c & b Name": the bowler took the catch.
      if dismissal == Self.caught, word(1) == Self.bowled {
        position += 1
      } else {
        guard let fielder = scorecardName(from: position + 1, in: text) else { return [] }
        names.append(fielder)
        position = fielder.upperBound
      }
      guard bowler() else { return [] }
    case Self.bowled:
      guard bowler() else { return [] }
    case Self.lbw:
      position += 1
      guard bowler() else { return [] }
    case Self.hit:
      guard word(1) == Self.wicket else { return [] }
      position += 2
      guard bowler() else { return [] }
    case Self.run, Self.not, Self.retired:
      guard word(1) == Self.out || (dismissal == Self.retired && word(1) == Self.hurt) else { return [] }
      position += 2
    default:
      return []
    }
    // The figures close the line.
    var numbers = 0
    while position < count, !text.followsLineBreak(position), NonNameWords.isNumber(position, in: text) {
      numbers += 1
      position += 1
    }
    guard (1...5).contains(numbers), position == count || text.followsLineBreak(position) else { return [] }
    return names
  }

  /// A player's name on a scorecard from token `first`: up to three initials written with a full
  /// stop ("S.", "M. S.") and one to three capitalized Latin words joined by spaces or hyphens
  /// ("Inzamam-ul-Haq" keeps its lower-case middle); nil when there is none or the first word is
  /// a function word ("The").
  private func scorecardName(from first: Int, in text: TokenizedText) -> Range<Int>? {
    let count = text.tokens.count
    var position = first
    while position < count, position - first < 3, isInitial(position, in: text), position + 1 < count,
      !text.followsLineBreak(position + 1)
    {
      position += 1
    }
    guard position < count, text.tokens[position].isLatin, text.tokens[position].startsUppercase,
      position == first || !text.tokens[position].joinsPrevious,
      position == first || text.tokens[position].scalarBefore == 0x2E,
      !NilMentionFinder.isLatinStopword(position, in: text), !NonNameWords.isNumber(position, in: text)
    else { return nil }
    var end = position + 1
    while end < count, end - position < 3, text.tokens[end].isLatin, text.tokens[end].joinsPrevious,
      text.tokens[end].startsUppercase || text.tokens[end].scalarBefore == 0x2D
    {
      end += 1
    }
    return first..<end
  }

  /// A single capital letter with a full stop right after it ("S." of "S. Ganguly").
  private func isInitial(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin, token.startsUppercase, token.end - token.start == 1,
      Int(token.end) < text.source.unicodeScalars.count
    else { return false }
    return text.scalar(at: Int(token.end)).value == 0x2E
  }

  private static let caught = TokenizedText.hash(NameFolding.fold("c").unicodeScalars.map(\.value))
  private static let bowled = TokenizedText.hash(NameFolding.fold("b").unicodeScalars.map(\.value))
  private static let stumped = TokenizedText.hash(NameFolding.fold("st").unicodeScalars.map(\.value))
  private static let lbw = TokenizedText.hash(NameFolding.fold("lbw").unicodeScalars.map(\.value))
  private static let hit = TokenizedText.hash(NameFolding.fold("hit").unicodeScalars.map(\.value))
  private static let wicket = TokenizedText.hash(NameFolding.fold("wicket").unicodeScalars.map(\.value))
  private static let run = TokenizedText.hash(NameFolding.fold("run").unicodeScalars.map(\.value))
  private static let not = TokenizedText.hash(NameFolding.fold("not").unicodeScalars.map(\.value))
  private static let retired = TokenizedText.hash(NameFolding.fold("retired").unicodeScalars.map(\.value))
  private static let out = TokenizedText.hash(NameFolding.fold("out").unicodeScalars.map(\.value))
  private static let hurt = TokenizedText.hash(NameFolding.fold("hurt").unicodeScalars.map(\.value))
}
