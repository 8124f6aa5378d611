import Testing
import WorkbenchText

@Suite struct LanguageAndStopwordTests {
  @Test(arguments: [
    ("وصل إلى دمشق وفد روسي برئاسة نائب رئيس الوزراء", Language.arabic),
    ("I really enjoyed reading this post, thanks for sharing it with us.", .english),
    ("Contact Us", .english),
    ("Le gouvernement a annoncé une nouvelle réforme des retraites", .other),
    ("Россия и Сирия обсудили сотрудничество", .other),
    ("این یک متن فارسی است که پیش از این نوشته شد", .persian),
    ("١٢٣ - 456 !", .none),
    ("زار الرئيس موسكو (Credit: AFP) أمس", .arabic),
  ])
  func identifiesLanguages(text: String, expected: Language) {
    #expect(LanguageIdentifier().identify(text).language == expected)
  }

  @Test func identifiesLanguagePerLine() {
    let text = "وصل الوفد الروسي إلى دمشق اليوم\n\nThanks for this great post, it was a good read.\n"
    let lines = LanguageIdentifier().identifyLines(text)
    #expect(lines.map(\.guess.language) == [.arabic, .english])
    #expect(lines.map(\.range) == [0..<31, 33..<80])
  }

  @Test(arguments: [
    ("في", true), ("وفي", true), ("فهو", true), ("بهذا", true), ("وبهذا", true), ("لهذه", true),
    ("إلى", true), ("الى", true), ("التي", true), ("هذه", true), ("الحكومة", false), ("روسيا", false),
    ("the", true), ("The", true), ("with", true), ("oil", false), ("Moscow", false),
  ])
  func stopwords(word: String, expected: Bool) {
    #expect(Stopwords.arabicAndEnglish.contains(word) == expected)
  }

  @Test func listsAreSeparate() {
    #expect(Stopwords.arabic.contains("في"))
    #expect(!Stopwords.arabic.contains("the"))
    #expect(Stopwords.english.contains("the"))
    #expect(!Stopwords.english.contains("في"))
    #expect(Stopwords.arabic.count > 400)
  }

  @Test func lines() {
    let text = "a\r\n\n  b  \u{2029}c"
    #expect(Lines.ranges(text) == [0..<1, 6..<7, 10..<11])
    #expect(Lines.allRanges(Array(text.unicodeScalars)) == [0..<1, 3..<3, 4..<9, 10..<11])
  }
}
