import Testing
import WorkbenchText

@Suite struct CliticSegmenterTests {
  let segmenter = CliticSegmenter()

  @Test(arguments: [
    ("والمسؤولين", ["و", "ال", "مسؤولين"]),
    ("وبالنفط", ["و", "ب", "ال", "نفط"]),
    ("للطاقة", ["ل", "ل", "طاقة"]),
    ("فللتعاون", ["ف", "ل", "ل", "تعاون"]),
    ("وسوريا", ["و", "سوريا"]),
    ("ودمشق", ["و", "دمشق"]),
    ("وبوتين", ["و", "بوتين"]),
    ("كالعادة", ["ك", "ال", "عادة"]),
    ("الحكومة", ["ال", "حكومة"]),
    ("حكومتها", ["حكومت", "ها"]),
    ("رئيسها", ["رئيس", "ها"]),
    ("وعلاقاتها", ["و", "علاقات", "ها"]),
    ("موقفه", ["موقف", "ه"]),
    ("حزبهم", ["حزب", "هم"]),
    // Names and words that merely start or end with clitic letters stay whole.
    ("بوتين", ["بوتين"]),
    ("موسكو", ["موسكو"]),
    ("لبنان", ["لبنان"]),
    ("فلاديمير", ["فلاديمير"]),
    ("البابا", ["البابا"]),
    ("وزارة", ["وزارة"]),
    ("وفد", ["وفد"]),
    ("بلاد", ["بلاد"]),
    ("كانون", ["كانون"]),
    ("الذي", ["الذي"]),
    ("إلى", ["إلى"]),
    ("مدينة", ["مدينة"]),
    ("اتجاه", ["اتجاه"]),
    ("Moscow", ["Moscow"]),
  ])
  func splits(word: String, expected: [String]) {
    #expect(segmenter.split(word) == expected)
  }

  @Test func segmentationsKeepOriginalOffsets() {
    let text = "وصل \u{200F}وبالنفطِ إلى الحكومةِ"
    let words = segmenter.segmentWords(text)
    let original = ScalarText(text)
    #expect(words.map { original[$0.word] } == ["وصل", "وبالنفطِ", "إلى", "الحكومةِ"])
    #expect(words.map { original[$0.stem] } == ["وصل", "نفطِ", "إلى", "حكومةِ"])
    #expect(words[1].procliticPieces.map { original[$0] } == ["و", "ب", "ال"])
    #expect(words[1].word == 5..<13)
    #expect(words[1].stem == 9..<13)
  }

  @Test func tokenizesWithCliticsSplit() {
    let text = "وصل وفد \u{200F}وبالنفطِ إلى موسكو، وللطاقة ٢٠٢٦"
    let tokens = segmenter.tokenize(text)
    let original = ScalarText(text)
    #expect(
      tokens.map { original[$0.range] } == [
        "وصل", "وفد", "و", "ب", "ال", "نفطِ", "إلى", "موسكو", "،", "و", "ل", "ل", "طاقة", "٢٠٢٦",
      ])
    #expect(tokens.map(\.start) == [0, 4, 9, 10, 11, 13, 18, 22, 27, 29, 30, 31, 32, 37])
    #expect(tokens.last?.kind == .number)
  }
}
