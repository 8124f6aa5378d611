/// A frozen set of folded word hashes (`NonNameWords.hashes`) with a bit filter in front: a
/// hash whose bit is clear is answered without the `Set`'s seeded hasher (about a hundred
/// instructions), which the rules would otherwise run for most tokens they look at. A set bit
/// only says that the set must be asked, so every answer is the set's own.
///
/// The filter has 64 bits per word (at least 512), so a small list costs a few cache lines, not
/// the 8 KB of a full `HashBitFilter`.
struct WordHashSet: Sendable, Collection, ExpressibleByArrayLiteral {
  /// The hashes, as a plain set.
  let hashes: Set<UInt64>
  private let filter: HashBitFilter

  init<Hashes: Sequence>(_ hashes: Hashes) where Hashes.Element == UInt64 {
    let set = Set(hashes)
    var bits = 512
    while bits < set.count * 64 { bits <<= 1 }
    self.hashes = set
    self.filter = HashBitFilter(set, bitCount: Swift.min(bits, 1 << 16))
  }

  init(arrayLiteral elements: UInt64...) {
    self.init(elements)
  }

  /// Whether the set holds the hash: one bit test for most hashes that it does not hold.
  @inline(__always)
  func contains(_ hash: UInt64) -> Bool {
    filter.mayContain(hash) && hashes.contains(hash)
  }

  func union(_ other: WordHashSet) -> WordHashSet {
    WordHashSet(hashes.union(other.hashes))
  }

  var startIndex: Set<UInt64>.Index { hashes.startIndex }
  var endIndex: Set<UInt64>.Index { hashes.endIndex }
  var count: Int { hashes.count }
  subscript(position: Set<UInt64>.Index) -> UInt64 { hashes[position] }
  func index(after position: Set<UInt64>.Index) -> Set<UInt64>.Index { hashes.index(after: position) }
}
