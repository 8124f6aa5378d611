import Foundation

/// Distributional word clusters (Resources/word_clusters.tsv, built from unlabeled news,
/// Wikipedia and tweet text by `scripts/ner/build_word_clusters.py`): words used in the same
/// contexts share a cluster, at three levels (coarse, mid, fine). A tagger feature: a name
/// never seen in the annotated data still falls into the cluster of the names it is written
/// like (a transliterated first name, a ministry's head word, a club). Stored in the model
/// file, so its bytes enter the stage's cache key with the model's.
public struct WordClusterTable: Sendable, Equatable {
  /// Folded word hash → `coarse << 24 | mid << 12 | fine`, each level plus one (0: unknown).
  let clusters: [UInt64: UInt32]
  /// The same pairs in open addressing for the stage's look-ups (linear probing, 0 free): per
  /// slot 16 bits of the key over the fine cluster, in one flat array of 4-byte slots small
  /// enough to stay in cache (a `Dictionary` would hash its key again and spread over far more
  /// memory); `packedByFine` gives the three levels. Two words agreeing in those bits and met
  /// on one probe run share clusters: rare, and the same in training as in use.
  private let slots: [UInt32]
  private let packedByFine: [UInt32]
  private let mask: Int

  init(clusters: [UInt64: UInt32] = [:]) {
    self.clusters = clusters
    var capacity = 16
    while capacity * 3 < clusters.count * 4 { capacity <<= 1 }
    var slots = [UInt32](repeating: 0, count: capacity)
    var packedByFine = [UInt32](repeating: 0, count: 0x1000)
    for (key, value) in clusters.sorted(by: { $0.key < $1.key }) {
      let fine = Int(value & 0xFFF)
      packedByFine[fine] = value
      var slot = Self.slot(key, mask: capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Self.tag(key) << 16 | UInt32(fine)
    }
    self.slots = slots
    self.packedByFine = packedByFine
    self.mask = capacity - 1
  }

  /// Reads `word<TAB>coarse<TAB>mid<TAB>fine` lines (`#` comments); a word that folds like an
  /// earlier one keeps the earlier (more frequent) word's clusters. The levels are a hierarchy:
  /// a fine cluster lies in one mid and one coarse cluster.
  init(lines: some Sequence<Substring>) {
    var clusters: [UInt64: UInt32] = [:]
    for line in lines where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      guard fields.count == 4, let coarse = UInt32(fields[1]), let mid = UInt32(fields[2]),
        let fine = UInt32(fields[3]), coarse < 0xFF, mid < 0xFFF, fine < 0xFFF
      else { continue }
      let text = TokenizedText(String(fields[0]))
      guard text.tokens.count == 1, clusters[text.tokens[0].hash] == nil else { continue }
      clusters[text.tokens[0].hash] = (coarse + 1) << 24 | (mid + 1) << 12 | (fine + 1)
    }
    self.init(clusters: clusters)
  }

  /// Reads a table in the resource's format (`word<TAB>coarse<TAB>mid<TAB>fine`, `#` comments);
  /// malformed lines are skipped.
  public init(tsv: String) {
    self.init(lines: tsv.split(separator: "\n"))
  }

  /// The clusters of a word as the tagger reads them (folded: case, hamza carriers, ة and ى do
  /// not matter): coarse, mid and fine ids as written in the table, or nil when it is not listed.
  public func levels(of word: String) -> (coarse: Int, mid: Int, fine: Int)? {
    let text = TokenizedText(word)
    guard text.tokens.count == 1 else { return nil }
    let packed = find(text.tokens[0].hash)
    guard packed != 0 else { return nil }
    return (Int(packed >> 24) - 1, Int((packed >> 12) & 0xFFF) - 1, Int(packed & 0xFFF) - 1)
  }

  /// The shipped table, read once per process (empty when the resource is missing); the
  /// trainer stores it in the models it writes.
  static let shipped: WordClusterTable = {
    let url =
      Bundle.module.url(forResource: "word_clusters", withExtension: "tsv", subdirectory: "Resources")
      ?? Bundle.module.url(forResource: "word_clusters", withExtension: "tsv")
    let content = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
    return WordClusterTable(lines: content.split(separator: "\n"))
  }()

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.clusters == rhs.clusters }

  @inline(__always)
  private static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
  }

  /// 16 bits of the key other than the slot's, never 0 (0 marks a free slot).
  @inline(__always)
  private static func tag(_ key: UInt64) -> UInt32 { max(UInt32(truncatingIfNeeded: key >> 48), 1) }

  /// The packed clusters of one word hash (0 when it is not listed).
  @inline(__always)
  func find(_ key: UInt64) -> UInt32 {
    let tag = Self.tag(key)
    var slot = Self.slot(key, mask: mask)
    while true {
      let found = slots[slot]
      if found >> 16 == tag { return packedByFine[Int(found & 0xFFF)] }
      if found == 0 { return 0 }
      slot = (slot + 1) & mask
    }
  }

  /// The packed clusters of a word that `find` did not list as written: those of its form
  /// without the article (and the clitics before it), or else without a first-letter proclitic.
  @inline(__always)
  func fallbackClusters(word: UInt64, stem: UInt64, unclitic: UInt64) -> UInt32 {
    if stem != word { return find(stem) }
    return unclitic != word ? find(unclitic) : 0
  }
}
