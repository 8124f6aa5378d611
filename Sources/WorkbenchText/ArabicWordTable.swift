/// An open-addressing hash table from `ArabicWordKey` to a count: lookups are a multiply and
/// a probe or two, several times faster than `Dictionary` with its seeded SipHash, which
/// matters because the stemmer asks it several times per word.
struct ArabicWordTable: Sendable {
  private let keys: [UInt64]
  private let values: [Int32]
  private let shift: UInt64
  let count: Int

  init(_ entries: [ArabicWordKey: Int32]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    var keys = [UInt64](repeating: 0, count: capacity)
    var values = [Int32](repeating: 0, count: capacity)
    let shift = UInt64(64 - capacity.trailingZeroBitCount)
    for (key, value) in entries {
      var slot = Int(truncatingIfNeeded: (key.bits &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key.bits
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.shift = shift
    self.count = entries.count
  }

  /// The value of a key, or nil.
  @inline(__always)
  func value(_ key: ArabicWordKey) -> Int32? {
    keys.withUnsafeBufferPointer { keys in
      let mask = keys.count - 1
      var slot = Int(truncatingIfNeeded: (key.bits &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while true {
        let found = keys[slot]
        if found == key.bits { return values[slot] }
        if found == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }
}
