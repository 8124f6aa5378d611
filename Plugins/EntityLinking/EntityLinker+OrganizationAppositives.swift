extension EntityLinker {
  /// English names that an appositive describes as a body ("Acas, the conciliation service,",
  /// "Ofwat, the water regulator."): ORGANIZATION where the tagger read a person, a place or
  /// MISC, and the same name elsewhere in the story with it (evidence `nil:organization-appositive`).
  /// The appositive is ", the", one to three words in lower case joined by spaces, and a body's
  /// noun that closes it (a comma, a full stop, a semicolon, a bracket or the text's end after it):
  /// "Maria Okafor, the agency's chief" and "X, the union leader" end in a person's word and stay
  /// as they are. Only NIL names change, and only the tokens after each mention are read.
  func organizationAppositives(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    var bodies = Set<String>()
    for (index, mention) in mentions.enumerated()
    where mention.isNil && mention.label != "ORGANIZATION" && mention.label != "DEMONYM" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin, isDescribedAsABody(after: tokens, in: text)
      else { continue }
      result[index] = nilMention(
        tokens: tokens, type: "ORGANIZATION", evidence: "nil:organization-appositive", in: text)
      bodies.insert(result[index].nameEnglish)
    }
    guard !bodies.isEmpty else { return result }
    // One sense per story: "Acas, the conciliation service" is the body wherever it is named.
    for index in result.indices
    where result[index].isNil && result[index].label != "ORGANIZATION" && result[index].label != "DEMONYM"
      && bodies.contains(result[index].nameEnglish)
    {
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard !tokens.isEmpty else { continue }
      result[index] = nilMention(
        tokens: tokens, type: "ORGANIZATION", evidence: "nil:organization-appositive", in: text)
    }
    return result
  }

  /// Whether ", the" and up to three lower-case words closing on a body's noun follow the name.
  private func isDescribedAsABody(after name: Range<Int>, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    let article = name.upperBound
    guard article + 1 < tokens.count, tokens[article].scalarBefore == 0x2C, tokens[article].isLatin,
      tokens[article].hash == Self.appositiveArticle
    else { return false }
    var position = article + 1
    while position < tokens.count, position - article <= 3, tokens[position].isLatin,
      !tokens[position].startsUppercase, tokens[position].joinsPrevious
    {
      position += 1
    }
    let head = position - 1
    guard head > article, Self.bodyNouns.contains(tokens[head].hash)
    else { return false }
    return position == tokens.count || [0x2C, 0x2E, 0x3B, 0x29].contains(tokens[position].scalarBefore)
  }

  private static let appositiveArticle = NonNameWords.hashes("the").first!
  /// Nouns that name a body (a `WordHashSet`: its bit filter answers first), not a person: "the conciliation service", "the energy regulator".
  private static let bodyNouns = NonNameWords.hashes(
    """
    service agency body union watchdog regulator authority commission council charity company firm \
    group insurer lender carrier airline broadcaster organisation organization association federation \
    institute foundation ministry department consortium conglomerate retailer supermarket bank
    """)
}
