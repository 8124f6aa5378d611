extension EntityLinker {
  /// Firms named with their legal form ("Raytheon Co", "Lockheed Martin Corp", "Harwell
  /// Engineering Plc", "Siemens AG"): the capitalized words before the form and the form itself
  /// are one organization (evidence `nil:legal-suffix`), where the tagger read a place ("Raytheon")
  /// or a person ("Martin Corp") and cut the name. The words reach back over capitalized Latin
  /// words joined by spaces, at most four, and stop at a function word, a title, a weekday or a
  /// month. An organization the knowledge base linked keeps its id over the whole name; a name
  /// it linked on evidence of its own, other than by the name alone, stays as it is. "Co" is a
  /// firm's form only when no capitalized word follows it ("Co Durham" is a county). Read from
  /// the mentions: the token after each and its own last token.
  func firmsWithLegalSuffix(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var firms: [Range<Int>] = []
    for index in mentions.indices where mentions[index].label != "DEMONYM" {
      let tokens = text.tokens(within: mentions[index].start, mentions[index].end)
      guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin else { continue }
      let suffix: Int
      if tokens.count >= 2, isLegalSuffix(tokens.upperBound - 1, in: text) {
        // An organization read with its form is right as it stands ("Procter & Gamble Co").
        guard mentions[index].label != "ORGANIZATION" else { continue }
        suffix = tokens.upperBound - 1
      } else if tokens.upperBound < text.tokens.count, followsByOneGap(tokens.upperBound, in: text),
        isLegalSuffix(tokens.upperBound, in: text)
      {
        suffix = tokens.upperBound
      } else {
        continue
      }
      // The name runs back from the form over the mention's words joined by spaces only ("Reuters
      // ) - General Dynamics Corp", read as one span, gives "General Dynamics Corp"), and when it
      // takes the whole mention, on over capitalized words before it.
      var first = suffix
      while first > tokens.lowerBound, followsByOneGap(first, in: text) { first -= 1 }
      if first == tokens.lowerBound {
        while first > 0, suffix - first < 4, followsByOneGap(first, in: text), isFirmNameWord(first - 1, in: text) {
          first -= 1
        }
      }
      guard suffix > first, !firms.contains(where: { $0.overlaps(first..<(suffix + 1)) }) else { continue }
      firms.append(first..<(suffix + 1))
    }
    guard !firms.isEmpty else { return mentions }
    var result = mentions
    for firm in firms {
      let start = Int(text.tokens[firm.lowerBound].start)
      let end = Int(text.tokens[firm.upperBound - 1].end)
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      if overlapping.count == 1, !result[overlapping[0]].isNil, result[overlapping[0]].label == "ORGANIZATION" {
        result[overlapping[0]].start = start
        result[overlapping[0]].end = end
        continue
      }
      if overlapping.contains(where: {
        result[$0].end > end || (result[$0].start < start && !result[$0].isNil)
          || (!result[$0].isNil && !result[$0].evidence.allSatisfy({ $0 == "alias" || $0 == "prior" }))
      }) {
        continue
      }
      let removed = Set(overlapping)
      result = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
      result.append(nilMention(tokens: firm, type: "ORGANIZATION", evidence: "nil:legal-suffix", in: text))
    }
    return result
  }

  /// A firm's legal form written as such ("Inc", "Corp", "PLC", "AG"; not "inc." in lower case):
  /// "Co" only with no capitalized word right after it.
  private func isLegalSuffix(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin, token.startsUppercase else { return false }
    if Self.corporateSuffixes.contains(token.hash) { return true }
    guard token.hash == Self.company else { return false }
    let next = position + 1
    return next >= text.tokens.count || !text.tokens[next].joinsPrevious || !text.tokens[next].startsUppercase
  }

  /// Whether one space or one hyphen alone parts the token from the one before (a hyphen inside
  /// ") - " also counts as joining in `joinsPrevious`).
  private func followsByOneGap(_ position: Int, in text: TokenizedText) -> Bool {
    text.tokens[position].joinsPrevious && Int(text.tokens[position].start) == Int(text.tokens[position - 1].end) + 1
  }

  /// A capitalized Latin word that may open a firm's name before its legal form.
  private func isFirmNameWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    return token.isLatin && token.startsUppercase && !NilMentionFinder.isLatinStopword(position, in: text)
      && !NonNameWords.isMonth(position, in: text) && !Self.weekdays.contains(token.hash)
      && (!cues.contains(cues.titles, token: position, in: text) || token.hash == Self.general)
  }

  /// "General" is a title, but it opens firms' names too (General Electric Co, General Mills Inc).
  private static let general = TokenizedText.hash(NameFolding.fold("general").unicodeScalars.map(\.value))

  private static let company = TokenizedText.hash(NameFolding.fold("co").unicodeScalars.map(\.value))
  private static let weekdays = NonNameWords.hashes("monday tuesday wednesday thursday friday saturday sunday")
}
