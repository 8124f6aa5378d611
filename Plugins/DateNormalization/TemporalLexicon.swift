/// The words the temporal grammar knows, keyed by the hash of their folded form.
///
/// An open-addressing table of 64-bit hashes: the pre-filter looks every word of a document
/// up here, so a lookup is a multiply, a mask and usually one comparison. Arabic entries are
/// also stored with the proclitics news text attaches (و ف ب ل ك and their pairs, لل for
/// ال), each variant remembering how many letters to leave out of the span.
struct TemporalLexicon: Sendable {
  struct Hit: Sendable {
    var entry: LexicalEntry
    /// Proclitic letters at the start of the word that are not part of the expression.
    var prefixLetters: Int
    /// The word opens a region for the parser (`LexicalEntry.isTrigger`, or a vague reference
    /// by itself: "in the past", "في الماضي").
    var trigger = false
    /// One of `arabicDecisionVerbs`, with or without a proclitic.
    var decision = false
    /// Arabic منذ: a region opened just after it keeps more words before it, for the verb that
    /// says whether منذ and an amount is "ago" or "for" (`TemporalParser.sinceMeansFor`).
    var reachesBack = false
    /// The entry opens a holiday phrase (`TemporalLexicon.markHolidayHeads`).
    var holidayHead = false
    /// The entry is that of an eve word, "eve", "erev" or عشية (`TemporalLexicon.markEveWords`).
    var eveWord = false
  }

  private var keys: [UInt64]
  private var hits: [Hit]
  private let mask: Int
  /// A Bloom filter over the keys (two bits per key in 2^19): the table is too large for the
  /// processor's near caches, so a word the grammar does not know, which is most words of a
  /// document, would cost a slow memory load; the filter, 64 KB, answers for most of them.
  private var filter: [UInt64]

  private static let filterBits = 19

  /// The two filter bits of a hash.
  @inline(__always)
  private static func filterPositions(_ hash: UInt64) -> (Int, Int) {
    let mixed = (hash ^ (hash >> 31)) &* 0xD6E8_FEB8_6659_FD93
    let low = Int(truncatingIfNeeded: (mixed >> 20) & ((1 << filterBits) - 1))
    let high = Int(truncatingIfNeeded: mixed >> (64 - filterBits))
    return (low, high)
  }

  /// Looks up a word hash.
  @inline(__always)
  func lookup(_ hash: UInt64) -> Hit? {
    let (low, high) = Self.filterPositions(hash)
    guard filter[low >> 6] & (1 << UInt64(low & 63)) != 0, filter[high >> 6] & (1 << UInt64(high & 63)) != 0
    else { return nil }
    var index = Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
    while true {
      let key = keys[index]
      if key == hash { return hits[index] }
      if key == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  init(entries: [(String, LexicalEntry)]) {
    var table: [(UInt64, Hit)] = []
    var seen: Set<UInt64> = []
    // Base forms first so that a prefixed variant never shadows a real word.
    for (word, entry) in entries {
      let hash = WordHasher.hash(word)
      if seen.insert(hash).inserted {
        table.append(
          (
            hash,
            Hit(
              entry: entry, prefixLetters: 0, trigger: TemporalLexicon.opensRegion(word, entry),
              decision: TemporalLexicon.arabicDecisionVerbs.contains(word),
              reachesBack: TemporalLexicon.reachesBack(word, entry))
          ))
      }
    }
    for (word, entry) in entries where TemporalLexicon.takesProclitics(word) {
      for (variant, letters) in TemporalLexicon.procliticVariants(of: word) {
        let hash = WordHasher.hash(variant)
        if seen.insert(hash).inserted {
          table.append(
            (
              hash,
              Hit(
                entry: entry, prefixLetters: letters, trigger: TemporalLexicon.opensRegion(word, entry),
                decision: TemporalLexicon.arabicDecisionVerbs.contains(word),
                reachesBack: TemporalLexicon.reachesBack(word, entry))
            ))
        }
      }
    }
    var capacity = 64
    while capacity < table.count * 3 { capacity *= 2 }
    keys = [UInt64](repeating: 0, count: capacity)
    hits = [Hit](repeating: Hit(entry: .keyword(.and), prefixLetters: 0), count: capacity)
    mask = capacity - 1
    filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
    // The empty key's bits too, so that a word hashing to 0 reads the table as before.
    for hash in table.map(\.0) + [0] {
      let (low, high) = Self.filterPositions(hash)
      filter[low >> 6] |= 1 << UInt64(low & 63)
      filter[high >> 6] |= 1 << UInt64(high & 63)
    }
    for (hash, hit) in table where hash != 0 {
      var index =
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
      while keys[index] != 0 { index = (index + 1) & mask }
      keys[index] = hash
      hits[index] = hit
    }
  }

  /// Sets `flag` on every stored word whose entry satisfies `isMarked`.
  mutating func mark(_ flag: WritableKeyPath<Hit, Bool>, where isMarked: (LexicalEntry) -> Bool) {
    for index in keys.indices where keys[index] != 0 && isMarked(hits[index].entry) {
      hits[index][keyPath: flag] = true
    }
  }

  private static func takesProclitics(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, first.value >= 0x0600, first.value <= 0x06FF
    else { return false }
    return word.unicodeScalars.count >= 3
  }

  /// و ف ب ل ك and their pairs before the word; for a word with ال also لل and ولل / فلل.
  private static func procliticVariants(of word: String) -> [(String, Int)] {
    var variants: [(String, Int)] = []
    let folded = String(
      String.UnicodeScalarView(
        word.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
          if case .letter(let value) = TemporalScalar.of(scalar.value) { return Unicode.Scalar(value) }
          return nil
        }))
    let startsWithAlef = folded.hasPrefix("ا")
    for prefix in ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"] {
      if prefix.hasSuffix("ل") && startsWithAlef && !folded.hasPrefix("ال") { continue }
      variants.append((prefix + folded, prefix.unicodeScalars.count))
    }
    if folded.hasPrefix("ال") {
      let stem = String(folded.unicodeScalars.dropFirst(2))
      for prefix in ["لل", "ولل", "فلل"] {
        // "للعام" keeps its whole word in the span (the second ل is ال's), "وللعام" drops و.
        variants.append((prefix + stem, prefix.unicodeScalars.count - 2))
      }
    }
    return variants
  }
}
