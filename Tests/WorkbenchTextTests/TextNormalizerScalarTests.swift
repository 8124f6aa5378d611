import Testing
import WorkbenchText

/// `normalize(_: [Unicode.Scalar])` (the stages' path when they hold the scalars already) gives
/// exactly what `normalize(_: String)` gives: scalars and the map back to the original.
@Suite struct TextNormalizerScalarTests {
  static let texts = [
    "", "أعلنت موسكـو ٢٠٢٦ أنّ الوفدَ وصل", "Ligatures ﬁ and ﬂ, full-width ＡＢＣ１２３",
    "\u{200F}bidi\u{200E} marks and tatweel ـــ between", "ﷲ ﻻ presentation forms",
    // Enough expansions to outgrow the fast path's slack: it must fall back, not truncate.
    String(repeating: "ﷲ", count: 100) + " end",
  ]

  @Test(arguments: [TextNormalizer.retrieval, .search, .minimal], texts)
  func scalarArrayAgreesWithString(normalizer: TextNormalizer, text: String) {
    let fromString = normalizer.normalize(text)
    let fromScalars = normalizer.normalize(Array(text.unicodeScalars))
    #expect(fromScalars.scalars == fromString.scalars)
    #expect(fromScalars.originalCount == fromString.originalCount)
    for index in 0..<fromString.count {
      #expect(fromScalars.originalRange(index..<index + 1) == fromString.originalRange(index..<index + 1))
    }
  }
}
