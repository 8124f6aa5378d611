/// A frozen map from 64-bit hashes to 32-bit values in open addressing (linear probing over
/// one flat array of key/value pairs), for look-ups on the linker's hot path: a `Dictionary`
/// hashes its key again with a seeded hasher and spreads its storage, where a token hash is
/// already well mixed. Keys are kept whole, so a look-up answers exactly as the dictionary
/// it was built from.
struct HashProbeTable: Sendable {
  private let keys: [UInt64]
  private let values: [UInt32]
  private let mask: Int
  /// Whether the key 0 (which marks a free slot) is in the map, and its value.
  private let zeroValue: UInt32?

  init(_ pairs: [UInt64: UInt32]) {
    var capacity = 16
    while capacity < pairs.count * 2 { capacity <<= 1 }
    var keys = [UInt64](repeating: 0, count: capacity)
    var values = [UInt32](repeating: 0, count: capacity)
    for (key, value) in pairs where key != 0 {
      var slot = Self.slot(key, mask: capacity - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.mask = capacity - 1
    self.zeroValue = pairs[0]
  }

  @inline(__always)
  private static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key ^ (key >> 32)) &* 0x9E37_79B9) & mask
  }

  /// The value of `key`, or nil when the map lacks it.
  @inline(__always)
  subscript(key: UInt64) -> UInt32? {
    if key == 0 { return zeroValue }
    var slot = Self.slot(key, mask: mask)
    return keys.withUnsafeBufferPointer { keys in
      while true {
        let found = keys[slot]
        if found == key { return values[slot] }
        if found == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }
}
