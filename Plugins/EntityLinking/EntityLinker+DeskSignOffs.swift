extension EntityLinker {
  /// A desk's sign-off under agency copy ("-- Nairobi Newsroom +254 2 330261", "-- Jakarta
  /// Newsdesk (6221) 384-6364"): the one to three capitalized words between the line's dashes and
  /// Newsroom or Newsdesk are the desk's city, a place, and the desk's word is no name. The tagger
  /// read "Nairobi Newsroom" as a person or an organization. The city is linked when the
  /// knowledge base has a place of exactly that name, else it is a NIL place (evidence
  /// `nil:desk-sign-off`). Only tokens equal to the desk's two words are read.
  func deskSignOffs(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for position in text.tokens.indices
    where text.tokens[position].hash == Self.newsroom || text.tokens[position].hash == Self.newsdesk {
      guard position > 0, text.tokens[position].startsUppercase, followsBySpace(position, in: text) else { continue }
      var first = position - 1
      while first > 0, position - first < 3, followsBySpace(first, in: text), isCapitalizedNameWord(first - 1, in: text)
      {
        first -= 1
      }
      // The line opens with the dashes and then the city.
      guard isCapitalizedNameWord(first, in: text), text.tokens[first].scalarBefore == 0x2D,
        first == 0 || text.followsLineBreak(first)
      else { continue }
      let start = Int(text.tokens[first].start)
      let end = Int(text.tokens[position - 1].end)
      var city = nilMention(tokens: first..<position, type: "LOCATION", evidence: "nil:desk-sign-off", in: text)
      if let match = index.longestMatch(at: first, in: text), match.endToken == position,
        let place = bestCandidate(
          of: Occurrence(match: match, start: start, end: end), in: text, confidence: (0.6, 0.5), evidence: "alias",
          where: { _, entity in entity.type == "LOCATION" })
      {
        city = place
      }
      let desk = Int(text.tokens[position].end)
      result = result.filter { !($0.start < desk && start < $0.end) }
      result.append(city)
    }
    return result
  }

  private static let newsroom = TokenizedText.hash(NameFolding.fold("newsroom").unicodeScalars.map(\.value))
  private static let newsdesk = TokenizedText.hash(NameFolding.fold("newsdesk").unicodeScalars.map(\.value))
}
