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
  /// Market and quantity direction (rose, fell, unemployment, shares), paired in the clause.
  var direction: SentimentDirectionWord?
  var canOpenVerb: Bool
  var isLoneT: Bool
}

/// Distinct words (by their normalized scalars) with their features, the summed weights of
/// their character n-grams and the weights of their word and stem buckets, for one model.
///
/// What a look-up reads sits together (one record per word, one run of floats per word): the
/// table outgrows the caches, and scattered arrays cost a cache miss each.
struct SentimentWordTable: Sendable {
  /// One word: where its scalars are, its hash and its features.
  struct Record: Sendable {
    var key: UInt64
    var scalarStart: Int32
    var scalarCount: Int32
    var nGramCount: Int32
    var features: SentimentWordFeatures
  }

  let classes: Int
  /// Floats per word: `floatsPerWord(classes)`.
  let stride: Int
  private var index = WordKeyIndex()
  private var storedScalars: [Unicode.Scalar] = []
  private(set) var records: [Record] = []
  /// Per word: the n-gram sums by class, then the weights by class of its surface, negated
  /// surface, stem and negated stem buckets (`WordWeights`).
  private(set) var floats: [Float] = []

  init(classes: Int) {
    self.classes = classes
    self.stride = Self.floatsPerWord(classes)
  }

  /// The floats kept per word: n-gram sums and four buckets' weights, by class.
  static func floatsPerWord(_ classes: Int) -> Int { classes * (1 + WordWeights.allCases.count) }

  var count: Int { records.count }

  /// The entry of the word with scalars `scalars[range]` and hash `key`, if stored.
  @inline(__always)
  func find(_ key: UInt64, _ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int? {
    records.withUnsafeBufferPointer { records in
      guard let found = index.entry(for: key, keyOf: { records[$0].key }) else { return nil }
      let record = records[found]
      guard Int(record.scalarCount) == range.count else { return nil }
      var a = Int(record.scalarStart)
      var b = range.lowerBound
      while b < range.upperBound {
        if storedScalars[a] != scalars[b] { return nil }
        a += 1
        b += 1
      }
      return found
    }
  }

  /// Stores a word (a key already taken by another word is left to it) and returns its entry;
  /// `floats` holds `stride` values.
  @discardableResult
  mutating func append(
    _ key: UInt64, _ word: some Collection<Unicode.Scalar>, _ features: SentimentWordFeatures, nGramCount: Int,
    floats values: some Collection<Float>
  ) -> Int {
    let entry = records.count
    let start = storedScalars.count
    storedScalars += word
    records.append(
      Record(
        key: key, scalarStart: Int32(start), scalarCount: Int32(storedScalars.count - start),
        nGramCount: Int32(nGramCount), features: features))
    floats += values
    records.withUnsafeBufferPointer { records in
      index.insertIfAbsent(key, entry: entry, keyOf: { records[$0].key })
    }
    return entry
  }

  /// Copies the entries of `other` that this table does not hold, up to `limit` entries in all.
  mutating func absorb(_ other: SentimentWordTable, limit: Int) {
    for entry in 0..<other.count where count < limit {
      let record = other.records[entry]
      let found = records.withUnsafeBufferPointer { records in
        index.entry(for: record.key, keyOf: { records[$0].key })
      }
      guard found == nil else { continue }
      let start = Int(record.scalarStart)
      append(
        record.key, other.storedScalars[start..<start + Int(record.scalarCount)], record.features,
        nGramCount: Int(record.nGramCount), floats: other.floats[entry * stride..<(entry + 1) * stride])
    }
  }
}

/// The bucket weights a word table keeps per word, in the order of its floats (after the
/// n-gram sums).
enum WordWeights: Int, CaseIterable {
  case surface = 1
  case negatedSurface, stem, negatedStem
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

  /// The entry of the word `token`, computing it with `make` on a miss (`make` fills the
  /// word's floats, `SentimentWordTable.floatsPerWord` of them, and returns the features and
  /// n-gram count, or nil for a token with nothing to featurize: then the result is -1).
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
    var floats = [Float](repeating: 0, count: base.stride)
    guard let (features, count) = make(&floats) else { return -1 }
    return base.count + local.append(key, scalars[token.range], features, nGramCount: count, floats: floats)
  }

  @inline(__always) func features(_ entry: Int) -> SentimentWordFeatures {
    entry < base.count ? base.records[entry].features : local.records[entry - base.count].features
  }

  @inline(__always) func nGramCount(_ entry: Int) -> Int {
    Int(entry < base.count ? base.records[entry].nGramCount : local.records[entry - base.count].nGramCount)
  }

  /// The word's float at `offset` (below `classes`: the n-gram sum of that class).
  @inline(__always) func float(_ entry: Int, _ offset: Int) -> Float {
    entry < base.count
      ? base.floats[entry &* base.stride &+ offset] : local.floats[(entry - base.count) &* base.stride &+ offset]
  }

  @inline(__always) func nGramScore(_ entry: Int, _ label: Int) -> Float { float(entry, label) }

  /// Copies the word's floats (`SentimentWordTable.floatsPerWord`) to `destination`.
  @inline(__always) func copyFloats(_ entry: Int, to destination: UnsafeMutablePointer<Float>) {
    let stride = base.stride
    if entry < base.count {
      base.floats.withUnsafeBufferPointer {
        destination.initialize(from: $0.baseAddress! + entry &* stride, count: stride)
      }
    } else {
      local.floats.withUnsafeBufferPointer {
        destination.initialize(from: $0.baseAddress! + (entry - base.count) &* stride, count: stride)
      }
    }
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
