import Foundation
import Testing
import WorkbenchText

/// Offsets over the five seed articles: every token cut from the original text has a
/// surface without whitespace, and every token found on the normalized text maps back to an
/// original span that normalizes to exactly that token.
@Suite struct SeedOffsetTests {
  static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

  static let files = [
    "000_b8fbc64c6013c1a4.txt", "001_7148f330e748e87e.txt", "002_095f6d28d59887e7.txt",
    "003_02a1ff8d6132f0a2.txt", "004_172edc32d39c3b1d.txt",
  ]

  func read(_ file: String) throws -> String {
    try String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8)
  }

  @Test(arguments: files)
  func originalTokens(file: String) throws {
    let text = try read(file)
    // Python's text[start:end]: index the scalars independently of the tokenizer.
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer().tokenize(text)
    #expect(tokens.count > 100)
    for token in tokens {
      let surface = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
      #expect(!surface.isEmpty && !surface.unicodeScalars.contains { $0.properties.isWhitespace })
    }
    // Every non-space scalar outside tokens is an invisible control.
    var covered = [Bool](repeating: false, count: scalars.count)
    for token in tokens { for index in token.range { covered[index] = true } }
    for (index, scalar) in scalars.enumerated() where !covered[index] {
      #expect(ScalarClass.of(scalar.value) == .whitespace || ScalarClass.of(scalar.value) == .invisible)
    }
  }

  @Test(arguments: files)
  func normalizedTokensMapBack(file: String) throws {
    let text = try read(file)
    let original = ScalarText(text)
    for normalizer in [TextNormalizer.search, .retrieval] {
      let normalized = normalizer.normalize(text)
      for token in Tokenizer().tokenize(normalized) {
        let span = original[normalized.originalRange(token.range)]
        #expect(normalizer.normalizedString(span) == normalized.string(token.range))
      }
    }
  }

  @Test(arguments: files)
  func segmentedWordsCoverTheirWord(file: String) throws {
    let text = try read(file)
    let original = ScalarText(text)
    for word in CliticSegmenter().segmentWords(text) {
      let pieces = word.pieces.map { original[$0] }.joined()
      #expect(pieces == original[word.word])
    }
  }
}
