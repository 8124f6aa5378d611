import Testing
import WorkbenchText

/// `ScalarText.scalars(of:)` decodes UTF-8 itself: it must agree with the standard library.
@Suite struct ScalarTextTests {
  @Test(arguments: [
    "", "plain ASCII text.", "أعلنت موسكـو ٢٠٢٦ أنّ", "mixed: café Ω ﷲ 中文 😀👍🏽 end",
    "\u{FEFF}\u{200F}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
  ])
  func decodesLikeTheStandardLibrary(text: String) {
    #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
  }

  @Test func decodesABridgedSubstringCopy() {
    let text = String("xx Arabic: السلام عليكم yy".dropFirst(3).dropLast(3))
    #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
  }
}
