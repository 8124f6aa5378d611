import WorkbenchText

/// A text as the featurizer reads it: normalized with WorkbenchText's retrieval folds (with the
/// map back to original offsets) and tokenized once, so sentences and clauses are token ranges.
struct SentimentText: Sendable {
  let normalized: NormalizedText
  let tokens: [Token]

  init(_ text: String) {
    normalized = SentimentFeaturizer.normalizer.normalize(text)
    tokens = SentimentFeaturizer.tokenizer.tokenize(normalized.scalars)
  }

  /// All tokens.
  var allTokens: Range<Int> { 0..<tokens.count }

  /// The tokens that come from inside the original scalar range `original`.
  func tokens(in original: Range<Int>) -> Range<Int> {
    let range = normalized.normalizedRange(overlapping: original)
    return firstToken(startingAtOrAfter: range.lowerBound)..<firstToken(startingAtOrAfter: range.upperBound)
  }

  private func firstToken(startingAtOrAfter offset: Int) -> Int {
    var low = 0, high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
