extension EntityLinker {
  /// A stock exchange named after its city, read as the city: بورصة لندن، بورصة الدار البيضاء،
  /// سوق دبي المالي. The place right after بورصة, or after سوق when an adjective with the
  /// article that is no nationality closes the name (سوق دبي المالي; سوق الجمعة is a place),
  /// is part of the exchange's name, a NIL organization from the head word to the end of the
  /// place or its adjective. A company's plural head (موانئ، مطارات، طيران) before a place and
  /// an adjective with the article names the company the same way (موانئ دبي العالمية). Only place mentions are read, so no token is asked.
  func arabicExchangesNamedAfterPlaces(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for number in result.indices where result[number].label == "LOCATION" {
      let tokens = text.tokens(within: result[number].start, result[number].end)
      guard let first = tokens.first, first > 0, Int(text.tokens[first].start) == result[number].start,
        !text.tokens[first].isLatin, text.tokens[first].joinsPrevious
      else { continue }
      let head = text.tokens[first - 1].hash
      let isExchange = head == Self.exchangeHead
      let isCompany = !isExchange && Self.companyHeads.contains(head)
      guard isExchange || isCompany || head == Self.marketHead else { continue }
      if isCompany {
        // The place is a city or a country the knowledge base linked (موانئ البحر العربي are
        // ports on that sea).
        guard !result[number].isNil, let place = knowledgeBase[result[number].id],
          place.description == "country" || place.description.hasPrefix("city")
        else { continue }
      }
      var end = tokens.upperBound
      let closesWithAdjective = { (position: Int) -> Bool in
        position < text.tokens.count && text.tokens[position].joinsPrevious && !text.tokens[position].isLatin
          && CueWords.hasArticle(position, in: text) && Self.isSingularNisba(text.foldedScalars(position))
          && self.nationality(at: position, in: text) == nil
      }
      if closesWithAdjective(end), !result.contains(where: { $0.start == Int(text.tokens[end].start) }) {
        end += 1
      } else if isCompany {
        // موانئ دبي، طيران الإمارات: the head and its place are the company's whole name only
        // with an adjective after (موانئ دبي العالمية); alone they are as often the ports or
        // the air force of the place.
        if !(tokens.count >= 2 && closesWithAdjective(tokens.upperBound - 1)) { continue }
      } else if !isExchange, !(tokens.count >= 2 && closesWithAdjective(tokens.upperBound - 1)) {
        continue
      }
      // A mention already over the head word (a longer name) is left alone.
      let headStart = Int(text.tokens[first - 1].start)
      guard !result.contains(where: { $0.start <= headStart && headStart < $0.end }) else { continue }
      result[number] = nilMention(
        tokens: (first - 1)..<end, type: "ORGANIZATION", evidence: isCompany ? "nil:company-name" : "nil:exchange-name",
        in: text)
    }
    return result
  }

  private static let exchangeHead = NonNameWords.hashes("بورصة").first!
  private static let marketHead = NonNameWords.hashes("سوق").first!
  /// Plural heads of companies named after their city or country and an adjective: موانئ دبي
  /// العالمية، مطارات أبوظبي الدولية، طيران الخليج (a place read as the region).
  private static let companyHeads = NonNameWords.hashes("موانئ مطارات طيران")
}
