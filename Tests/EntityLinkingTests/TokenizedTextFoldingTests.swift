import Testing

@testable import EntityLinking

/// The tokenizer's folded scalars and the word checks that read them: the same folds and
/// offsets whatever the text's length in bytes, and the Latin word lists looked up exactly.
@Suite struct TokenizedTextFoldingTests {
  /// A ligature that folds to many scalars (ﷺ) gives more folded scalars than the text has
  /// bytes; every one is kept, and the words after it keep their own folds and offsets.
  @Test func expandingLigaturesKeepEveryFoldedScalar() throws {
    let ligatures = String(repeating: "\u{FDFA}", count: 40)
    let text = TokenizedText(ligatures + " Damascus دمشق")
    let parts = try #require(NameFolding.expansions[0xFDFA])
    #expect(text.tokens.count == 3)
    #expect(text.foldedScalars(0).count == 40 * parts.count)
    #expect(text.foldedString(1) == "damascus")
    #expect(text.foldedString(2) == "دمشق")
    // The first folded scalar of "Damascus" is at its D, scalar 41 of the text.
    #expect(text.foldedOffsets[Int(text.tokens[1].foldedStart)] == 41)
    #expect(text.text(scalarsFrom: Int(text.tokens[2].start), to: Int(text.tokens[2].end)) == "دمشق")
  }

  @Test(arguments: [
    ("Erdoğan", "erdogan"),
    ("أحمد", "احمد"),
    ("مدرسة", "مدرسه"),
    ("MOSCOW", "moscow"),
  ])
  func foldedStringIsTheWordFolded(word: String, folded: String) {
    #expect(TokenizedText(word).foldedString(0) == folded)
  }

  @Test func latinStopwordsAndTitlesAreLookedUpExactly() {
    let text = TokenizedText("The President met Theo Mayors")
    #expect(NilMentionFinder.isLatinStopword(0, in: text))
    #expect(!NilMentionFinder.isLatinTitle(0, in: text))
    #expect(NilMentionFinder.isLatinTitle(1, in: text))
    #expect(!NilMentionFinder.isLatinStopword(3, in: text))
    #expect(!NilMentionFinder.isLatinTitle(4, in: text))
  }
}
