import Foundation

/// Interns terms given as UTF-8 bytes into dense ids, without allocating a String per lookup.
///
/// Open addressing over FNV-1a hashes; the bytes of all terms live in one arena. Ids are
/// handed out in first-seen order, which callers make deterministic by feeding documents in
/// id order; anything user-visible is ordered by the bytes, never by the hash.
struct TermTable {
  private var arena: [UInt8] = []
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Slot -> the hash's upper 32 bits << 32 | (id + 1); 0 = empty. Keeping part of the hash
  /// in the slot means a probe reads the arena only on a likely match: on a large table each
  /// extra array touched is a cache miss.
  private var slots: [UInt64] = Array(repeating: 0, count: 1 << 12)

  var count: Int { hashes.count }

  /// A hash of the bytes, eight at a time: a word of the corpus is one to three steps instead
  /// of a multiplication per byte (FNV-1a before: 30% more time on corpus words of 10 bytes on
  /// average). Only slots depend on it; ids and every order callers see do not.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
      offset += 8
    }
    let rest = bytes.count - offset
    if rest > 0 {
      // The last eight bytes (overlapping the chunk before), or a short term in 4-, 2- and
      // 1-byte loads: no loop over single bytes.
      var tail: UInt64 = 0
      if bytes.count >= 8 {
        tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
      } else {
        var at = 0
        if rest & 4 != 0 {
          tail = UInt64(raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))
          at += 4
        }
        if rest & 2 != 0 {
          tail = tail << 16 | UInt64(raw.loadUnaligned(fromByteOffset: at, as: UInt16.self))
          at += 2
        }
        if rest & 1 != 0 { tail = tail << 8 | UInt64(base[at]) }
      }
      hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
    }
    // Slots take the low bits and keep the high ones: both must depend on every byte.
    hash ^= hash >> 32
    hash = hash &* 0xD6E8_FEB8_6659_FD93
    return hash ^ hash >> 32
  }

  /// The id of a term, if it was interned.
  func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(bytes)
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      let fragment = hash >> 32
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 {
        let entry = slots[slot]
        if entry >> 32 == fragment, equals(Int(entry & 0xFFFF_FFFF) - 1, bytes) {
          return Int32(entry & 0xFFFF_FFFF) - 1
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// The id of a term, interning it when new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(bytes)
    let fragment = hash >> 32
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      if entry >> 32 == fragment, equals(Int(entry & 0xFFFF_FFFF) - 1, bytes) { return Int32(entry & 0xFFFF_FFFF) - 1 }
      slot = (slot + 1) & mask
    }
    let id = hashes.count
    arena.append(contentsOf: bytes)
    starts.append(arena.count)
    hashes.append(hash)
    slots[slot] = fragment << 32 | UInt64(id + 1)
    if hashes.count * 2 > slots.count { grow() }
    return Int32(id)
  }

  /// The bytes of a term.
  func bytes(of id: Int) -> ArraySlice<UInt8> {
    arena[starts[id]..<starts[id + 1]]
  }

  func string(of id: Int) -> String {
    String(decoding: bytes(of: id), as: UTF8.self)
  }

  /// Whether term `a` sorts before term `b` by bytes (UTF-8 order, which is code point order).
  func precedes(_ a: Int, _ b: Int) -> Bool {
    let lengthA = starts[a + 1] - starts[a]
    let lengthB = starts[b + 1] - starts[b]
    let order = arena.withUnsafeBufferPointer { bytes in
      memcmp(bytes.baseAddress! + starts[a], bytes.baseAddress! + starts[b], min(lengthA, lengthB))
    }
    return order != 0 ? order < 0 : lengthA < lengthB
  }

  private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[id]
    guard starts[id + 1] - start == bytes.count else { return false }
    guard let base = bytes.baseAddress else { return true }
    return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, bytes.count) == 0 }
  }

  private mutating func grow() {
    var grown = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = grown.count - 1
    for id in 0..<hashes.count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & mask
      while grown[slot] != 0 { slot = (slot + 1) & mask }
      grown[slot] = (hashes[id] >> 32) << 32 | UInt64(id + 1)
    }
    slots = grown
  }
}
