extension EntityLinker {
  /// An Arabic name right after خام (crude), over one direction word at most, is a crude
  /// benchmark's ("خام غرب تكساس الوسيط"، "خام دبي"، "خام برنت"), not a place or a person: no
  /// mention, as Arabic benchmarks are no name the stage emits (the English "Brent crude" is
  /// MISC by its own rule).
  func removeArabicCrudeBenchmarks(_ mentions: inout [LinkedMention], in text: TokenizedText) {
    // Removed in place: a filtered copy retained every kept mention's strings, in every
    // document, for a rule that removes a mention in few.
    mentions.removeAll { mention in
      guard let first = text.tokens(within: mention.start, mention.end).first,
        first > 0, !text.tokens[first].isLatin, text.tokens[first].joinsPrevious
      else { return false }
      var before = first - 1
      if Self.directionWords.contains(text.tokens[before].hash), before > 0, text.tokens[before].joinsPrevious {
        before -= 1
      }
      return Self.crudeWords.contains(text.tokens[before].hash)
    }
  }

  private static let crudeWords = NonNameWords.hashes("خام الخام لخام بخام وخام")
  private static let directionWords = NonNameWords.hashes("غرب شرق شمال جنوب")
}
