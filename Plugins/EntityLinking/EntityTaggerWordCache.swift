import Foundation

/// The featurizer's facts of a word that depend on its folded scalars alone (its stem, its form
/// without proclitics, its prefixes and suffixes, the shape's article and length, its case
/// usage, clusters and whether it heads organization names), kept across texts and found by
/// the word's scalars.
///
/// Why: the facts hash several slices of every token's scalars and make four table look-ups,
/// and news repeats its words from text to text, so most tokens' facts were made before. An
/// entry is used only when its scalars and script equal the token's, so it holds exactly the
/// facts the featurizer would make: the features, and so the output, do not depend on what the
/// cache holds.
///
/// Shared by the threads that link with one tagger, as `EntityTaggerPrefixCache` is: look-ups
/// and insertions of a whole text are made under a lock, twice per text; an entry is written
/// once, before its key is set under the lock, and never changed, so it is read after the
/// look-up without the lock.
final class EntityTaggerWordCache: @unchecked Sendable {
  /// The facts of one word.
  struct Facts {
    var stem: UInt64
    var unclitic: UInt64
    var prefix2: UInt64
    var prefix3: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var caseUsage: UInt64
    var cluster: UInt32
    /// `EntityTaggerFeaturizer.ShapeParts`, packed.
    var shapeParts: UInt16
    var organizationHead: Bool
  }

  /// Longer words are not kept (they are rare, and an entry holds its scalars in place).
  static let longestWord = 15

  private let lock = NSLock()
  private let slotMask: Int
  private let maximumCount: Int
  private var count = 0
  /// Per slot of the probe table: the number of its entry plus one, 0 for a free slot. The
  /// entries are stored densely in the order they came, so that memory is used as they come.
  private let slots: UnsafeMutablePointer<Int32>
  private let keys: UnsafeMutablePointer<UInt64>
  /// Per entry: the word's length and whether it is Latin, then its scalars.
  private let words: UnsafeMutablePointer<UInt32>
  private let facts: UnsafeMutablePointer<Facts>
  private static let wordStride = longestWord + 1

  /// A cache of at most `capacity` words (a probe table at most half full).
  init(capacity: Int = 1 << 16) {
    var slotCount = 16
    while slotCount < capacity * 2 { slotCount <<= 1 }
    slotMask = slotCount - 1
    maximumCount = capacity
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: 0, count: slotCount)
    // Only an entry that a slot names is read: each is written before its slot is set.
    keys = .allocate(capacity: capacity)
    words = .allocate(capacity: capacity * Self.wordStride)
    facts = .allocate(capacity: capacity)
  }

  deinit {
    slots.deallocate()
    keys.deallocate()
    words.deallocate()
    facts.deallocate()
  }

  /// The key of a token (never 0): its hash, with the script mixed in.
  @inline(__always)
  static func key(_ token: TokenizedText.Token) -> UInt64 {
    let key = token.isLatin ? token.hash : ~token.hash
    return key == 0 ? 1 : key
  }

  /// The first probe slot of a key: the high bits of a product, as the low bits of the word
  /// hash depend on the low bits of the scalars only.
  @inline(__always)
  private static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> 40) & mask
  }

  /// The entry of each token, -1 where there is none.
  func find(
    _ tokens: UnsafeBufferPointer<TokenizedText.Token>, folded: UnsafeBufferPointer<UInt32>,
    into entries: UnsafeMutablePointer<Int32>
  ) {
    lock.lock()
    defer { lock.unlock() }
    for position in 0..<tokens.count {
      let token = tokens[position]
      let key = Self.key(token)
      var slot = Self.slot(key, mask: slotMask)
      var found: Int32 = -1
      while slots[slot] != 0 {
        let entry = Int(slots[slot]) &- 1
        if keys[entry] == key && sameWord(entry, token, folded: folded) {
          found = Int32(truncatingIfNeeded: entry)
          break
        }
        slot = (slot &+ 1) & slotMask
      }
      entries[position] = found
    }
  }

  /// The facts of an entry found by `find`.
  @inline(__always)
  func facts(at entry: Int32) -> Facts { facts[Int(entry)] }

  /// Adds the facts of the tokens that had no entry (`entries[t] < 0`), while there is room.
  func insert(
    _ tokens: UnsafeBufferPointer<TokenizedText.Token>, folded: UnsafeBufferPointer<UInt32>,
    entries: UnsafePointer<Int32>, facts made: UnsafePointer<Facts>
  ) {
    lock.lock()
    defer { lock.unlock() }
    for position in 0..<tokens.count where entries[position] < 0 {
      guard count < maximumCount else { return }
      let token = tokens[position]
      let length = Int(token.foldedEnd &- token.foldedStart)
      guard length <= Self.longestWord else { continue }
      let key = Self.key(token)
      var slot = Self.slot(key, mask: slotMask)
      var known = false
      while slots[slot] != 0 {
        let entry = Int(slots[slot]) &- 1
        if keys[entry] == key && sameWord(entry, token, folded: folded) {
          known = true
          break
        }
        slot = (slot &+ 1) & slotMask
      }
      // The same word twice in one text: the first one's facts are in already.
      guard !known else { continue }
      let word = words + count &* Self.wordStride
      word[0] = UInt32(length) | (token.isLatin ? 0x100 : 0)
      for offset in 0..<length { word[1 &+ offset] = folded[Int(token.foldedStart) &+ offset] }
      facts[count] = made[position]
      keys[count] = key
      count += 1
      slots[slot] = Int32(truncatingIfNeeded: count)
    }
  }

  @inline(__always)
  private func sameWord(_ entry: Int, _ token: TokenizedText.Token, folded: UnsafeBufferPointer<UInt32>) -> Bool {
    let word = words + entry &* Self.wordStride
    let length = Int(token.foldedEnd &- token.foldedStart)
    guard word[0] == UInt32(length) | (token.isLatin ? 0x100 : 0) else { return false }
    let start = Int(token.foldedStart)
    for offset in 0..<length where word[1 &+ offset] != folded[start &+ offset] { return false }
    return true
  }
}
