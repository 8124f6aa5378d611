/// Splits text into sentences, as scalar ranges without surrounding whitespace.
///
/// - A sentence ends at `.` `!` `?` `؟` `…` `۔` (or a run of them, `?!`, `...`) followed by
///   whitespace, the end of the text, or an Arabic letter (`الأسد.وأكد` lacks its space);
///   closing quotes and brackets after the mark stay with the sentence (`«نعم.»`).
/// - A line break ends a sentence, so paragraphs without final punctuation (usual in news
///   pages) are sentences; with `lineBreaksEndSentences` off only blank lines do.
/// - No break after abbreviations: a single letter (`U.S.`, `J. Smith`, `د.`), the listed
///   English ones (`Mr.`, `Dr.`, `Jan.`, `etc.`), or before a lowercase Latin word or a digit.
public struct SentenceSplitter: Sendable {
  public var lineBreaksEndSentences: Bool
  /// Lowercased abbreviations (without their final dot) after which `.` does not end a sentence.
  public var abbreviations: Set<String>

  public init(lineBreaksEndSentences: Bool = true, abbreviations: Set<String> = SentenceSplitter.englishAbbreviations) {
    self.lineBreaksEndSentences = lineBreaksEndSentences
    self.abbreviations = abbreviations
  }

  public static let englishAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc", "ltd",
    "co", "corp", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres", "no", "vol",
    "fig", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "a.m", "p.m",
  ]

  /// The sentences of a text.
  public func sentences(_ text: String) -> [Range<Int>] {
    sentences(Array(text.unicodeScalars))
  }

  /// The sentences of an array of scalars, offsets into it.
  public func sentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = scalars.count
    func close(_ end: Int) {
      if let trimmed = trim(scalars, start..<end) { result.append(trimmed) }
      start = end
    }
    while index < count {
      let value = scalars[index].value
      if value == 0x0A || value == 0x0D || value == 0x2029 || value == 0x2028 {
        if lineBreaksEndSentences || isBlankLineAhead(scalars, index) {
          close(index)
        }
        index += 1
        continue
      }
      guard Self.isTerminator(value) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < count, Self.isTerminator(scalars[end].value) { end += 1 }
      while end < count, Self.isClosing(scalars[end].value) { end += 1 }
      if endsSentence(scalars, markStart: index, after: end) { close(end) }
      index = end
    }
    close(count)
    return result
  }

  static func isTerminator(_ value: UInt32) -> Bool {
    switch value {
    case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2047, 0x2048, 0x2049: return true
    default: return false
    }
  }

  static func isClosing(_ value: UInt32) -> Bool {
    switch value {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0xFD3F: return true
    default: return false
    }
  }

  private func isBlankLineAhead(_ scalars: [Unicode.Scalar], _ newline: Int) -> Bool {
    var index = newline + 1
    while index < scalars.count {
      let value = scalars[index].value
      if value == 0x0A || value == 0x2029 { return true }
      if !(value == 0x20 || value == 0x09 || value == 0x0D || value == 0xA0) { return false }
      index += 1
    }
    return true
  }

  private func endsSentence(_ scalars: [Unicode.Scalar], markStart: Int, after end: Int) -> Bool {
    if end < scalars.count {
      let next = ScalarClass.of(scalars[end].value)
      if next != .whitespace && next != .invisible && next != .arabicLetter { return false }
    }
    let mark = scalars[markStart].value
    guard mark == 0x2E || mark == 0x2026 else { return true }
    // What follows: a lowercase Latin word or a digit continues the sentence.
    var next = end
    while next < scalars.count,
      ScalarClass.of(scalars[next].value) == .whitespace
        || ScalarClass.of(scalars[next].value) == .invisible
    {
      if scalars[next].value == 0x0A { return true }
      next += 1
    }
    if next < scalars.count {
      let scalar = scalars[next]
      if scalar.properties.isLowercase || ScalarClass.of(scalar.value) == .digit { return false }
    }
    guard mark == 0x2E, end == markStart + 1 else { return true }
    // The word before the dot: an abbreviation or a single letter does not end a sentence.
    var wordStart = markStart
    while wordStart > 0, markStart - wordStart < 16 {
      let value = scalars[wordStart - 1].value
      let cls = ScalarClass.of(value)
      if cls.isLetter || cls == .mark || value == 0x2E { wordStart -= 1 } else { break }
    }
    let word = scalars[wordStart..<markStart]
    let letters = word.filter { ScalarClass.of($0.value).isLetter }
    if letters.count == 1 { return false }
    if !word.isEmpty, word.count <= 6 {
      var lowered = ""
      for scalar in word {
        lowered.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
      if abbreviations.contains(lowered) { return false }
    }
    return true
  }

  private func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
    BlankTrimming.trim(scalars, range)
  }
}
