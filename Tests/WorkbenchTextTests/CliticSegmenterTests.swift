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
}
