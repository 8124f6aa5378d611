extension TokenizedText {
  /// The sentence (`sentences`) that holds the token, or nil for a position outside every
  /// sentence. The rules ask it once per candidate; the sentences are ordered and disjoint, so a
  /// binary search answers without walking a long story's sentences from its start.
  func sentence(containing token: Int) -> Range<Int>? {
    let sentences = sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].upperBound <= token {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < sentences.count && sentences[low].contains(token) ? sentences[low] : nil
  }
}
