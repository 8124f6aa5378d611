/// Words that stand around names in news but are never a name on their own: compass words
/// before a place ("جنوب المغرب", "north of Beirut": a direction, not the region called South).
///
/// Kept apart from `CueWords`, whose classes are tagger features: these change only the rules.
enum NonNameWords {
  /// Folded hashes of the compass words (as written or after proclitics: وجنوب، بشمال).
  static let compassWords = hashes(
    """
    جنوب شمال شرق غرب جنوبي شمالي شرقي غربي south north east west
    """)

  /// Whether the token is a compass word directly followed by another word: a direction.
  static func isDirection(_ position: Int, in text: TokenizedText) -> Bool {
    position + 1 < text.tokens.count && text.tokens[position + 1].joinsPrevious
      && contains(compassWords, position, in: text)
  }

  private static func contains(_ words: Set<UInt64>, _ position: Int, in text: TokenizedText) -> Bool {
    AliasIndex.cliticVariants(of: position, in: text).contains(where: words.contains)
  }

  private static func hashes(_ words: String) -> Set<UInt64> {
    Set(
      words.split(whereSeparator: \.isWhitespace).map {
        TokenizedText.hash(NameFolding.fold(String($0)).unicodeScalars.map(\.value))
      })
  }
}
