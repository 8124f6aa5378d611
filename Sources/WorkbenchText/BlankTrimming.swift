/// Trims blanks (white space and invisible format characters) from the ends of a scalar range.
public enum BlankTrimming {
  /// `range` without its leading and trailing blanks; nil when nothing else is left.
  public static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    func isBlank(_ index: Int) -> Bool {
      let cls = ScalarClass.of(scalars[index].value)
      return cls == .whitespace || cls == .invisible
    }
    while lower < upper, isBlank(lower) { lower += 1 }
    while upper > lower, isBlank(upper - 1) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }
}
