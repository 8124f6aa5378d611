/// What the tagger has already said about each word earlier in the same document: a
/// non-local feature ("extended prediction history", Ratinov and Roth 2009). A name is often
/// written once where its context makes it plain (`مدينة اشقودره`, `the port of Antwerp`) and
/// again later where it does not; the later occurrence reads the type given to the first.
///
/// The tagger decodes a document sentence by sentence; after each sentence, the tags given to
/// its words are recorded here, and the words of the following sentences get one more feature:
/// the set of tags (B or I of which type, or outside) given before to the same word. Words are
/// keyed by the bucket of their stem feature (the word without article and proclitics, so
/// `القرم` and `للقرم` share a history). The table is direct-mapped and fixed in size: a later
/// word that falls in an occupied slot replaces the earlier one (its history is then lost, never
/// mixed), so recording and reading cost one load and one store per token.
struct EntityTagHistory {
  /// Slots: the word's key shifted left by 16, or-ed with its tag flags; 0 is empty.
  private var slots: [UInt64]
  private let slotMask: Int

  /// The feature template number of the history (after the per-token templates).
  static let template = EntityTaggerFeaturizer.featuresPerToken
  /// Which of the per-token features keys a word's history: the stem.
  static let keyFeature = 2

  init(slotBits: Int = 11) {
    slots = [UInt64](repeating: 0, count: 1 << slotBits)
    slotMask = (1 << slotBits) - 1
  }

  /// Forgets every word (a new document).
  mutating func reset() {
    for index in slots.indices { slots[index] = 0 }
  }

  /// The history feature's bucket for a word keyed `key`, or nil when no earlier word with this
  /// key was tagged as part of a name (a word only ever seen outside names gets no feature).
  @inline(__always)
  func bucket(key: Int32, mask: UInt32) -> Int32? {
    let slot = slots[Int(key) & slotMask]
    guard slot >> 16 == UInt64(UInt32(bitPattern: key)), slot & 0xFF != 0 else { return nil }
    let hash = TokenizedText.combine(UInt64(Self.template &+ 1) &* 0x2545_F491_4F6C_DD1D, slot & 0x1FF)
    return Int32(bitPattern: UInt32(truncatingIfNeeded: hash ^ (hash >> 29)) & mask)
  }

  /// Records the tag a word keyed `key` was given: B-type as bit `type`, I-type as bit
  /// `4 + type`, outside as bit 8 (four coarse types).
  @inline(__always)
  mutating func record(key: Int32, tag: Int, tagSet: EntityTagSet) {
    let flag: UInt64
    if let type = tagSet.type(of: tag) {
      flag = 1 << UInt64((tagSet.isInside(tag) ? 4 : 0) + min(type, 3))
    } else {
      flag = 1 << 8
    }
    let index = Int(key) & slotMask
    let stored = UInt64(UInt32(bitPattern: key)) << 16
    let slot = slots[index]
    slots[index] = (slot >> 16 == stored >> 16 ? slot : stored) | flag
  }
}
