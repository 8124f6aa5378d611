extension EntityLinker {
  /// An Arabic name right after خام (crude), over one direction word at most, is a crude
  /// benchmark's ("خام غرب تكساس الوسيط"، "خام دبي"، "خام برنت"), not a place or a person: no
  /// mention, as Arabic benchmarks are no name the stage emits (the English "Brent crude" is
  /// MISC by its own rule).
  func removeArabicCrudeBenchmarks(_ mentions: inout [LinkedMention], in text: TokenizedText) {
    // Removed in place: a filtered copy retained every kept mention's strings, in every
    // document, for a rule that removes a mention in few.
    func isCrudeBenchmark(_ start: Int, _ end: Int) -> Bool {
      guard let first = text.tokens(within: start, end).first,
        first > 0, !text.tokens[first].isLatin, text.tokens[first].joinsPrevious
      else { return false }
      var before = first - 1
      if Self.directionWords.contains(text.tokens[before].hash), before > 0, text.tokens[before].joinsPrevious {
        before -= 1
      }
      return Self.crudeWords.contains(text.tokens[before].hash)
    }
    // The offsets are read in place first: `removeAll` copied every mention to ask about it.
    guard mentions.indices.contains(where: { isCrudeBenchmark(mentions[$0].start, mentions[$0].end) }) else { return }
    mentions.removeAll { isCrudeBenchmark($0.start, $0.end) }
  }

  private static let crudeWords = NonNameWords.hashes("خام الخام لخام بخام وخام")
  private static let directionWords = NonNameWords.hashes("غرب شرق شمال جنوب")
}
