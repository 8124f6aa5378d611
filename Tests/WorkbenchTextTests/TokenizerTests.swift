import Testing
import WorkbenchText

@Suite struct TokenizerTests {
  /// (text, expected tokens as "surface/kind/script")
  @Test(arguments: [
    (
      "وصل الوفد إلى دمشق.",
      ["وصل/word/arabic", "الوفد/word/arabic", "إلى/word/arabic", "دمشق/word/arabic", "./punctuation/common"]
    ),
    (
      "Putin met al-Sharaa in Moscow!",
      [
        "Putin/word/latin", "met/word/latin", "al/word/latin", "-/punctuation/common", "Sharaa/word/latin",
        "in/word/latin", "Moscow/word/latin", "!/punctuation/common",
      ]
    ),
    (
      "في ٢٨ كانون الثاني ٢٠٢٦م",
      [
        "في/word/arabic", "٢٨/number/arabic", "كانون/word/arabic", "الثاني/word/arabic", "٢٠٢٦/number/arabic",
        "م/word/arabic",
      ]
    ),
    (
      "بلغ 1,200.5 مليون و٣٫٥٪",
      [
        "بلغ/word/arabic", "1,200.5/number/common", "مليون/word/arabic", "و/word/arabic", "٣٫٥/number/arabic",
        "٪/punctuation/common",
      ]
    ),
    (
      "قال: «نعم»، وأضاف…",
      [
        "قال/word/arabic", ":/punctuation/common", "«/punctuation/common", "نعم/word/arabic", "»/punctuation/common",
        "،/punctuation/common", "وأضاف/word/arabic", "…/punctuation/common",
      ]
    ),
    (
      "زوروا https://example.com/a?b=1. أو www.test.org",
      [
        "زوروا/word/arabic", "https://example.com/a?b=1/url/latin", "./punctuation/common", "أو/word/arabic",
        "www.test.org/url/latin",
      ]
    ),
    ("Ektisadi.com Contact Us", ["Ektisadi.com/url/latin", "Contact/word/latin", "Us/word/latin"]),
    (
      "راسلونا info@news.example.sy اليوم",
      ["راسلونا/word/arabic", "info@news.example.sy/email/latin", "اليوم/word/arabic"]
    ),
    (
      "#سوريا و #Energy2026 عبر @RT_com",
      [
        "#سوريا/hashtag/arabic", "و/word/arabic", "#Energy2026/hashtag/latin", "عبر/word/arabic",
        "@RT_com/mention/latin",
      ]
    ),
    (
      "The U.S. and F16 jets, 28th",
      [
        "The/word/latin", "U/word/latin", "./punctuation/common", "S/word/latin", "./punctuation/common",
        "and/word/latin", "F16/word/latin", "jets/word/latin", ",/punctuation/common", "28/number/common",
        "th/word/latin",
      ]
    ),
    ("ماذا؟؟ Wait...", ["ماذا/word/arabic", "؟؟/punctuation/common", "Wait/word/latin", ".../punctuation/common"]),
    ("مُحَمَّدٌ والـنفط", ["مُحَمَّدٌ/word/arabic", "والـنفط/word/arabic"]),
    ("Ektisadiاقتصادي", ["Ektisadi/word/latin", "اقتصادي/word/arabic"]),
    ("\u{200F}روسيا\u{200E} - Россия", ["روسيا/word/arabic", "-/punctuation/common", "Россия/word/other"]),
    ("نفط 🛢️ و👍🏽", ["نفط/word/arabic", "🛢️/symbol/common", "و/word/arabic", "👍🏽/symbol/common"]),
    ("sold 5G phones", ["sold/word/latin", "5/number/common", "G/word/latin", "phones/word/latin"]),
    (
      "image-2024.jpg",
      ["image/word/latin", "-/punctuation/common", "2024/number/common", "./punctuation/common", "jpg/word/latin"]
    ),
  ])
  func tokenizes(text: String, expected: [String]) {
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer().tokenize(scalars)
    let described = tokens.map { "\($0.surface(in: scalars))/\($0.kind.rawValue)/\($0.script.rawValue)" }
    #expect(described == expected)
  }

  /// Offsets index the original scalars: Python's text[start:end] equals the surface.
  @Test(arguments: [
    (
      "وصل إلى دمشق وفد روسي برئاسة “ألكسندر نوفاك” ، في خطوة",
      [
        (0, 3), (4, 7), (8, 12), (13, 16), (17, 21), (22, 28), (29, 30), (30, 37), (38, 43), (43, 44), (45, 46),
        (47, 49), (50, 54),
      ]
    ),
    ("Oil, gas: 2026", [(0, 3), (3, 4), (5, 8), (8, 9), (10, 14)]),
  ])
  func offsets(text: String, expected: [(Int, Int)]) {
    let tokens = Tokenizer().tokenize(text)
    #expect(tokens.map(\.start) == expected.map(\.0))
    #expect(tokens.map(\.end) == expected.map(\.1))
    let original = ScalarText(text)
    for token in tokens {
      #expect(original.surface(of: token) == original[token.start..<token.end])
    }
  }

  @Test func normalizedTokensMapToOriginalSurfaces() {
    let text = "أعلنت \u{200F}موسكـو\u{200F} في ٢٠٢٦ عن ﻻئحة"
    let normalized = TextNormalizer.search.normalize(text)
    let tokens = Tokenizer().tokenize(normalized)
    let original = ScalarText(text)
    #expect(tokens.map { normalized.string($0.range) } == ["اعلنت", "موسكو", "في", "2026", "عن", "لائحه"])
    #expect(
      tokens.map { original[normalized.originalRange($0.range)] } == ["أعلنت", "موسكـو", "في", "٢٠٢٦", "عن", "ﻻئحة"])
  }

  @Test func numberValues() {
    let scalars = Array("عام ٢٠٢٦ و 1,500 و ٣٫٥".unicodeScalars)
    let numbers = Tokenizer().tokenize(scalars).filter { $0.kind == .number }
    #expect(numbers.map { $0.intValue(in: scalars) } == [2026, 1500, nil])
  }

  @Test func optionsTurnSpecialTokensOff() {
    let text = "www.example.com #tag"
    let tokens = Tokenizer(options: []).tokenize(text)
    #expect(tokens.map(\.kind) == [.word, .punctuation, .word, .punctuation, .word, .punctuation, .word])
  }
}
