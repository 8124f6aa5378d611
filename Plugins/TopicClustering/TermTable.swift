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
  /// Slot -> id + 1 (0 = empty).
  private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)

  var count: Int { hashes.count }

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return hash
  }

  /// The id of a term, if it was interned.
  func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
    while slots[slot] != 0 {
      let id = Int(slots[slot] - 1)
      if hashes[id] == hash, equals(id, bytes) { return Int32(id) }
      slot = (slot + 1) & (slots.count - 1)
    }
    return nil
  }

  /// The id of a term, interning it when new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
    while slots[slot] != 0 {
      let id = Int(slots[slot] - 1)
      if hashes[id] == hash, equals(id, bytes) { return Int32(id) }
      slot = (slot + 1) & (slots.count - 1)
    }
    let id = hashes.count
    arena.append(contentsOf: bytes)
    starts.append(arena.count)
    hashes.append(hash)
    slots[slot] = Int32(id + 1)
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
    for index in 0..<bytes.count where arena[start + index] != bytes[index] { return false }
    return true
  }

  private mutating func grow() {
    var grown = [Int32](repeating: 0, count: slots.count * 2)
    for id in 0..<hashes.count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & (grown.count - 1)
      while grown[slot] != 0 { slot = (slot + 1) & (grown.count - 1) }
      grown[slot] = Int32(id + 1)
    }
    slots = grown
  }
}
