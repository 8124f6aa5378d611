/// One bit per value of bits 40-55 of a hash (fewer for a smaller filter), set for each hash of
/// a small word set: a token whose bit is clear is no member, told without a `Set` look-up
/// (whose seeded hasher runs about a hundred instructions, for every token of a text where
/// almost none is a member). A set bit only says that the set must be asked, so the answers are
/// the set's own.
struct HashBitFilter: Sendable {
  private var bits: [UInt64]
  private let mask: Int

  /// A filter of `bitCount` bits, a power of two from 64 to `1 << 16`.
  init<Hashes: Sequence>(_ hashes: Hashes, bitCount: Int = 1 << 16) where Hashes.Element == UInt64 {
    bits = [UInt64](repeating: 0, count: bitCount / 64)
    mask = bitCount - 1
    for hash in hashes {
      let bucket = Self.bucket(hash, mask: mask)
      bits[bucket >> 6] |= 1 << UInt64(bucket & 63)
    }
  }

  @inline(__always)
  private static func bucket(_ hash: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: hash >> 40) & mask
  }

  /// False only for a hash that is not in the set.
  @inline(__always)
  func mayContain(_ hash: UInt64) -> Bool {
    let bucket = Self.bucket(hash, mask: mask)
    return bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
  }
}
