import Foundation

/// What the collect step found for each written word (its stem and its surface form, or that
/// it is not a content word), shared by every document a stage instance collects.
///
/// A news corpus writes the same few tens of thousands of words in every document, and light
/// stemming with its lexicon look-ups and the stopword checks cost more than the rest of
/// collect; caching them across documents makes collect pay for them once per written word
/// instead of once per document. The result for a word depends on the word alone, so the
/// cache never changes what a document collects. Documents may be collected concurrently,
/// hence the lock (taken twice per distinct word of a document, never while stemming).
final class WrittenWordCache: @unchecked Sendable {
  private let lock = NSLock()
  private var words = TermTable()
  /// Per cached word: the end of its stem and of its surface in `arena`, starting at the
  /// previous word's surface end; a negative stem end marks a word that is not a content word.
  private var stemEnds: [Int] = []
  private var surfaceEnds: [Int] = []
  private var arena: [UInt8] = []

  /// Words cached at most, so that memory stays bounded on a huge corpus; further words are
  /// worked out again each time (same results, just slower).
  let capacity: Int

  init(capacity: Int = 1 << 19) {
    self.capacity = capacity
  }

  /// What a written word was found to be: nil when it is not cached; false when it is not a
  /// content word; true with `stem` and `surface` replaced by its bytes.
  func lookUp(_ written: UnsafeBufferPointer<UInt8>, stem: inout [UInt8], surface: inout [UInt8]) -> Bool? {
    lock.lock()
    defer { lock.unlock() }
    guard let id = words.id(of: written).map(Int.init) else { return nil }
    let start = id == 0 ? 0 : surfaceEnds[id - 1]
    guard stemEnds[id] >= 0 else { return false }
    stem.removeAll(keepingCapacity: true)
    stem.append(contentsOf: arena[start..<stemEnds[id]])
    surface.removeAll(keepingCapacity: true)
    surface.append(contentsOf: arena[stemEnds[id]..<surfaceEnds[id]])
    return true
  }

  /// Records a written word's stem and surface, or (nil) that it is not a content word.
  func store(_ written: UnsafeBufferPointer<UInt8>, stem: [UInt8]?, surface: [UInt8]) {
    lock.lock()
    defer { lock.unlock() }
    guard words.count < capacity, words.id(of: written) == nil else { return }
    _ = words.intern(written)
    if let stem {
      arena.append(contentsOf: stem)
      stemEnds.append(arena.count)
      arena.append(contentsOf: surface)
    } else {
      stemEnds.append(-1)
    }
    surfaceEnds.append(arena.count)
  }
}
