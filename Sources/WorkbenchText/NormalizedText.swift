/// A normalized view of a text that remembers, for every normalized scalar, the range of
/// original scalars it came from.
///
/// Match on `scalars` (or on tokens of it) and annotate the original with `originalRange(_:)`.
/// Offsets are Unicode scalar offsets, like annotation offsets. A removed diacritic or tatweel
/// belongs to the letter before it, so a match that ends on that letter covers the mark too;
/// removed controls (bidi marks) belong to nothing.
public struct NormalizedText: Sendable {
  /// The normalized scalars.
  public let scalars: [Unicode.Scalar]
  /// For each normalized scalar, the original offset where its source starts.
  @usableFromInline let starts: [Int32]
  /// For each normalized scalar, the original offset where its source (with attached marks) ends.
  @usableFromInline let ends: [Int32]
  /// The number of scalars of the original text.
  public let originalCount: Int

  init(scalars: [Unicode.Scalar], starts: [Int32], ends: [Int32], originalCount: Int) {
    self.scalars = scalars
    self.starts = starts
    self.ends = ends
    self.originalCount = originalCount
  }

  /// The number of normalized scalars.
  public var count: Int { scalars.count }

  /// The normalized text as a string (allocates; use `scalars` on hot paths).
  public var string: String { string(0..<scalars.count) }

  /// The normalized scalars of a range as a string, clamped to the text.
  public func string(_ range: Range<Int>) -> String {
    let lower = min(max(0, range.lowerBound), scalars.count)
    let upper = min(max(lower, range.upperBound), scalars.count)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }

  /// The original offset where normalized scalar `index` starts; `count` maps to the end of
  /// the original text.
  @inlinable
  public func originalStart(_ index: Int) -> Int {
    index < starts.count ? Int(starts[max(0, index)]) : originalCount
  }

  /// The original range a normalized range came from. An empty range maps to the empty range
  /// at the original position of its start.
  @inlinable
  public func originalRange(_ range: Range<Int>) -> Range<Int> {
    let lower = max(0, min(range.lowerBound, starts.count))
    let upper = max(lower, min(range.upperBound, starts.count))
    let start = originalStart(lower)
    if upper == lower { return start..<start }
    return start..<Int(ends[upper - 1])
  }

  /// The smallest normalized range whose scalars came from inside or overlap the original
  /// range: maps spans of the original (boilerplate, upstream annotations) into this view.
  public func normalizedRange(overlapping original: Range<Int>) -> Range<Int> {
    // `ends` is non-decreasing, so the first scalar ending after the lower bound starts the range.
    let lower = partition(ends) { Int($0) > original.lowerBound }
    let upper = partition(starts) { Int($0) >= original.upperBound }
    return lower..<max(lower, upper)
  }

  private func partition(_ array: [Int32], _ isAfter: (Int32) -> Bool) -> Int {
    var low = 0
    var high = array.count
    while low < high {
      let mid = (low + high) / 2
      if isAfter(array[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}
