/// Sentence spans of a text as scalar ranges: ends at . ! ? ؟ … (with closing quotes) before
/// a space, and at every line break (news text puts headlines and captions on their own
/// lines). A full stop between digits (2.5) does not end a sentence. Spans are trimmed of
/// white space; spans without a letter are dropped.
enum SentenceSpans {
  static func split(_ scalars: UnsafeBufferPointer<UInt32>) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var start = 0
    func close(_ end: Int) {
      var lower = start, upper = end
      while lower < upper, isSpace(scalars[lower]) { lower += 1 }
      while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
      if lower < upper, scalars[lower..<upper].contains(where: isLetter) { spans.append(lower..<upper) }
      start = end
    }
    var index = 0
    while index < scalars.count {
      let value = scalars[index]
      if value == 0x0A || value == 0x2029 || value == 0x2028 {
        close(index)
        index += 1
        continue
      }
      if isTerminal(value) {
        if value == 0x2E, index > 0, index + 1 < scalars.count, isDigit(scalars[index - 1]), isDigit(scalars[index + 1]) {
          index += 1
          continue
        }
        var end = index + 1
        while end < scalars.count, isTerminal(scalars[end]) || isClosing(scalars[end]) { end += 1 }
        if end == scalars.count || isSpace(scalars[end]) {
          close(end)
        }
        index = end
        continue
      }
      index += 1
    }
    close(scalars.count)
    return spans
  }

  private static func isTerminal(_ value: UInt32) -> Bool {
    value == 0x2E || value == 0x21 || value == 0x3F || value == 0x061F || value == 0x2026 || value == 0x06D4
  }

  private static func isClosing(_ value: UInt32) -> Bool {
    value == 0x22 || value == 0x27 || value == 0x29 || value == 0x201D || value == 0x2019 || value == 0x00BB
  }

  private static func isSpace(_ value: UInt32) -> Bool {
    value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0xA0 || value == 0x200F
      || value == 0x200E || (value >= 0x2000 && value <= 0x200B) || value == 0x3000
  }

  private static func isDigit(_ value: UInt32) -> Bool {
    (value >= 0x30 && value <= 0x39) || (value >= 0x0660 && value <= 0x0669)
  }

  private static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return (value >= 0x0621 && value <= 0x064A) || (value >= 0x00C0 && value < 0x0600)
      || (value >= 0x0671 && value <= 0x06D3)
  }
}
