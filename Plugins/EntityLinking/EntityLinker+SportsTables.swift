extension EntityLinker {
  /// Teams of the results and standings of a sports story (one whose label is a sport:
  /// "BASKETBALL - ...", "ICE HOCKEY - ..."), in the shapes the plain results-line rule does not
  /// read: a table's row with a percentage and games behind ("Chicago Bulls 16 2 .889 -",
  /// "Boston 63 65 .492 9 1/2"), a result with a note after it ("Seattle 111 PHOENIX 104 ( OT )"),
  /// and rows or results run on in one line after a colon and parted by commas ("results :
  /// PHILADELPHIA 3 Buffalo 1 , Vancouver 2 CALGARY 4"). Each name is a NIL organization (a city
  /// stands for its team there), except a national side, which stays the place. A line's run
  /// is read only when its first row has the shape, so a golf line ("205 Sam Torrance 69 66 70
  /// , ...") that opens with a score is never read as a table.
  func sportsTableClubs(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard isSportsStory(text) else { return mentions }
    var teams: [Range<Int>] = []
    for first in text.tokens.indices
    where first == 0 || text.followsLineBreak(first) || gapHasColon(before: first, in: text) {
      var row = first
      while let (names, next) = resultsRow(from: row, in: text) {
        teams += names
        guard let next else { break }
        row = next
      }
    }
    return withResultsClubs(teams, mentions, in: text)
  }

  /// Whether the text is a sports story: its first word, in capitals, is a sport's label
  /// ("SOCCER", "ICE HOCKEY", "RUGBY UNION") with the label's dash within its first three words.
  func isSportsStory(_ text: TokenizedText) -> Bool {
    guard let first = text.tokens.first, first.isLatin, first.isAllUppercase, Self.sportLabels.contains(first.hash)
    else { return false }
    return (1..<min(4, text.tokens.count)).contains { text.tokens[$0].scalarBefore == 0x2D }
  }

  /// The names of one row from `first` (a table's row, "Name N N N ...", or a result, "Name N
  /// Name N" with an optional note in parentheses) and the token that opens the next row of the
  /// same line after a comma (nil at the line's end); nil when the row has another shape.
  private func resultsRow(from first: Int, in text: TokenizedText) -> ([Range<Int>], Int?)? {
    guard let name = capitalizedRun(from: first, in: text), let figures = figures(from: name.upperBound, in: text)
    else {
      return nil
    }
    var names = [name]
    var last = figures.upperBound - 1
    if figures.count == 1 {
      guard let second = capitalizedRun(from: figures.upperBound, in: text),
        text.tokens[second.lowerBound].joinsPrevious,
        let score = self.figures(from: second.upperBound, in: text), score.count == 1
      else { return nil }
      names.append(second)
      last = score.lowerBound
      // A note on the result ("( OT )", "( 10 innings )"): up to three words, then the line ends.
      if last + 1 < text.tokens.count, text.tokens[last + 1].scalarBefore == 0x28, !text.followsLineBreak(last + 1) {
        var close = last + 1
        while close + 1 < text.tokens.count, close - last < 3, !gap(after: close, in: text).contains(0x29) {
          close += 1
        }
        guard gap(after: close, in: text).contains(0x29) else { return nil }
        last = close
      }
    } else if figures.count < 3 {
      return nil
    }
    let after = gap(after: last, in: text)
    // A row may end in a full stop, a note's parenthesis or the dash of no games behind.
    if last + 1 == text.tokens.count || after.contains(0x0A) {
      return after.allSatisfy({ [0x20, 0x2E, 0x2D, 0x29, 0x0A, 0x0D].contains($0) }) ? (names, nil) : nil
    }
    // Only a comma (and spaces) may part two rows of one line.
    guard after.allSatisfy({ $0 == 0x2C || $0 == 0x20 || $0 == 0x29 }), after.contains(0x2C) else { return nil }
    return (names, last + 1)
  }

  /// One to four capitalized Latin words from `first`, parted by spaces only.
  private func capitalizedRun(from first: Int, in text: TokenizedText) -> Range<Int>? {
    var end = first
    while end < text.tokens.count, end - first < 4, text.tokens[end].isLatin, text.tokens[end].startsUppercase,
      end == first || text.tokens[end].joinsPrevious
    {
      end += 1
    }
    return end > first ? first..<end : nil
  }

  /// The figures of a row from `first`: numbers of up to three digits on the same line, parted
  /// by spaces, a decimal point (".889") or a fraction's slash ("9 1/2"), never by a hyphen
  /// ("2-1" is a score, "1996-09-15" a date) or a colon (a time).
  private func figures(from first: Int, in text: TokenizedText) -> Range<Int>? {
    guard first < text.tokens.count, text.tokens[first].joinsPrevious, NonNameWords.isNumber(first, in: text) else {
      return nil
    }
    var end = first
    while end < text.tokens.count, NonNameWords.isNumber(end, in: text), text.foldedScalars(end).count <= 3,
      end == first || gap(after: end - 1, in: text).allSatisfy({ $0 == 0x20 || $0 == 0x2E || $0 == 0x2F })
    {
      end += 1
    }
    return end > first ? first..<end : nil
  }

  /// Whether a colon (and spaces) is all that stands between the token and the one before, on
  /// one line.
  func gapHasColon(before position: Int, in text: TokenizedText) -> Bool {
    guard position > 0, text.tokens[position].scalarBefore == 0x3A else { return false }
    return !gap(after: position - 1, in: text).contains(0x0A)
  }

  /// The bytes between a token and the next (to the text's end after the last).
  func gap(after position: Int, in text: TokenizedText) -> [UInt8] {
    let from = Int(text.tokens[position].byteEnd)
    let to = position + 1 < text.tokens.count ? Int(text.tokens[position + 1].byteStart) : text.source.utf8.count
    guard from < to else { return [] }
    return Array(text.source.utf8.dropFirst(from).prefix(to - from))
  }

  /// The first words of sports stories' labels (folded).
  static let sportLabels = NonNameWords.hashes(
    """
    soccer football cycling tennis golf cricket athletics rugby baseball basketball boxing motor motorcycling
    racing horse skiing alpine nordic swimming hockey ice olympics squash badminton volleyball handball rowing
    sailing yachting judo wrestling weightlifting snooker darts equestrianism triathlon marathon rallying nfl
    """)
}
