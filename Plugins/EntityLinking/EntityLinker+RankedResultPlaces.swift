extension EntityLinker {
  /// The country in parentheses after a ranked name in a results list, run on in one line or one
  /// a line ("1. Donovan Bailey ( Canada ) 9.84 2. Frankie Fredericks ( Namibia ) 9.89"): a
  /// place, where the tagger, reading a list like prose, gives MISC or nothing. The list's
  /// persons are then found from the places (`resultListPersons`). The shape read: a number
  /// with its full stop, one to four capitalized words, one to three capitalized words in
  /// parentheses, then a number (a time, a score). Read only after a token that follows "(".
  func rankedResultPlaces(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    let count = text.tokens.count
    var places: [Range<Int>] = []
    for inside in text.tokens.indices
    where text.tokens[inside].scalarBefore == 0x28 && inside >= 3 && text.tokens[inside].isLatin
      && text.tokens[inside].startsUppercase
    {
      var end = inside
      while end < count, end - inside < 3, text.tokens[end].isLatin, text.tokens[end].startsUppercase,
        end == inside || text.tokens[end].joinsPrevious
      {
        end += 1
      }
      guard end < count, NonNameWords.isNumber(end, in: text), closesParenthesisBefore(end, in: text),
        let rank = rankBefore(inside, in: text), rank < inside - 1
      else { continue }
      places.append(inside..<end)
    }
    guard !places.isEmpty else { return mentions }
    var result = mentions
    for place in places {
      let mention = nilMention(tokens: place, type: "LOCATION", evidence: "nil:results-list", in: text)
      // A place or a team already found there stays.
      if result.contains(where: {
        $0.start < mention.end && mention.start < $0.end && $0.label != "MISC" && $0.label != "PERSON"
      }) {
        continue
      }
      result = replacingOverlaps(result, with: mention)
    }
    return result
  }

  /// Whether the gap before the token holds ")".
  private func closesParenthesisBefore(_ position: Int, in text: TokenizedText) -> Bool {
    (Int(text.tokens[position - 1].end)..<Int(text.tokens[position].start)).contains {
      text.scalar(at: $0).value == 0x29
    }
  }

  /// The rank before a name that ends right before "(" at `parenthesis`: a number followed by
  /// a full stop, then one to four capitalized words up to the parenthesis.
  private func rankBefore(_ parenthesis: Int, in text: TokenizedText) -> Int? {
    var position = parenthesis - 1
    while position > 0, parenthesis - position <= 4, text.tokens[position].isLatin,
      text.tokens[position].startsUppercase
    {
      if NonNameWords.isNumber(position - 1, in: text), text.tokens[position].scalarBefore == 0x2E,
        Int(text.tokens[position].start) == Int(text.tokens[position - 1].end) + 2
      {
        return position - 1
      }
      position -= 1
    }
    return nil
  }
}
