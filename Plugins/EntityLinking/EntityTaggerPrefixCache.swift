import Foundation

/// The partial score sums of a token's first features, kept across texts, found by the buckets
/// they were summed from: the bias and the features of the word itself (the word, its stem, its
/// form without proclitics, its prefixes and suffixes) come first in every token's features,
/// then four that a word mostly keeps wherever it stands (`features`); the same words recur
/// from text to text.
///
/// Why: those features are a third of a token's row reads, and row reads (cache misses) are
/// most of the tagger's time. An entry is used only when all its buckets equal the token's, so
/// it holds the very sums the gather would make (the same rows added in the same order): the
/// scores, and so the output, do not depend on what the cache holds.
///
/// Shared by the threads that link with one linker: look-ups and insertions of a whole text
/// are made under a lock, twice per text. An entry is written once, before its key is set under
/// the lock, and never changed, so its sums are read after the look-up without the lock.
final class EntityTaggerPrefixCache: @unchecked Sendable {
  /// How many of a token's first features an entry covers: the bias and the word's own eight,
  /// then its shape, the punctuation before it, its alias-index code and its cue-word classes.
  /// The last four are the token's, not only the word's, but a word mostly takes the same ones
  /// (an Arabic word's shape is its own; most words follow a space; a word's alias code and cue
  /// classes vary little), so entries stay shared across texts, and each saves four more row
  /// reads than the word's features alone. The neighbours' features that follow vary too much.
  static let features = 13

  private let lock = NSLock()
  private let slotMask: Int
  private let maximumCount: Int
  private var count = 0
  /// 0 marks a free slot.
  private let keys: UnsafeMutablePointer<UInt64>
  private let buckets: UnsafeMutablePointer<Int32>
  private let firstSums: UnsafeMutablePointer<SIMD8<Float>>
  private let lastSums: UnsafeMutablePointer<Float>

  /// A cache of at most `capacity` entries (a power of two at most half full).
  init(capacity: Int = 1 << 16) {
    var slots = 16
    while slots < capacity * 2 { slots <<= 1 }
    slotMask = slots - 1
    maximumCount = capacity
    keys = .allocate(capacity: slots)
    keys.initialize(repeating: 0, count: slots)
    // Only a slot with a key is read: the rest is written before its key.
    buckets = .allocate(capacity: slots * Self.features)
    firstSums = .allocate(capacity: slots)
    lastSums = .allocate(capacity: slots)
  }

  deinit {
    keys.deallocate()
    buckets.deallocate()
    firstSums.deallocate()
    lastSums.deallocate()
  }

  /// The key of a token's first buckets (never 0).
  @inline(__always)
  static func key(_ tokenBuckets: UnsafePointer<Int32>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for feature in 0..<features {
      hash = (hash ^ UInt64(UInt32(bitPattern: tokenBuckets[feature]))) &* 0x0000_0100_0000_01b3
    }
    hash ^= hash >> 31
    return hash == 0 ? 1 : hash
  }

  /// The slot of each token's entry, -1 where there is none. `tokenKeys[t]` is the key of
  /// token `t`, whose buckets start at `allBuckets[t * perToken]`.
  func find(
    _ tokenKeys: UnsafeBufferPointer<UInt64>, buckets allBuckets: UnsafeBufferPointer<Int32>, perToken: Int,
    into slots: UnsafeMutableBufferPointer<Int32>
  ) {
    lock.lock()
    defer { lock.unlock() }
    for token in 0..<tokenKeys.count {
      slots[token] = Int32(slot(of: tokenKeys[token], buckets: allBuckets.baseAddress! + token * perToken) ?? -1)
    }
  }

  /// The sums of an entry found by `find`.
  @inline(__always)
  func sums(at slot: Int32) -> (first: SIMD8<Float>, last: Float) {
    (firstSums[Int(slot)], lastSums[Int(slot)])
  }

  /// Adds the sums of the tokens that had no entry (`slots[t] < 0`), while there is room.
  func insert(
    _ tokenKeys: UnsafeBufferPointer<UInt64>, buckets allBuckets: UnsafeBufferPointer<Int32>, perToken: Int,
    slots: UnsafeBufferPointer<Int32>, first: UnsafeBufferPointer<SIMD8<Float>>, last: UnsafeBufferPointer<Float>
  ) {
    lock.lock()
    defer { lock.unlock() }
    for token in 0..<tokenKeys.count where slots[token] < 0 {
      guard count < maximumCount else { return }
      let key = tokenKeys[token]
      let tokenBuckets = allBuckets.baseAddress! + token * perToken
      var slot = Int(truncatingIfNeeded: key) & slotMask
      while keys[slot] != 0 {
        if keys[slot] == key && sameBuckets(slot, tokenBuckets) { break }
        slot = (slot + 1) & slotMask
      }
      guard keys[slot] == 0 else { continue }
      (buckets + slot * Self.features).update(from: tokenBuckets, count: Self.features)
      firstSums[slot] = first[token]
      lastSums[slot] = last[token]
      keys[slot] = key
      count += 1
    }
  }

  private func slot(of key: UInt64, buckets tokenBuckets: UnsafePointer<Int32>) -> Int? {
    var slot = Int(truncatingIfNeeded: key) & slotMask
    while keys[slot] != 0 {
      if keys[slot] == key && sameBuckets(slot, tokenBuckets) { return slot }
      slot = (slot + 1) & slotMask
    }
    return nil
  }

  @inline(__always)
  private func sameBuckets(_ slot: Int, _ tokenBuckets: UnsafePointer<Int32>) -> Bool {
    let stored = buckets + slot * Self.features
    for feature in 0..<Self.features where stored[feature] != tokenBuckets[feature] { return false }
    return true
  }
}
