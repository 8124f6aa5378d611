import WorkbenchText

/// A text as the featurizer reads it: normalized with WorkbenchText's retrieval folds (with the
/// map back to original offsets) and tokenized once, so sentences and clauses are token ranges.
struct SentimentText: Sendable {
  let normalized: NormalizedText
  let tokens: [Token]

  init(_ text: String) {
    self.init(normalized: SentimentFeaturizer.normalizer.normalize(text))
  }

  /// A text already read into scalars; offsets index `scalars`.
  init(_ scalars: [Unicode.Scalar]) {
    self.init(normalized: SentimentFeaturizer.normalizer.normalize(scalars))
  }

  private init(normalized: NormalizedText) {
    self.normalized = normalized
    tokens = SentimentFeaturizer.tokenizer.tokenize(normalized.scalars)
  }

  /// All tokens.
  var allTokens: Range<Int> { 0..<tokens.count }

  /// The tokens that come from inside the original scalar range `original`.
  func tokens(in original: Range<Int>) -> Range<Int> {
    let range = normalized.normalizedRange(overlapping: original)
    return firstToken(startingAtOrAfter: range.lowerBound)..<firstToken(startingAtOrAfter: range.upperBound)
  }

  /// The tokens that overlap the original scalar range `original` (a name written inside a
  /// word with its clitics, ولروسيا, gives the whole word).
  func tokens(overlapping original: Range<Int>) -> Range<Int> {
    let range = normalized.normalizedRange(overlapping: original)
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    return low..<max(low, firstToken(startingAtOrAfter: range.upperBound))
  }

  private func firstToken(startingAtOrAfter offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
