import Foundation
import WorkbenchText

/// The context-free features of one word: its hashed word and stem buckets (plain and
/// negated), its stem hash for bigrams, its rule role, and what the `ما` + verb rule and the
/// `n't` rule read.
struct SentimentWordFeatures: Sendable {
  var surface: Int
  var negatedSurface: Int
  var stem: UInt64
  var stemDiffers: Bool
  var stemBucket: Int
  var negatedStem: Int
  var role: SentimentWordRole?
  var canOpenVerb: Bool
  var isLoneT: Bool
}

/// Distinct words (by their normalized scalars) with their features and the summed weights of
/// their character n-grams for one model.
struct SentimentWordTable: Sendable {
  let classes: Int
  private var index = WordKeyIndex()
  private var storedScalars: [Unicode.Scalar] = []
  private var spans: [Range<Int>] = []
  private var keys: [UInt64] = []
  private(set) var words: [SentimentWordFeatures] = []
  private(set) var nGramCounts: [Int] = []
  /// Summed n-gram contributions, `nGramScores[entry * classes + class]`.
  private(set) var nGramScores: [Float] = []

  init(classes: Int) {
    self.classes = classes
  }

  var count: Int { words.count }

  /// The entry of the word with scalars `scalars[range]` and hash `key`, if stored.
  @inline(__always)
  func find(_ key: UInt64, _ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int? {
    guard let found = index.entry(for: key, keys: keys) else { return nil }
    let span = spans[found]
    guard span.count == range.count else { return nil }
    var a = span.lowerBound, b = range.lowerBound
    while a < span.upperBound {
      if storedScalars[a] != scalars[b] { return nil }
      a += 1
      b += 1
    }
    return found
  }

  /// Stores a word (a key already taken by another word is left to it) and returns its entry.
  @discardableResult
  mutating func append(
    _ key: UInt64, _ word: some Collection<Unicode.Scalar>, _ features: SentimentWordFeatures, nGramCount: Int,
    nGramScores scores: some Collection<Float>
  ) -> Int {
    let entry = words.count
    let start = storedScalars.count
    storedScalars += word
    spans.append(start..<storedScalars.count)
    keys.append(key)
    words.append(features)
    nGramCounts.append(nGramCount)
    nGramScores += scores
    index.insertIfAbsent(key, entry: entry, keys: keys)
    return entry
  }

  /// Copies the entries of `other` that this table does not hold, up to `limit` entries in all.
  mutating func absorb(_ other: SentimentWordTable, limit: Int) {
    for entry in 0..<other.count where count < limit {
      let span = other.spans[entry]
      let key = other.keys[entry]
      guard index.entry(for: key, keys: keys) == nil else { continue }
      append(
        key, other.storedScalars[span], other.words[entry], nGramCount: other.nGramCounts[entry],
        nGramScores: other.nGramScores[entry * classes..<(entry + 1) * classes])
    }
  }
}

/// The word table of one document on top of a read-only snapshot of the words seen in earlier
/// documents (`SentimentSharedWords`), so a repeated word costs a hash and a look-up instead
/// of stemming and a dozen n-gram hashes. Entries below `base.count` are the snapshot's.
struct SentimentWordCache {
  private(set) var base: SentimentWordTable
  private(set) var local: SentimentWordTable

  init(classes: Int) {
    self.init(base: SentimentWordTable(classes: classes))
  }

  init(base: SentimentWordTable) {
    self.base = base
    self.local = SentimentWordTable(classes: base.classes)
  }

  var classes: Int { base.classes }

  /// The entry of the word `token`, computing it with `make` on a miss (`make` adds the
  /// n-gram contributions to the buffer it gets and returns the features and n-gram count, or
  /// nil for a token with nothing to featurize: then the result is -1).
  @inline(__always)
  mutating func entry(
    for token: Token, _ scalars: [Unicode.Scalar],
    make: (inout [Float]) -> (SentimentWordFeatures, Int)?
  ) -> Int {
    var key = SentimentFeaturizer.basis
    for position in token.start..<token.end { key = SentimentFeaturizer.step(key, scalars[position].value) }
    key = SentimentFeaturizer.step(key, UInt32(truncatingIfNeeded: token.end - token.start))
    if let found = base.find(key, token.range, scalars) { return found }
    if let found = local.find(key, token.range, scalars) { return base.count + found }
    var scores = [Float](repeating: 0, count: classes)
    guard let (features, count) = make(&scores) else { return -1 }
    return base.count + local.append(key, scalars[token.range], features, nGramCount: count, nGramScores: scores)
  }

  @inline(__always) func features(_ entry: Int) -> SentimentWordFeatures {
    entry < base.count ? base.words[entry] : local.words[entry - base.count]
  }

  @inline(__always) func nGramCount(_ entry: Int) -> Int {
    entry < base.count ? base.nGramCounts[entry] : local.nGramCounts[entry - base.count]
  }

  @inline(__always) func nGramScore(_ entry: Int, _ label: Int) -> Float {
    entry < base.count
      ? base.nGramScores[entry &* classes &+ label] : local.nGramScores[(entry - base.count) &* classes &+ label]
  }

  /// The words this document added, leaving the cache without its snapshot (so that merging
  /// them into the shared table does not copy it).
  mutating func detachLocal() -> SentimentWordTable {
    let words = local
    local = SentimentWordTable(classes: classes)
    base = SentimentWordTable(classes: classes)
    return words
  }
}

/// The words seen by one stage instance across documents, up to `limit` (then frozen): each
/// document reads a snapshot and hands back its new words. Thread-safe.
///
/// New words wait in `pending` and join the table in batches at least an eighth of its size:
/// the table is copied when it changes while other documents hold snapshots, and batching keeps
/// that copying linear in the table's final size.
final class SentimentSharedWords: @unchecked Sendable {
  private let lock = NSLock()
  private var table: SentimentWordTable
  private var pending: SentimentWordTable
  private let limit: Int
  private let minimumBatch: Int

  init(classes: Int, limit: Int = 1 << 16, minimumBatch: Int = 64) {
    self.table = SentimentWordTable(classes: classes)
    self.pending = SentimentWordTable(classes: classes)
    self.limit = limit
    self.minimumBatch = minimumBatch
  }

  /// A cache for one document over the words seen so far.
  func cache() -> SentimentWordCache {
    lock.lock()
    defer { lock.unlock() }
    return SentimentWordCache(base: table)
  }

  /// Adds a document's new words (from `SentimentWordCache.detachLocal()`).
  func absorb(_ words: SentimentWordTable) {
    guard words.count > 0 else { return }
    lock.lock()
    defer { lock.unlock() }
    guard table.count < limit else { return }
    pending.absorb(words, limit: limit)
    if pending.count >= max(minimumBatch, table.count / 8) || table.count + pending.count >= limit {
      table.absorb(pending, limit: limit)
      pending = SentimentWordTable(classes: table.classes)
    }
  }
}
