extension EntityLinker {
  /// An Arabic name right after خام (crude), over one direction word at most, is a crude
  /// benchmark's ("خام غرب تكساس الوسيط"، "خام دبي"، "خام برنت"), not a place or a person: no
  /// mention, as Arabic benchmarks are no name the stage emits (the English "Brent crude" is
  /// MISC by its own rule).
  func withoutArabicCrudeBenchmarks(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    mentions.filter { mention in
      guard let first = text.tokens(within: mention.start, mention.end).first,
        first > 0, !text.tokens[first].isLatin, text.tokens[first].joinsPrevious
      else { return true }
      var before = first - 1
      if Self.directionWords.contains(text.tokens[before].hash), before > 0, text.tokens[before].joinsPrevious {
        before -= 1
      }
      return !Self.crudeWords.contains(text.tokens[before].hash)
    }
  }

  private static let crudeWords = NonNameWords.hashes("خام الخام لخام بخام وخام")
  private static let directionWords = NonNameWords.hashes("غرب شرق شمال جنوب")
}
