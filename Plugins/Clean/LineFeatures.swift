import WorkbenchText

/// What the boilerplate rules look at in one non-blank line.
struct LineFeatures {
  /// The line without surrounding whitespace, as scalar offsets into the document.
  var range: Range<Int>
  /// The line's words and numbers, folded (`TextNormalizer.retrieval`) and joined by single
  /// spaces: the form phrase lists are compared in.
  var words: String
  var wordCount: Int
  var urlCount: Int
  /// Tokens that are neither URLs nor punctuation.
  var otherTokenCount: Int
  var hasDigits: Bool
  var endsWithSentencePunctuation: Bool
  var containsWhitespace: Bool
  var language: LanguageGuess

  static let normalizer = TextNormalizer.retrieval
  static let tokenizer = Tokenizer()

  init(scalars: [Unicode.Scalar], range: Range<Int>, identifier: LanguageIdentifier) {
    self.range = range
    let line = scalars[range]
    let normalized = Self.normalizer.normalize(ScalarString.make(line))
    let normalizedScalars = normalized.scalars
    var wordBytes: [UInt8] = []
    wordBytes.reserveCapacity(normalizedScalars.count * 2)
    var wordCount = 0
    var urls = 0
    var others = 0
    var digits = false
    Self.tokenizer.forEachToken(in: normalizedScalars) { token in
      switch token.kind {
      case .word, .number, .hashtag, .mention, .email:
        if wordCount > 0 { wordBytes.append(0x20) }
        ScalarString.append(normalizedScalars[token.range], to: &wordBytes)
        wordCount += 1
        others += 1
        if token.kind == .number { digits = true }
      case .url:
        urls += 1
      case .symbol:
        others += 1
      case .punctuation:
        break
      }
    }
    self.words = String(decoding: wordBytes, as: UTF8.self)
    self.wordCount = wordCount
    self.urlCount = urls
    self.otherTokenCount = others
    self.hasDigits = digits
    let last = line.last.map { $0.value } ?? 0
    self.endsWithSentencePunctuation = [0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4].contains(last)
    self.containsWhitespace = line.contains { ScalarClass.of($0.value) == .whitespace }
    self.language = identifier.identify(scalars, range)
  }

  /// Short, unpunctuated lines: labels, menu entries, site names.
  func isLabelLike(maximumWords: Int) -> Bool {
    wordCount >= 1 && wordCount <= maximumWords && range.count <= 40 && !endsWithSentencePunctuation
  }

  /// The folded words form of any phrase, so lists can be written in natural spelling.
  static func fold(_ phrase: String) -> String {
    let normalized = normalizer.normalize(phrase)
    var words: [String] = []
    tokenizer.forEachToken(in: normalized.scalars) { token in
      if token.kind != .punctuation { words.append(normalized.string(token.range)) }
    }
    return words.joined(separator: " ")
  }
}
