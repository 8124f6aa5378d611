/// The BIO tags of the entity tagger: `O`, then `B-` and `I-` for each coarse type, in the order
/// of `CoarseEntityType.all`. Tag 0 is `O`; type `k` begins with tag `1 + 2k` and continues
/// with `2 + 2k`.
struct EntityTagSet: Sendable {
  let types: [String]
  var count: Int { 1 + 2 * types.count }

  init(types: [String] = CoarseEntityType.all) {
    self.types = types
  }

  func begin(_ type: Int) -> Int { 1 + 2 * type }
  func inside(_ type: Int) -> Int { 2 + 2 * type }
  /// The type of a tag, nil for `O`.
  func type(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 2 }
  func isInside(_ tag: Int) -> Bool { tag != 0 && (tag - 1) % 2 == 1 }

  /// `I-X` may only follow `B-X` or `I-X`.
  func allows(_ previous: Int, _ tag: Int) -> Bool {
    guard isInside(tag) else { return true }
    return previous != 0 && type(of: previous) == type(of: tag)
  }

  var names: [String] {
    ["O"] + types.flatMap { ["B-" + $0, "I-" + $0] }
  }
}
