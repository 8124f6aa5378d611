/// The tagger's weights packed for decoding: only the buckets with a non-zero row keep one, and
/// a bucket finds its row through a bitmap of the occupied buckets and a count of the rows
/// before each 64 of them.
///
/// Why: a third of the `1 << 20` buckets have weights, and the dense table (37 MB of Float)
/// made every feature of every token a cache and TLB miss. The bitmap and counts take 192 KB
/// and stay in cache; the rows are a third of the dense table. Scores are the same floats
/// added in the same order (an all-zero row adds nothing to a score that is never -0).
struct EntityTaggerWeightTable: Sendable {
  let tags: Int
  private let occupied: [UInt64]
  private let rowsBefore: [UInt32]
  private let rows: [Float]

  init(weights: [Float], tags: Int) {
    self.tags = tags
    let buckets = weights.count / tags
    var occupied = [UInt64](repeating: 0, count: (buckets + 63) / 64)
    var rowsBefore = [UInt32](repeating: 0, count: occupied.count)
    var rows: [Float] = []
    for bucket in 0..<buckets {
      if bucket & 63 == 0 { rowsBefore[bucket >> 6] = UInt32(rows.count / tags) }
      let row = weights[(bucket * tags)..<((bucket + 1) * tags)]
      if row.contains(where: { $0 != 0 }) {
        occupied[bucket >> 6] |= 1 << UInt64(bucket & 63)
        rows.append(contentsOf: row)
      }
    }
    self.occupied = occupied
    self.rowsBefore = rowsBefore
    self.rows = rows
  }

  /// The score of every tag of every token: the sum of its features' rows, in feature order
  /// (`featuresPerToken` buckets per token), `tags` scores per token.
  func scores(_ buckets: ArraySlice<Int32>, tokenCount count: Int) -> [Float] {
    let tags = tags
    var scores = [Float](repeating: 0, count: count * tags)
    scores.withUnsafeMutableBufferPointer { s in
      rows.withUnsafeBufferPointer { w in
        buckets.withUnsafeBufferPointer { b in
          if tags == 9, !w.isEmpty {
            addRowsOfNineTags(b, count: count, rows: w, into: s)
          } else {
            for token in 0..<count {
              for feature in 0..<EntityTaggerFeaturizer.featuresPerToken {
                guard let base = rowStart(Int(b[token &* EntityTaggerFeaturizer.featuresPerToken &+ feature])) else {
                  continue
                }
                for tag in 0..<tags { s[token * tags + tag] += w[base + tag] }
              }
            }
          }
        }
      }
    }
    return scores
  }

  /// Where a bucket's row starts in `rows`, nil for a bucket without weights.
  @inline(__always)
  private func rowStart(_ bucket: Int) -> Int? {
    let word = occupied[bucket &>> 6]
    let bit = UInt64(1) &<< UInt64(bucket & 63)
    guard word & bit != 0 else { return nil }
    return (Int(rowsBefore[bucket &>> 6]) &+ (word & (bit &- 1)).nonzeroBitCount) &* tags
  }

  /// The four coarse types' nine tags, summed in registers (eight lanes and one), so that the
  /// row loads of successive features overlap instead of waiting on stored sums. Each lane
  /// adds the same floats in the same order as a scalar sum.
  private func addRowsOfNineTags(
    _ b: UnsafeBufferPointer<Int32>, count: Int, rows w: UnsafeBufferPointer<Float>, into s: UnsafeMutableBufferPointer<Float>
  ) {
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    guard let start = w.baseAddress else { return }
    let raw = UnsafeRawPointer(start)
    for token in 0..<count {
      var first = SIMD8<Float>(repeating: 0)
      var last: Float = 0
      for feature in 0..<perToken {
        guard let base = rowStart(Int(b[token &* perToken &+ feature])) else { continue }
        first += raw.loadUnaligned(fromByteOffset: base &* 4, as: SIMD8<Float>.self)
        last += w[base &+ 8]
      }
      let row = token &* 9
      for lane in 0..<8 { s[row &+ lane] = first[lane] }
      s[row &+ 8] = last
    }
  }
}
