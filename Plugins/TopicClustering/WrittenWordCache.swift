import Foundation

/// What the collect step found for each written word (its stem and its surface form, or that
/// it is not a content word), shared by every document a stage instance collects.
///
/// A news corpus writes the same few tens of thousands of words in every document, and light
/// stemming with its lexicon look-ups and the stopword checks cost more than the rest of
/// collect; caching them across documents makes collect pay for them once per written word
/// instead of once per document. Stems and surfaces are interned here and handed out as ids,
/// so a document keeps ids instead of copying and interning their bytes again; the bytes are
/// read once, when the document is packed. The result for a word depends on the word alone,
/// and ids never reach the packed value, so the cache never changes what a document collects.
/// Documents may be collected concurrently, hence the lock (taken once or twice per distinct
/// word of a document and once to pack it, never while stemming).
final class WrittenWordCache: @unchecked Sendable {
  /// A written word as the cache knows it: its stem and surface ids, or a negative stem when it
  /// is not a content word.
  struct Word: Equatable {
    var stem: Int32
    var surface: Int32
    /// Whether the stem is a formula term (`~`-marked).
    var formula: Bool

    static let notContent = Word(stem: -1, surface: -1, formula: false)
    var isContent: Bool { stem >= 0 }
  }

  private let lock = NSLock()
  private var words = TermTable()
  private var found: [Word] = []
  private var stems = TermTable()
  private var surfaces = TermTable()
  /// Per stem id: the id of the same stem with the formula marker in front (-1 until asked).
  private var markedStems: [Int32] = []

  /// Words cached at most, so that memory stays bounded on a huge corpus: a document starting
  /// once the cache is full works its words out in a cache of its own (same results, slower).
  let capacity: Int

  init(capacity: Int = 1 << 19) {
    self.capacity = capacity
  }

  /// Whether the cache holds its capacity of words.
  var isFull: Bool {
    lock.lock()
    defer { lock.unlock() }
    return words.count >= capacity
  }

  /// What a written word was found to be, nil when it is not cached.
  func lookUp(_ written: UnsafeBufferPointer<UInt8>) -> Word? {
    lock.lock()
    defer { lock.unlock() }
    return words.id(of: written).map { found[Int($0)] }
  }

  /// Records a written word's stem and surface bytes, or (nil stem) that it is not a content
  /// word, and returns what is recorded for it (another document may have been first).
  func store(_ written: UnsafeBufferPointer<UInt8>, stem: [UInt8]?, surface: [UInt8]) -> Word {
    lock.lock()
    defer { lock.unlock() }
    if let id = words.id(of: written) { return found[Int(id)] }
    _ = words.intern(written)
    var word = Word.notContent
    if let stem {
      word.stem = stem.withUnsafeBufferPointer { internStem($0) }
      word.surface = surface.withUnsafeBufferPointer { surfaces.intern($0) }
      word.formula = stem.first == CollectedTerms.formulaMarker
    }
    found.append(word)
    return word
  }

  /// The id of a stem with the formula marker in front (itself when it has one already).
  func markedStem(_ stem: Int32) -> Int32 {
    lock.lock()
    defer { lock.unlock() }
    if markedStems[Int(stem)] >= 0 { return markedStems[Int(stem)] }
    var bytes = Array(stems.bytes(of: Int(stem)))
    if bytes.first != CollectedTerms.formulaMarker { bytes.insert(CollectedTerms.formulaMarker, at: 0) }
    let marked = bytes.withUnsafeBufferPointer { internStem($0) }
    markedStems[Int(stem)] = marked
    return marked
  }

  /// Runs `body` with the stem and surface tables, under the lock: how a document reads the
  /// bytes of its ids when it is packed.
  func withTables<Result>(_ body: (_ stems: TermTable, _ surfaces: TermTable) -> Result) -> Result {
    lock.lock()
    defer { lock.unlock() }
    return body(stems, surfaces)
  }

  private func internStem(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let id = stems.intern(bytes)
    if Int(id) == markedStems.count { markedStems.append(-1) }
    return id
  }
}
