/// The sentence around a span, for showing a date or an entity in context.
struct SentenceContext {
  var before: String
  var match: String
  var after: String

  /// How far the context may reach on each side of the span, in scalars.
  static let reach = 160

  /// The sentence of `scalars` that holds `start..<end`, cut at sentence ends (`.` followed by a
  /// space, `!`, `?`, `؟`, `۔`, newlines) or at `reach` scalars on each side.
  init(scalars: [Unicode.Scalar], start: Int, end: Int) {
    let start = min(max(0, start), scalars.count)
    let end = min(max(start, end), scalars.count)
    var lower = start
    while lower > 0, start - lower < Self.reach, !Self.endsSentence(scalars, at: lower - 1) {
      lower -= 1
    }
    var upper = end
    while upper < scalars.count, upper - end < Self.reach, !Self.endsSentence(scalars, at: upper) {
      upper += 1
    }
    if upper < scalars.count, scalars[upper] != "\n", scalars[upper] != "\r" { upper += 1 }
    func text(_ range: Range<Int>) -> String {
      String(String.UnicodeScalarView(scalars[range]))
    }
    let clippedBefore = start - lower >= Self.reach
    let clippedAfter = upper - end >= Self.reach && upper < scalars.count
    before = (clippedBefore ? "…" : "") + text(lower..<start).trimmingLeadingWhitespace()
    match = text(start..<end)
    after = text(end..<upper).trimmingTrailingWhitespace() + (clippedAfter ? "…" : "")
  }

  private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    switch scalars[index] {
    case "\n", "\r", "!", "?", "؟", "۔": return true
    case ".":
      return index + 1 >= scalars.count || scalars[index + 1].properties.isWhitespace
    default: return false
    }
  }
}

extension String {
  fileprivate func trimmingLeadingWhitespace() -> String {
    String(unicodeScalars.drop { $0.properties.isWhitespace })
  }

  fileprivate func trimmingTrailingWhitespace() -> String {
    var scalars = unicodeScalars[...]
    while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
