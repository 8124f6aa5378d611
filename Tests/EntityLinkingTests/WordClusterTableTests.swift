import EntityLinking
import Testing

/// The word-cluster table the tagger reads: folding, the first of two folded-equal words,
/// malformed lines, and the open-addressing look-up agreeing with the table for many words.
@Suite struct WordClusterTableTests {
  static let table = WordClusterTable(
    tsv: """
      # fixture written for the test
      وزاره\t3\t17\t201
      london\t1\t4\t9
      London\t2\t2\t2
      ماكرون\t0\t0\t5
      broken line
      paris\tx\t1\t1
      """)

  @Test(arguments: [
    ("وزارة", 3, 17, 201),  // ة folds to ه
    ("وزاره", 3, 17, 201),
    ("LONDON", 1, 4, 9),  // case folds; the first of two folded-equal lines wins
    ("ماكرون", 0, 0, 5),
  ])
  func listedWord(word: String, coarse: Int, mid: Int, fine: Int) {
    let levels = Self.table.levels(of: word)
    #expect(levels?.coarse == coarse)
    #expect(levels?.mid == mid)
    #expect(levels?.fine == fine)
  }

  @Test(arguments: ["paris", "broken", "ميركل", "two words"])
  func unlistedOrMalformed(word: String) {
    #expect(Self.table.levels(of: word) == nil)
  }

  @Test func everyWordOfALargeTableIsFound() {
    let words = (0..<3000).map { "w\($0)x" }
    let table = WordClusterTable(
      tsv: words.enumerated().map { "\($0.element)\t\($0.offset % 16)\t\($0.offset % 64)\t\($0.offset % 512)" }
        .joined(separator: "\n"))
    let wrong = words.enumerated().filter { number, word in
      guard let levels = table.levels(of: word) else { return true }
      return levels.coarse != number % 16 || levels.mid != number % 64 || levels.fine != number % 512
    }
    #expect(wrong.isEmpty)
    #expect(table.levels(of: "w3000x") == nil)
  }
}
