import Testing
import WorkbenchText

@Suite struct NormalizationTests {
  @Test(arguments: [
    // (folds, input, expected normalized text)
    ("search", "أعلنت إيران آمالها", "اعلنت ايران امالها"),
    ("search", "مُحَمَّدٌ", "محمد"),
    ("search", "موسكـــو", "موسكو"),
    ("search", "مستشفى السلامة", "مستشفي السلامه"),
    ("search", "٢٨ كانون الثاني ٢٠٢٦", "28 كانون الثاني 2026"),
    ("search", "۱۴۰۳", "1403"),
    ("search", "ﻻ ﷲ", "لا الله"),
    ("search", "ﻷن", "لان"),
    ("search", "Ektisadi.COM", "ektisadi.com"),
    ("search", "Ｒｕｓｓｉａ ＯＩＬ", "russia oil"),
    ("search", "\u{200F}روسيا\u{200E} and\u{202B} Syria\u{202C}", "روسيا and syria"),
    ("search", "مسؤول سئل", "مسؤول سئل"),
    ("search", "قال، لماذا؟", "قال، لماذا؟"),
    ("retrieval", "مسؤول سئل", "مسوول سيل"),
    ("retrieval", "قال، لماذا؟ ٥٠٪", "قال, لماذا? 50%"),
    ("retrieval", "کتاب فارسی", "كتاب فارسي"),
    ("minimal", "أعلنـت مُحَمَّد", "أعلنت مُحَمَّد"),
    ("none", "Aأ\u{200F}", "Aأ\u{200F}"),
    ("search", "Éric ÇA Ωmega", "éric ça ωmega"),
    ("search", "a\u{00A0}b", "a b"),
  ])
  func folds(preset: String, input: String, expected: String) throws {
    let folds = try #require(NormalizationFolds(names: [preset]))
    #expect(TextNormalizer(folds: folds).normalize(input).string == expected)
    #expect(TextNormalizer(folds: folds).normalizedString(input) == expected)
  }

  @Test(arguments: [
    ([String](["alef"]), "أإآٱ", "اااا"),
    (["alef_maqsura"], "على", "علي"),
    (["ta_marbuta"], "مدينة", "مدينه"),
    (["hamza_carriers"], "ؤئ", "وي"),
    (["digits"], "٣٫٥ و١٬٢٠٠", "3.5 و1,200"),
    (["punctuation"], "،؛؟٪", ",;?%"),
    (["case_folding"], "OIL Gas", "oil gas"),
    (["controls"], "\u{FEFF}a\u{200B}b\u{2067}c\u{2069}", "abc"),
    (["tashkeel"], "كَتَبَ", "كتب"),
    (["tatweel"], "كـتب", "كتب"),
    (["compatibility"], "ﬁx ①", "fix 1"),
  ])
  func singleFolds(names: [String], input: String, expected: String) throws {
    let folds = try #require(NormalizationFolds(names: names))
    #expect(TextNormalizer(folds: folds).normalize(input).string == expected)
  }

  @Test func unknownFoldNameIsRejected() {
    #expect(NormalizationFolds(names: ["alef", "alif"]) == nil)
    #expect(NormalizationFolds(names: ["search"]) == .search)
    #expect(NormalizationFolds.retrieval.names.count == NormalizationFolds.named.count)
  }

  /// A match found on the normalized text maps back to exactly the original word.
  @Test(arguments: [
    ("وصل إلى موسكـو أمس", "موسكو", "موسكـو"),
    ("قال مُحَمَّدٌ اليوم", "محمد", "مُحَمَّدٌ"),
    ("الرئيس \u{200F}بوتين\u{200F} قال", "بوتين", "بوتين"),
    ("ﻻعب", "لاعب", "ﻻعب"),
    ("في عام ٢٠٢٦ تقريبا", "2026", "٢٠٢٦"),
    ("Visit ＭＯＳＣＯＷ now", "moscow", "ＭＯＳＣＯＷ"),
  ])
  func matchesMapBackToTheOriginal(text: String, needle: String, originalSurface: String) throws {
    let normalized = TextNormalizer.search.normalize(text)
    let haystack = normalized.scalars
    let pattern = Array(needle.unicodeScalars)
    let position = try #require(
      (0...(haystack.count - pattern.count)).first { haystack[$0..<$0 + pattern.count].elementsEqual(pattern) })
    let original = normalized.originalRange(position..<position + pattern.count)
    #expect(ScalarText(text)[original] == originalSurface)
    #expect(normalized.normalizedRange(overlapping: original) == position..<position + pattern.count)
  }

  @Test func offsetsAreMonotonicAndCoverTheOriginal() {
    let text = "ﷲ أكبرُ، \u{200F}Ｏｉｌ ـ ١٢"
    let normalized = TextNormalizer.retrieval.normalize(text)
    #expect(normalized.originalCount == text.unicodeScalars.count)
    var previous = 0
    for index in 0..<normalized.count {
      let range = normalized.originalRange(index..<index + 1)
      #expect(range.lowerBound >= previous)
      #expect(range.upperBound > range.lowerBound)
      previous = range.lowerBound
    }
    #expect(
      normalized.originalRange(normalized.count..<normalized.count) == normalized
        .originalCount..<normalized.originalCount)
  }

  @Test func emptyText() {
    let normalized = TextNormalizer.search.normalize("")
    #expect(normalized.count == 0)
    #expect(normalized.originalRange(0..<0) == 0..<0)
    #expect(normalized.string == "")
  }
}
