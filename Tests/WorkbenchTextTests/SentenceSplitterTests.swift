import Testing
import WorkbenchText

@Suite struct SentenceSplitterTests {
  @Test(arguments: [
    ("وصل الوفد إلى دمشق. وبحث الجانبان التعاون؟ نعم!", ["وصل الوفد إلى دمشق.", "وبحث الجانبان التعاون؟", "نعم!"]),
    ("فقرة أولى بلا نقطة\nفقرة ثانية بلا نقطة", ["فقرة أولى بلا نقطة", "فقرة ثانية بلا نقطة"]),
    ("قال: «نعم.» ثم غادر", ["قال: «نعم.»", "ثم غادر"]),
    ("قال “هذه الزيارة هي الأحدث.” وأضاف", ["قال “هذه الزيارة هي الأحدث.”", "وأضاف"]),
    (
      "Mr. Putin met Dr. Smith in the U.S. on Monday. Then he left.",
      ["Mr. Putin met Dr. Smith in the U.S. on Monday.", "Then he left."]
    ),
    ("The rate rose to 3.5 percent. Oil fell.", ["The rate rose to 3.5 percent.", "Oil fell."]),
    ("Visit Ektisadi.com today. Thanks", ["Visit Ektisadi.com today.", "Thanks"]),
    ("He paused... and went on. Why?! Because.", ["He paused... and went on.", "Why?!", "Because."]),
    ("التقى د. محمد الوزير. وانتهى الاجتماع", ["التقى د. محمد الوزير.", "وانتهى الاجتماع"]),
    ("سقط نظام الأسد.وأكد الجانبان", ["سقط نظام الأسد.", "وأكد الجانبان"]),
    ("  \n\n  ", [String]()),
    ("بلا علامات", ["بلا علامات"]),
  ])
  func splits(text: String, expected: [String]) {
    let original = ScalarText(text)
    #expect(SentenceSplitter().sentences(text).map { original[$0] } == expected)
  }

  @Test func offsetsOfSentences() {
    let text = "أولى. ثانية\nثالثة"
    #expect(SentenceSplitter().sentences(text) == [0..<5, 6..<11, 12..<17])
  }

  @Test func blankLinesOnlyWhenLineBreaksDoNotEndSentences() {
    let text = "a wrapped\nline. Next\n\nparagraph"
    let original = ScalarText(text)
    let sentences = SentenceSplitter(lineBreaksEndSentences: false).sentences(text).map { original[$0] }
    #expect(sentences == ["a wrapped\nline.", "Next", "paragraph"])
  }
}
