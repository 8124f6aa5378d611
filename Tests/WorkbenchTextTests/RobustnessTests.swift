import Testing
import WorkbenchText

/// Bad input never crashes and stays linear: these inputs would hang a quadratic scan.
@Suite struct RobustnessTests {
  /// Every token's offsets lie inside the text, in order, non-empty and non-overlapping.
  func checkTokens(_ text: String) -> [Token] {
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer().tokenize(scalars)
    var previousEnd = 0
    for token in tokens {
      #expect(token.start >= previousEnd && token.end > token.start && token.end <= scalars.count)
      previousEnd = token.end
    }
    return tokens
  }

  @Test func unpairedBidiMarksAndControls() {
    let text = "\u{202B}روسيا\u{202E} \u{2067}سوريا \u{200F}\u{0000}\u{0007}oil\u{001B}[0m \u{FEFF}\u{200D}\u{200C}"
    let tokens = checkTokens(text)
    let original = ScalarText(text)
    #expect(tokens.map { original.surface(of: $0) } == ["روسيا", "سوريا", "oil", "[", "0", "m"])
    #expect(TextNormalizer.search.normalize(text).string == "روسيا سوريا \u{0000}\u{0007}oil\u{001B}[0m ")
    #expect(SentenceSplitter().sentences(text).count == 1)
  }

  @Test func veryLongTokens() {
    let arabic = String(repeating: "ب", count: 200_000)
    let arabicTokens = checkTokens(arabic)
    #expect(arabicTokens.count == 1 && arabicTokens[0].length == 200_000)
    let scalars = Array(arabic.unicodeScalars)
    #expect(LightStemmer().stem(scalars, 0..<scalars.count) == 0..<scalars.count)
    #expect(!CliticSegmenter().segment(scalars, 0..<scalars.count).isSplit)
    let url = "https://example.com/" + String(repeating: "a", count: 200_000)
    #expect(checkTokens(url).map(\.kind) == [.url])
    #expect(checkTokens("#" + String(repeating: "وسم", count: 50_000)).map(\.kind) == [.hashtag])
  }

  @Test(arguments: ["a.", "a-", "a_", "a@", "1.", "؟ ", ". ", "x.y@", "(", "#", "@"])
  func repeatedPatternsStayLinear(unit: String) {
    let text = String(repeating: unit, count: 100_000)
    _ = checkTokens(text)
    _ = SentenceSplitter().sentences(text)
    _ = TextNormalizer.retrieval.normalize(text)
    _ = LanguageIdentifier().identify(text)
  }

  @Test func largeSingleLineDocument() {
    let sentence = "وصل الوفد الروسي إلى دمشق لبحث التعاون في مجالات الطاقة، Oil prices rose 3.5% in ٢٠٢٦. "
    let text = String(repeating: sentence, count: 25_000)  // about 3 MB, one line
    #expect(text.utf8.count > 2_500_000)
    let normalized = TextNormalizer.retrieval.normalize(text)
    let tokens = Tokenizer().tokenize(normalized)
    let perSentence = Tokenizer().tokenize(sentence).count
    #expect(tokens.count == perSentence * 25_000)
    #expect(normalized.originalRange(0..<normalized.count) == 0..<text.unicodeScalars.count)
    #expect(SentenceSplitter().sentences(text).count == 25_000)
    let stemmer = LightStemmer()
    var stems = 0
    for token in tokens where token.kind == .word { stems += stemmer.stem(normalized.scalars, token.range).count }
    #expect(stems > 0)
  }
}
