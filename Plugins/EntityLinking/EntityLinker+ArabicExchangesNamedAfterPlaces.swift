extension EntityLinker {
  /// A stock exchange named after its city, read as the city: بورصة لندن، بورصة الدار البيضاء،
  /// سوق دبي المالي. The place right after بورصة, or after سوق when an adjective with the
  /// article that is no nationality closes the name (سوق دبي المالي; سوق الجمعة is a place),
  /// is part of the exchange's name, a NIL organization from the head word to the end of the
  /// place or its adjective. Only place mentions are read, so no token is asked.
  func arabicExchangesNamedAfterPlaces(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for number in result.indices where result[number].label == "LOCATION" {
      let tokens = text.tokens(within: result[number].start, result[number].end)
      guard let first = tokens.first, first > 0, Int(text.tokens[first].start) == result[number].start,
        !text.tokens[first].isLatin, text.tokens[first].joinsPrevious
      else { continue }
      let head = text.tokens[first - 1].hash
      let isExchange = head == Self.exchangeHead
      guard isExchange || head == Self.marketHead else { continue }
      var end = tokens.upperBound
      let closesWithAdjective = { (position: Int) -> Bool in
        position < text.tokens.count && text.tokens[position].joinsPrevious && !text.tokens[position].isLatin
          && CueWords.hasArticle(position, in: text) && Self.isSingularNisba(text.foldedScalars(position))
          && self.nationality(at: position, in: text) == nil
      }
      if closesWithAdjective(end), !result.contains(where: { $0.start == Int(text.tokens[end].start) }) {
        end += 1
      } else if !isExchange, !(tokens.count >= 2 && closesWithAdjective(tokens.upperBound - 1)) {
        continue
      }
      // A mention already over the head word (a longer name) is left alone.
      let headStart = Int(text.tokens[first - 1].start)
      guard !result.contains(where: { $0.start <= headStart && headStart < $0.end }) else { continue }
      result[number] = nilMention(
        tokens: (first - 1)..<end, type: "ORGANIZATION", evidence: "nil:exchange-name", in: text)
    }
    return result
  }

  private static let exchangeHead = NonNameWords.hashes("بورصة").first!
  private static let marketHead = NonNameWords.hashes("سوق").first!
}
