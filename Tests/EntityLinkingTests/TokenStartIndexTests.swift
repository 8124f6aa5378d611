import Testing

@testable import EntityLinking

/// The tokens under scalar offsets are the same read from the index of token starts as found by
/// bisection, for offsets on, inside, between and past the tokens.
@Suite struct TokenStartIndexTests {
  static let text = "Olaf Scholz met  أحمد الشرع in Berlin."

  @Test(arguments: [
    (0, 11, 0..<2),  // "Olaf Scholz"
    (5, 11, 1..<2),  // "Scholz"
    (1, 11, 1..<2),  // inside "Olaf": only "Scholz" lies wholly within
    (11, 16, 2..<3),  // " met " and the second space
    (17, 27, 3..<5),  // "أحمد الشرع"
    (31, 37, 6..<7),  // "Berlin"
    (37, 38, 7..<7),  // the full stop, after the last token
    (40, 45, 7..<7),  // past the end of the text
  ])
  func tokensWithinOffsets(_ start: Int, _ end: Int, _ expected: Range<Int>) {
    var text = TokenizedText(Self.text)
    #expect(text.tokens(within: start, end) == expected)
    text.indexTokenStarts()
    #expect(text.tokens(within: start, end) == expected)
  }

  /// A NIL cluster id is "nil:" and the first 12 of the 16 hex digits of the hash of
  /// "TYPE|name" (FNV-1a over the scalars), zero-padded: the ids of earlier runs stay valid.
  @Test(arguments: [("PERSON", "olaf scholz"), ("ORGANIZATION", "الاتحاد"), ("LOCATION", "")])
  func clusterIDs(_ type: String, _ name: String) {
    var hash = TokenizedText.fnvOffset
    for value in (type + "|" + name).unicodeScalars { hash = TokenizedText.mix(hash, value.value) }
    let hex = String(hash, radix: 16)
    let expected = "nil:" + (String(repeating: "0", count: 16 - hex.count) + hex).prefix(12)
    #expect(NilMentionFinder.clusterID(name: name, type: type) == expected)
  }
}
