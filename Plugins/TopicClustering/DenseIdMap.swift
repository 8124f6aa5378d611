/// A map from non-negative ids to non-negative ids, by open addressing: what a document keeps
/// of the shared cache's stem ids (its own term for each), looked up once per distinct word.
///
/// Cheaper than a `Dictionary` for this: no per-lookup hasher, one array of packed slots.
struct DenseIdMap {
  /// Slot -> (key + 1) << 32 | value; 0 = empty.
  private var slots = [UInt64](repeating: 0, count: 1 << 8)
  private(set) var count = 0

  private static func start(_ key: Int32, mask: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(UInt32(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// The value of `key`, or `make()` stored as its value when the key is new.
  mutating func value(of key: Int32, orInsert make: () -> Int32) -> Int32 {
    precondition(key >= 0)
    let mask = slots.count - 1
    let tag = UInt64(UInt32(key)) + 1
    var slot = Self.start(key, mask: mask)
    while slots[slot] != 0 {
      if slots[slot] >> 32 == tag { return Int32(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) }
      slot = (slot + 1) & mask
    }
    let value = make()
    slots[slot] = tag << 32 | UInt64(UInt32(value))
    count += 1
    if count * 2 > slots.count { grow() }
    return value
  }

  private mutating func grow() {
    var grown = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = grown.count - 1
    for entry in slots where entry != 0 {
      var slot = Self.start(Int32(truncatingIfNeeded: (entry >> 32) - 1), mask: mask)
      while grown[slot] != 0 { slot = (slot + 1) & mask }
      grown[slot] = entry
    }
    slots = grown
  }
}
