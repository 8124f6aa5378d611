/// One bit per value of bits 40-55 of a hash, set for each hash of a small word set: a token
/// whose bit is clear is no member, told without a `Set` look-up (whose seeded hasher runs
/// about a hundred instructions, for every token of a text where almost none is a member). A
/// set bit only says that the set must be asked, so the answers are the set's own.
struct HashBitFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: (1 << 16) / 64)

  init<Hashes: Sequence>(_ hashes: Hashes) where Hashes.Element == UInt64 {
    for hash in hashes {
      let bucket = Self.bucket(hash)
      bits[bucket >> 6] |= 1 << UInt64(bucket & 63)
    }
  }

  @inline(__always)
  private static func bucket(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash >> 40) & 0xFFFF
  }

  /// False only for a hash that is not in the set.
  @inline(__always)
  func mayContain(_ hash: UInt64) -> Bool {
    let bucket = Self.bucket(hash)
    return bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
  }
}
