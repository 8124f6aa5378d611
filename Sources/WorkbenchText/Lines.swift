/// Lines of a text, the paragraphs of news pages.
public enum Lines {
  /// The ranges of the non-blank lines, without surrounding whitespace and controls. Lines
  /// end at LF, CR, CR LF, U+2028 and U+2029.
  public static func ranges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    func close(_ end: Int) {
      var lower = start
      var upper = end
      while lower < upper, isBlank(scalars[lower].value) { lower += 1 }
      while upper > lower, isBlank(scalars[upper - 1].value) { upper -= 1 }
      if lower < upper { result.append(lower..<upper) }
    }
    for index in scalars.indices {
      let value = scalars[index].value
      if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 {
        close(index)
        start = index + 1
      }
    }
    close(scalars.count)
    return result
  }

  /// The ranges of the non-blank lines of a text.
  public static func ranges(_ text: String) -> [Range<Int>] {
    ranges(Array(text.unicodeScalars))
  }

  /// The ranges of all lines, blank ones included (without their line breaks), in order:
  /// line `n` of a file is element `n - 1`.
  public static func allRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < scalars.count {
      let value = scalars[index].value
      if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 {
        result.append(start..<index)
        if value == 0x0D, index + 1 < scalars.count, scalars[index + 1].value == 0x0A { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < scalars.count { result.append(start..<scalars.count) }
    return result
  }

  @inline(__always)
  static func isBlank(_ value: UInt32) -> Bool {
    let cls = ScalarClass.of(value)
    return cls == .whitespace || cls == .invisible
  }
}
