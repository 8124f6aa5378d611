import Testing
import WorkbenchText

@Suite struct ArabicLexiconTests {
  static let table = """
    # word<TAB>count
    سوريا\t120
    وزارة\t40
    أحمد\t7
    احمد\t3
    bad line without a tab
    روسيا\tmany
    موسكو\t12\textra
    """

  @Test(arguments: [
    ("سوريا", 120),
    ("وزارة", 40),
    ("احمد", 10),  // أحمد and احمد fold to one key; their counts add up
    ("روسيا", 0),  // the count is not a number
    ("موسكو", 0),  // three fields
    ("دمشق", 0),
  ])
  func countsComeFromTheTable(word: String, expected: Int) {
    #expect(ArabicLexicon(tsv: Self.table).count(of: word) == expected)
  }

  @Test func theShippedLexiconKnowsCommonNewsWords() {
    #expect(ArabicLexicon.shared.count > 10_000)
    #expect(ArabicLexicon.shared.count(of: "وزارة") > 0)
  }
}
