/// What the first pass of a two-stage tagger said about each word elsewhere in the same
/// document: the non-local features of the second pass ("two-stage prediction aggregation",
/// Ratinov and Roth 2009, *Design challenges and misconceptions in named entity recognition*).
///
/// A name is tagged well where its context is plain and badly where it stands bare; the history
/// feature (`EntityTagHistory`) lets a later occurrence read an earlier one, this lets every
/// occurrence read all the others, before and after. Per token, two features: the set of tags
/// (B or I of which type, or outside) the first pass gave the other occurrences of the same
/// word (its stem, as for the history), and the first pass's own tag with the type the other
/// occurrences were given most often. The second pass is trained on first-pass tags of models
/// that did not train on the document (`EntityTaggerTrainer`), so that it learns how far the
/// first pass can be trusted on new text.
enum EntityTagDocumentAggregate {
  /// Features per token, after the per-token templates and the history's.
  static let featuresPerToken = 2
  /// The template numbers (the history's is `EntityTaggerFeaturizer.featuresPerToken`).
  static let firstTemplate = EntityTaggerFeaturizer.featuresPerToken + 1

  /// The buckets of the aggregate features, `featuresPerToken` per token, -1 for none.
  /// `buckets` are the document's per-token feature buckets (the stem keys the words), `tags`
  /// the first pass's tags.
  static func buckets(_ buckets: [Int32], tags: [Int], tagSet: EntityTagSet, bucketBits: Int) -> [Int32] {
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    let keyFeature = EntityTagHistory.keyFeature
    let tagCount = tagSet.count
    let mask = UInt32((1 << bucketBits) - 1)
    // The tags given to each word, in an open-addressed table of the words' keys (at most half
    // full): two loads and a store per token, where a dictionary of arrays allocated per word.
    var size = 16
    while size < 2 * tags.count { size <<= 1 }
    var slotKeys = [Int32](repeating: -1, count: size)
    var counts = [Int32](repeating: 0, count: size * tagCount)
    var slotOfToken = [Int](repeating: 0, count: tags.count)
    for (token, tag) in tags.enumerated() {
      let key = buckets[token &* perToken &+ keyFeature]
      var slot = Int((UInt32(bitPattern: key) &* 0x9E37_79B1) >> 8) & (size - 1)
      while slotKeys[slot] != key && slotKeys[slot] != -1 { slot = (slot + 1) & (size - 1) }
      slotKeys[slot] = key
      counts[slot * tagCount + tag] += 1
      slotOfToken[token] = slot
    }
    func hash(_ template: Int, _ value: UInt64) -> Int32 {
      let hash = TokenizedText.combine(UInt64(template &+ 1) &* 0x2545_F491_4F6C_DD1D, value)
      return Int32(bitPattern: UInt32(truncatingIfNeeded: hash ^ (hash >> 29)) & mask)
    }
    var result = [Int32](repeating: -1, count: tags.count * featuresPerToken)
    for (token, own) in tags.enumerated() {
      let row = slotOfToken[token] * tagCount
      // The other occurrences: the word's counts less this token's own tag.
      var flags: UInt64 = 0
      if counts[row] - (own == 0 ? 1 : 0) > 0 { flags |= 1 << 8 }
      var majority: UInt64 = 0
      var most: Int32 = 0
      for type in 0..<tagSet.types.count {
        let begin = tagSet.begin(type)
        let inside = tagSet.inside(type)
        let begun = counts[row + begin] - (own == begin ? 1 : 0)
        let continued = counts[row + inside] - (own == inside ? 1 : 0)
        if begun > 0 { flags |= 1 << UInt64(min(type, 3)) }
        if continued > 0 { flags |= 1 << UInt64(4 + min(type, 3)) }
        if begun + continued > most {
          most = begun + continued
          majority = UInt64(type + 1)
        }
      }
      if flags != 0 { result[token &* featuresPerToken] = hash(firstTemplate, flags) }
      result[token &* featuresPerToken &+ 1] = hash(firstTemplate + 1, UInt64(own) << 8 | majority)
    }
    return result
  }
}
