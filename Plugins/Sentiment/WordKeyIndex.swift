/// An open-addressing map from a word's 64-bit hash to its entry in a `SentimentWordTable`,
/// whose records hold the hashes (so slots store only entry numbers; `keyOf` reads an
/// entry's hash).
///
/// The keys are already hashes, so a multiply-shift picks the slot: cheaper than `Dictionary`'s
/// seeded SipHash on the stage's hottest look-up. Linear probing, at most half full.
struct WordKeyIndex: Sendable {
  /// Entry numbers, -1 for an empty slot; the count is a power of two.
  private var slots: [Int32] = []
  private var used = 0

  /// The entry stored under `key`, if any.
  @inline(__always)
  func entry(for key: UInt64, keyOf: (Int) -> UInt64) -> Int? {
    guard !slots.isEmpty else { return nil }
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Self.slot(key, mask)
      while true {
        let entry = slots[slot]
        if entry < 0 { return nil }
        if keyOf(Int(entry)) == key { return Int(entry) }
        slot = (slot &+ 1) & mask
      }
    }
  }

  /// Stores `entry` under `key` unless the key already has an entry (`keyOf(entry)` is `key`).
  mutating func insertIfAbsent(_ key: UInt64, entry: Int, keyOf: (Int) -> UInt64) {
    if (used + 1) * 2 > slots.count { grow(keyOf: keyOf) }
    let mask = slots.count - 1
    var slot = Self.slot(key, mask)
    while slots[slot] >= 0 {
      if keyOf(Int(slots[slot])) == key { return }
      slot = (slot &+ 1) & mask
    }
    slots[slot] = Int32(entry)
    used += 1
  }

  private mutating func grow(keyOf: (Int) -> UInt64) {
    let old = slots
    slots = [Int32](repeating: -1, count: max(64, old.count * 2))
    let mask = slots.count - 1
    for entry in old where entry >= 0 {
      var slot = Self.slot(keyOf(Int(entry)), mask)
      while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
      slots[slot] = entry
    }
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
