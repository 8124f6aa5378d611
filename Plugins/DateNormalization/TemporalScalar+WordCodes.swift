extension TemporalScalar {
  /// `wordCode(of:)` of a scalar that ends a word (white space, punctuation, a digit).
  static let endsWord: UInt32 = 0
  /// `wordCode(of:)` of a mark a word carries but matching ignores (tashkeel, tatweel).
  static let ignorableInWord: UInt32 = 1

  /// `wordCode(of:)` of U+0000-U+06FF.
  static let wordCodes: [UInt32] = (0..<0x700).map { wordCode(of: UInt32($0)) }

  /// What a scalar does inside a word, as one number: its folded letter (which continues the
  /// word; every folded letter is above 1), `ignorableInWord`, or `endsWord`. The scanners'
  /// loops over the letters of a word, which run for every letter of a document, read this
  /// instead of matching the enum: one load and one comparison per letter.
  static func wordCode(of value: UInt32) -> UInt32 {
    switch classify(value) {
    case .letter(let folded): return folded
    case .ignorable: return ignorableInWord
    default: return endsWord
    }
  }
}
