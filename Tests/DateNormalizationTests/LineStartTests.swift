import DateNormalization
import Testing

/// An expression that opens a line (a paragraph or a headline's next line) is found like one
/// inside a sentence, and no expression runs across a line break. Against Friday 2024-03-08.
@Suite struct LineStartTests {
  @Test(
    arguments: [
      ("The minister spoke.\nYesterday the talks stalled.", ["Yesterday=2024-03-07"]),
      ("The minister spoke.\n\nOn Monday, talks resumed.", ["Monday=2024-03-04"]),
      ("Markets were calm.\nMarch 3rd was the last quiet day.", ["March 3rd=2024-03-03"]),
      ("Shares fell.\nlast week they had risen.", ["last week=2024-W09"]),
      ("قال الوزير إن المحادثات مستمرة.\nأمس وصل الوفد إلى الدوحة.", ["أمس=2024-03-07"]),
      ("بدأت الجولة.\n\nالأحد المقبل تبدأ المحادثات.", ["الأحد المقبل=2024-03-10"]),
      ("Talks ended on March\n3 people were hurt.", []),
    ] as [(String, [String])])
  func expressionOpeningALine(text: String, expected: [String]) {
    #expect(found(text, "2024-03-08") == expected)
  }
}
