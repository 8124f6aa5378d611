/// The tagger's weights packed for decoding: only the buckets with a non-zero row keep one, and
/// a bucket finds its row through a bitmap of the occupied buckets and a count of the rows
/// before each 32 of them, both in one 64-bit word per 32 buckets.
///
/// Why: a third of the `1 << 20` buckets have weights, and the dense table (37 MB of Float)
/// made every feature of every token a cache and TLB miss. The block words take 256 KB and
/// stay in cache (one load per feature finds both the bit and the count); the rows are a third
/// of the dense table. Scores are the same floats added in the same order (an all-zero row adds
/// nothing to a score that is never -0).
///
/// A model read from its file has 8-bit rows (`Int8` times a scale per row): for the nine-tag
/// set those are kept as such, 16 bytes a row instead of 36, four rows to a cache line; each
/// weight is the same product `Float(q) * scale` the file reader made, so scores are unchanged.
/// The gather finds those rows by counting bits in the block words; a byte per bucket (two loads
/// instead of a bit count) took 6 % of the linker's instructions but no time, its megabyte
/// missing the cache where the block words' 256 KB did not.
struct EntityTaggerWeightTable: Sendable {
  let tags: Int
  /// Per 32 buckets: the number of rows before them (high 32 bits) and which of them have a
  /// row (low 32 bits).
  private let blocks: [UInt64]
  private let rows: [Float]
  /// Nine tags only, when every row is exactly `Float(q) * scale`: 16 bytes per row, nine
  /// `Int8` then three bytes of padding then the Float32 scale; one all-zero row at the end,
  /// which buckets without weights read (adding +0 changes no sum), so that the gather has
  /// no branch to mispredict.
  private let quantized: [UInt8]
  /// The sums of the first features of the words seen so far (8-bit rows only).
  private let prefixCache: EntityTaggerPrefixCache?

  /// Whether the rows are 8-bit and tokens' first features go through the prefix cache.
  var cachesPrefixes: Bool { prefixCache != nil }

  init(weights: [Float], tags: Int) {
    self.tags = tags
    let buckets = weights.count / tags
    var blocks = [UInt64](repeating: 0, count: (buckets + 31) / 32)
    var rows: [Float] = []
    for bucket in 0..<buckets {
      if bucket & 31 == 0 { blocks[bucket >> 5] = UInt64(rows.count / tags) << 32 }
      let row = weights[(bucket * tags)..<((bucket + 1) * tags)]
      if row.contains(where: { $0 != 0 }) {
        blocks[bucket >> 5] |= 1 << UInt64(bucket & 31)
        rows.append(contentsOf: row)
      }
    }
    self.blocks = blocks
    self.quantized = tags == 9 ? Self.quantizedRows(rows).map { $0 + repeatElement(0, count: 16) } ?? [] : []
    self.rows = quantized.isEmpty ? rows : []
    self.prefixCache = quantized.isEmpty ? nil : EntityTaggerPrefixCache()
  }

  /// The nine-tag rows as `Int8` and a scale, or nil when a row is not exactly so (a model
  /// fresh from training, not yet written to its file).
  private static func quantizedRows(_ rows: [Float]) -> [UInt8]? {
    var packed = [UInt8](repeating: 0, count: rows.count / 9 * 16)
    for row in 0..<(rows.count / 9) {
      let values = rows[(row * 9)..<(row * 9 + 9)]
      let largest = values.map(abs).max() ?? 0
      let guess = largest / 127
      // The file's scale, as the reader may not round-trip it through the largest weight.
      guard
        let scale = [guess, guess.nextUp, guess.nextDown, guess.nextUp.nextUp, guess.nextDown.nextDown].first(where: {
          scale in
          values.allSatisfy { value in
            let q = (value / scale).rounded()
            return abs(q) <= 127 && Float(Int8(q)) * scale == value
          }
        })
      else { return nil }
      for (lane, value) in values.enumerated() {
        packed[row * 16 + lane] = UInt8(bitPattern: Int8((value / scale).rounded()))
      }
      withUnsafeBytes(of: scale.bitPattern.littleEndian) { bytes in
        for offset in 0..<4 { packed[row * 16 + 12 + offset] = bytes[offset] }
      }
    }
    return packed
  }

  /// The score of every tag of every token: the sum of its features' rows, in feature order
  /// (`featuresPerToken` buckets per token), `tags` scores per token.
  func scores(_ buckets: ArraySlice<Int32>, tokenCount count: Int) -> [Float] {
    let tags = tags
    var scores = [Float](repeating: 0, count: count * tags)
    if !quantized.isEmpty {
      scores.withUnsafeMutableBufferPointer { s in
        quantized.withUnsafeBytes { q in
          buckets.withUnsafeBufferPointer { b in addQuantizedRowsOfNineTags(b, count: count, rows: q, into: s) }
        }
      }
      return scores
    }
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

  /// Adds one bucket's row to the scores of the token at `token` (a feature known only while
  /// decoding: `EntityTagHistory`). The same weights as the gather: `Float(q) * scale` for 8-bit rows.
  func addRow(_ bucket: Int32, to scores: inout [Float], token: Int) {
    let block = blocks[Int(bucket) &>> 5]
    let bit = UInt64(1) &<< UInt64(Int(bucket) & 31)
    guard block & bit != 0 else { return }
    let row = Self.rowNumber(block, bit: bit)
    let first = token &* tags
    if quantized.isEmpty {
      for tag in 0..<tags { scores[first &+ tag] += rows[row &* tags &+ tag] }
      return
    }
    quantized.withUnsafeBytes { raw in
      let base = row &* 16
      let scale = Float(
        bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base &+ 12, as: UInt32.self)))
      for tag in 0..<9 { scores[first &+ tag] += Float(Int8(bitPattern: raw[base &+ tag])) * scale }
    }
  }

  /// Where a bucket's row starts in `rows`, nil for a bucket without weights.
  @inline(__always)
  private func rowStart(_ bucket: Int) -> Int? {
    let block = blocks[bucket &>> 5]
    let bit = UInt64(1) &<< UInt64(bucket & 31)
    guard block & bit != 0 else { return nil }
    return Self.rowNumber(block, bit: bit) &* tags
  }

  /// The number of the row of the bucket at `bit` of a block word whose bit is set.
  @inline(__always)
  private static func rowNumber(_ block: UInt64, bit: UInt64) -> Int {
    Int(truncatingIfNeeded: block &>> 32) &+ UInt32(truncatingIfNeeded: block & (bit &- 1)).nonzeroBitCount
  }

  /// `addRowsOfNineTags` over the 8-bit rows: each lane adds `Float(q) * scale`, the weight the
  /// file reader made, in feature order. A token whose first features are in the prefix cache
  /// starts from their sums; the others sum them and add them to the cache. The rows are found
  /// first for the whole text, then read in a short loop: the row reads miss the cache, and with
  /// less work between them more of them are under way at once.
  private func addQuantizedRowsOfNineTags(
    _ b: UnsafeBufferPointer<Int32>, count: Int, rows q: UnsafeRawBufferPointer,
    into s: UnsafeMutableBufferPointer<Float>
  ) {
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    guard let raw = q.baseAddress, let buckets = b.baseAddress, let cache = prefixCache, count > 0 else { return }
    let cached = min(EntityTaggerPrefixCache.features, perToken)
    let later = perToken &- cached
    // The all-zero row at the end.
    let zeroRow = Int32(truncatingIfNeeded: q.count &- 16)
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: count * perToken) { offsets in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { keys in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { slots in
          withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: count) { firstStart in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: count) { lastStart in
              for token in 0..<count { keys[token] = EntityTaggerPrefixCache.key(buckets + token &* perToken) }
              cache.find(UnsafeBufferPointer(keys), buckets: b, perToken: perToken, into: slots)
              rowOffsets(b, count: count, cachedTokens: slots, cached: cached, zeroRow: zeroRow, into: offsets)
              // The first features of the tokens without an entry, in token order, after the
              // later features of every token.
              var missedOffset = count &* later
              for token in 0..<count {
                if slots[token] >= 0 {
                  (firstStart[token], lastStart[token]) = cache.sums(at: slots[token])
                  continue
                }
                var first = SIMD8<Float>(repeating: 0)
                var last: Float = 0
                for feature in 0..<cached {
                  Self.addQuantizedRow(raw, at: offsets[missedOffset &+ feature], to: &first, &last)
                }
                missedOffset &+= cached
                firstStart[token] = first
                lastStart[token] = last
              }
              addQuantizedRows(
                raw, offsets: offsets, from: cached, count: count, first: firstStart, last: lastStart, into: s)
              if missedOffset != count &* later {
                cache.insert(
                  UnsafeBufferPointer(keys), buckets: b, perToken: perToken, slots: UnsafeBufferPointer(slots),
                  first: UnsafeBufferPointer(firstStart), last: UnsafeBufferPointer(lastStart))
              }
            }
          }
        }
      }
    }
  }

  /// The byte offset of each feature's 8-bit row (`zeroRow` for a bucket without one) that the
  /// gather reads, packed: first the features after the first `cached` of every token
  /// (`perToken - cached` per token, in token order), then the first `cached` features of each
  /// token without a prefix-cache entry (`cachedTokens[t] < 0`), in token order. The same rows
  /// as `rowNumber`, in two passes: the block words are read feature by feature, then the rows
  /// before each bucket are counted four features at a time in vector lanes (the bit count
  /// alone took fifteen instructions per feature, the baseline x86-64 having no popcount
  /// instruction). Packed, the vector pass counts only features that are read.
  private func rowOffsets(
    _ b: UnsafeBufferPointer<Int32>, count: Int, cachedTokens: UnsafeMutableBufferPointer<Int32>, cached: Int,
    zeroRow: Int32, into offsets: UnsafeMutableBufferPointer<Int32>
  ) {
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    let later = perToken &- cached
    guard let offsetBase = offsets.baseAddress else { return }
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count &* perToken) { upTo in
      guard let upToBase = upTo.baseAddress else { return }
      // Pass one: the block's bits up to and with the bucket's, shifted left so that the
      // bucket's own bit is the top one (the bits above it fall out), and the rows before the
      // block. Without a test per feature: whether the bucket has a row is that top bit, read
      // in pass two (this pass took seventeen instructions per feature with the test).
      var total = 0
      blocks.withUnsafeBufferPointer { blocks in
        @inline(__always)
        func look(_ index: Int, into slot: Int) {
          let bucket = Int(b[index])
          let block = blocks[bucket &>> 5]
          // `&<<` on 32 bits keeps the shift's low five bits: 31 - (bucket & 31).
          upTo[slot] = UInt32(truncatingIfNeeded: block) &<< UInt32(truncatingIfNeeded: ~bucket)
          offsets[slot] = Int32(truncatingIfNeeded: block &>> 32)
        }
        for token in 0..<count {
          let first = token &* perToken &+ cached
          let slot = token &* later
          for feature in 0..<later { look(first &+ feature, into: slot &+ feature) }
        }
        total = count &* later
        for token in 0..<count where cachedTokens[token] < 0 {
          let first = token &* perToken
          for feature in 0..<cached { look(first &+ feature, into: total &+ feature) }
          total &+= cached
        }
      }
      // Pass two: the rows before the block plus the bits below the bucket's (the bits up to
      // it, less its own), times the 16 bytes of a row; the zero row where the top bit is clear.
      var index = 0
      while index &+ 4 <= total {
        let bits = UnsafeRawPointer(upToBase + index).loadUnaligned(as: SIMD4<UInt32>.self)
        let before = UnsafeRawPointer(offsetBase + index).loadUnaligned(as: SIMD4<Int32>.self)
        let rows = (before &+ SIMD4<Int32>(truncatingIfNeeded: Self.bitCounts(bits)) &- 1) &<< 4
        let hasRow = SIMD4<Int32>(truncatingIfNeeded: bits) .< 0
        UnsafeMutableRawPointer(offsetBase + index).storeBytes(
          of: SIMD4<Int32>(repeating: zeroRow).replacing(with: rows, where: hasRow), as: SIMD4<Int32>.self)
        index &+= 4
      }
      while index < total {
        offsets[index] =
          Int32(bitPattern: upTo[index]) >= 0
          ? zeroRow : (offsets[index] &+ Int32(upTo[index].nonzeroBitCount) &- 1) &<< 4
        index &+= 1
      }
    }
  }

  /// The number of set bits of each lane (the same count as `nonzeroBitCount`).
  @inline(__always)
  private static func bitCounts(_ x: SIMD4<UInt32>) -> SIMD4<UInt32> {
    var v = x &- ((x &>> 1) & 0x5555_5555)
    v = (v & 0x3333_3333) &+ ((v &>> 2) & 0x3333_3333)
    v = (v &+ (v &>> 4)) & 0x0F0F_0F0F
    v = v &+ (v &>> 8)
    v = v &+ (v &>> 16)
    return v & 0x3F
  }

  /// Adds features `from..<featuresPerToken` of each token (their row offsets packed by
  /// `rowOffsets`, `featuresPerToken - from` per token) to its sums so far (`first`, `last`)
  /// and stores the scores. Four tokens at a time: each token's sum is one chain of
  /// dependent additions (feature by feature, as before), and four independent chains keep the
  /// adder and the row loads busy where one chain waits on each addition in turn.
  private func addQuantizedRows(
    _ raw: UnsafeRawPointer, offsets: UnsafeMutableBufferPointer<Int32>, from: Int, count: Int,
    first: UnsafeMutableBufferPointer<SIMD8<Float>>, last: UnsafeMutableBufferPointer<Float>,
    into s: UnsafeMutableBufferPointer<Float>
  ) {
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    let later = perToken &- from
    var token = 0
    while token &+ 4 <= count {
      var first0 = first[token]
      var first1 = first[token &+ 1]
      var first2 = first[token &+ 2]
      var first3 = first[token &+ 3]
      var last0 = last[token]
      var last1 = last[token &+ 1]
      var last2 = last[token &+ 2]
      var last3 = last[token &+ 3]
      let row0 = token &* later &- from
      for feature in from..<perToken {
        Self.addQuantizedRow(raw, at: offsets[row0 &+ feature], to: &first0, &last0)
        Self.addQuantizedRow(raw, at: offsets[row0 &+ later &+ feature], to: &first1, &last1)
        Self.addQuantizedRow(raw, at: offsets[row0 &+ 2 &* later &+ feature], to: &first2, &last2)
        Self.addQuantizedRow(raw, at: offsets[row0 &+ 3 &* later &+ feature], to: &first3, &last3)
      }
      Self.store(first0, last0, token: token, into: s)
      Self.store(first1, last1, token: token &+ 1, into: s)
      Self.store(first2, last2, token: token &+ 2, into: s)
      Self.store(first3, last3, token: token &+ 3, into: s)
      token &+= 4
    }
    while token < count {
      var sum = first[token]
      var lastSum = last[token]
      for feature in from..<perToken {
        Self.addQuantizedRow(raw, at: offsets[token &* later &- from &+ feature], to: &sum, &lastSum)
      }
      Self.store(sum, lastSum, token: token, into: s)
      token &+= 1
    }
  }

  /// Adds an 8-bit row (`Float(q) * scale` per lane) to a token's sums.
  @inline(__always)
  private static func addQuantizedRow(
    _ raw: UnsafeRawPointer, at offset: Int32, to first: inout SIMD8<Float>, _ last: inout Float
  ) {
    let base = Int(offset)
    let scale = Float(
      bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base &+ 12, as: UInt32.self)))
    let lanes = raw.loadUnaligned(fromByteOffset: base, as: SIMD8<Int8>.self)
    first += SIMD8<Float>(lanes) * scale
    last += Float(raw.load(fromByteOffset: base &+ 8, as: Int8.self)) * scale
  }

  @inline(__always)
  private static func store(
    _ first: SIMD8<Float>, _ last: Float, token: Int, into s: UnsafeMutableBufferPointer<Float>
  ) {
    let row = token &* 9
    for lane in 0..<8 { s[row &+ lane] = first[lane] }
    s[row &+ 8] = last
  }

  /// The four coarse types' nine tags, summed in registers (eight lanes and one), so that the
  /// row loads of successive features overlap instead of waiting on stored sums. Each lane
  /// adds the same floats in the same order as a scalar sum.
  private func addRowsOfNineTags(
    _ b: UnsafeBufferPointer<Int32>, count: Int, rows w: UnsafeBufferPointer<Float>,
    into s: UnsafeMutableBufferPointer<Float>
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
