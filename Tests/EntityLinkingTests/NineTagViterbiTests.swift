import Testing

@testable import EntityLinking

/// The nine-tag Viterbi pass (five tags compared over all previous tags, the four `I-` tags
/// over `B-X` and `I-X` only) finds the same path as the plain loop over every pair of tags
/// with the tag set's rule, ties going to the first previous tag.
@Suite struct NineTagViterbiTests {
  static let tagSet = EntityTagSet()

  /// Viterbi as written in the textbook: every pair tested with `allows`, the first of equal
  /// scores kept, the best last tag the first of equal ones.
  static func plainPath(_ scores: [Float], count: Int, transitions: [Float]) -> [Int] {
    let tags = tagSet.count
    var best = (0..<tags).map { tagSet.allows(0, $0) ? transitions[$0] + scores[$0] : -Float.infinity }
    var back = [[Int]](repeating: [Int](repeating: 0, count: tags), count: count)
    for token in 1..<max(count, 1) {
      var next = [Float](repeating: 0, count: tags)
      for tag in 0..<tags {
        var top = -Float.infinity
        var from = 0
        for previous in 0..<tags where tagSet.allows(previous, tag) {
          let value = best[previous] + transitions[previous * tags + tag]
          if value > top {
            top = value
            from = previous
          }
        }
        next[tag] = top + scores[token * tags + tag]
        back[token][tag] = from
      }
      best = next
    }
    var last = 0
    for tag in 1..<tags where best[tag] > best[last] { last = tag }
    var path = [Int](repeating: 0, count: count)
    for token in stride(from: count - 1, through: 0, by: -1) {
      path[token] = last
      last = back[token][last]
    }
    return path
  }

  /// Scores and transitions in steps of 0.25 from a small range, so that equal sums (ties) are
  /// common and exact.
  static func draws(_ count: Int, seed: UInt64) -> [Float] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in Float(Int(random.next() % 9) - 4) / 4 }
  }

  @Test(arguments: [(1, 1), (2, 2), (5, 3), (17, 4), (60, 5), (200, 6)])
  func nineTagPathEqualsThePlainLoop(_ count: Int, _ seed: UInt64) {
    let tags = Self.tagSet.count
    let transitions = Self.draws(tags * tags, seed: seed &* 31)
    let scores = Self.draws(count * tags, seed: seed)
    let path = EntityTaggerModel.bestPath(scores, tokenCount: count, transitions: transitions, tagSet: Self.tagSet)
    #expect(path == Self.plainPath(scores, count: count, transitions: transitions))
    // No I-X after anything but B-X or I-X.
    for token in path.indices where Self.tagSet.isInside(path[token]) {
      #expect(token > 0 && Self.tagSet.allows(path[token - 1], path[token]))
    }
  }
}
