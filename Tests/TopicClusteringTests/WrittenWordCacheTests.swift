import Testing
import WorkbenchCore

@testable import TopicClustering

/// The shared written-word cache hands out ids; what a document collects must not depend on
/// it: with no cache, a shared one, or one already full, the packed terms are the same bytes.
@Suite struct WrittenWordCacheTests {
  // Written for these tests: a dateline (formula words), a word repeated in two forms, a
  // phrase, and the same words again in a second document.
  static let documents = [
    Document(
      id: "a",
      text: "TUNIS, May 3 (Reuters) - Port workers said the port strike stopped the cranes. Ports reopened."),
    Document(id: "b", text: "The port strike ended; cranes moved cargo again at the port of Sfax."),
    Document(id: "c", text: "والنفط يرتفع. قالت الوزارة إن النفط والغاز في ارتفاع، وإن أسعار النفط تضاعفت."),
  ]

  static func packed(_ collector: TermCollector) -> [String] {
    documents.map { collector.collect($0, boilerplate: []).terms }
  }

  @Test func aFullOrMissingCacheCollectsTheSameBytes() {
    let alone = Self.packed(TermCollector(phrases: true, cache: nil))
    let shared = Self.packed(TermCollector(phrases: true, cache: WrittenWordCache()))
    // Full after the first document's first few words: later documents use a cache of their own.
    let full = Self.packed(TermCollector(phrases: true, cache: WrittenWordCache(capacity: 3)))
    #expect(shared == alone)
    #expect(full == alone)
    #expect(alone[1].hasPrefix("port;2;port;2|strike;1;strike;1"))
    // والنفط and النفط are one term, shown without the conjunction; قالت is a formula term.
    #expect(alone[2].hasPrefix("نفط;3;النفط;3|يرتفع;1;يرتفع;1|~قالت;1;قالت;1|"))
  }

  @Test func aWordIsStoredOnceAndItsFormulaStemMarkedOnce() {
    let cache = WrittenWordCache()
    let bytes = Array("ports".utf8)
    let first = bytes.withUnsafeBufferPointer { cache.store($0, stem: Array("port".utf8), surface: bytes) }
    let again = bytes.withUnsafeBufferPointer { cache.store($0, stem: Array("other".utf8), surface: bytes) }
    #expect(again == first)
    #expect(bytes.withUnsafeBufferPointer { cache.lookUp($0) } == first)
    #expect(!first.formula)
    let marked = cache.markedStem(first.stem)
    #expect(marked != first.stem)
    #expect(cache.markedStem(first.stem) == marked)
    #expect(cache.markedStem(marked) == marked)
    let stemBytes = cache.withTables { stems, _ in Array(stems.bytes(of: Int(marked))) }
    #expect(stemBytes == Array("~port".utf8))
    let stopword = Array("the".utf8)
    #expect(stopword.withUnsafeBufferPointer { cache.store($0, stem: nil, surface: []) } == .notContent)
  }
}
