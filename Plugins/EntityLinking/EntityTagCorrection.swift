/// A cheap second pass of the tagger: a correction of the first pass's token scores by what the
/// first pass said about the same word elsewhere in the document ("two-stage prediction
/// aggregation", Ratinov and Roth 2009), added only where it can say something.
///
/// The full second pass (`EntityTagDocumentAggregate`, `EntityTaggerModel.SecondStage`) scores
/// every token again with a second full weight table and decodes the whole text twice. This
/// keeps the first pass's scores (with its history feature) and adds a small dense table's rows
/// to the tokens whose word (its stem, as for the history) occurs elsewhere in the document
/// where the token was tagged as part of a name, or most of the other occurrences were; only
/// the sentences holding such a
/// token are decoded again, with the first pass's transitions. A word seen once, or only ever
/// outside names, changes nothing, and most sentences of news are not decoded again.
///
/// Per such token, two features, each a row of the table (no hashing: there are few values):
/// the set of tags (B or I of which type, or outside) the first pass gave the other occurrences,
/// and the first pass's own tag with the type the other occurrences were given most (none when
/// they were all outside); the other tokens of a sentence decoded again read a row of their
/// first-pass tag (`keptRow`). The table is trained as a correction (`EntityTaggerTrainer`): on the
/// scores of first passes that did not train on the document, so that it learns how far the
/// first pass can be trusted on new text.
struct EntityTagCorrection: Sendable {
  /// `rowCount(for:)` rows of `tags` weights.
  var weights: [Float]

  /// Rows of the others' tag sets: bits 0-3 B of a type, 4-7 I of a type, 8 outside.
  static let tagSetRows = 512
  /// Features per token (-1 for none).
  static let featuresPerToken = 2

  /// The number of rows for a tag set: the others' tag sets, then own tag by the others'
  /// majority type (or none), then own tag alone (`keptRow`).
  static func rowCount(for tagSet: EntityTagSet) -> Int {
    keptRows(for: tagSet) + tagSet.count
  }

  /// The first row of the own-tag-alone feature.
  private static func keptRows(for tagSet: EntityTagSet) -> Int {
    tagSetRows + tagSet.count * (tagSet.types.count + 1)
  }

  /// The row a token without the features reads when its sentence is decoded again: its first
  /// pass tag. A change at a named word can move its neighbours' tags through the transitions,
  /// and without a row of their own those changes would never be corrected in training.
  static func keptRow(_ tag: Int, tagSet: EntityTagSet) -> Int {
    keptRows(for: tagSet) + tag
  }

  /// The rows of each token's features, `featuresPerToken` per token, -1 for none, or nil
  /// when no token has any. `buckets` are the document's per-token feature buckets (the stem
  /// keys the words), `tags` the first pass's tags.
  static func rows(_ buckets: [Int32], tags: [Int], tagSet: EntityTagSet) -> [Int32]? {
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    let keyFeature = EntityTagHistory.keyFeature
    let tagCount = tagSet.count
    // The tags given to each word, in an open-addressed table of the words' keys (at most half
    // full), with each word's count of occurrences and of those inside a name.
    var size = 16
    while size < 2 * tags.count { size <<= 1 }
    var slotKeys = [Int32](repeating: -1, count: size)
    var occurrences = [Int32](repeating: 0, count: size)
    var named = [Int32](repeating: 0, count: size)
    var counts = [Int32](repeating: 0, count: size * tagCount)
    var slotOfToken = [Int32](repeating: 0, count: tags.count)
    var repeatedNames = false
    for (token, tag) in tags.enumerated() {
      let key = buckets[token &* perToken &+ keyFeature]
      var slot = Int((UInt32(bitPattern: key) &* 0x9E37_79B1) >> 8) & (size - 1)
      while slotKeys[slot] != key && slotKeys[slot] != -1 { slot = (slot &+ 1) & (size - 1) }
      slotKeys[slot] = key
      counts[slot &* tagCount &+ tag] &+= 1
      occurrences[slot] &+= 1
      if tag != 0 { named[slot] &+= 1 }
      if named[slot] > 0 && occurrences[slot] > 1 { repeatedNames = true }
      slotOfToken[token] = Int32(truncatingIfNeeded: slot)
    }
    guard repeatedNames else { return nil }
    let typeCount = tagSet.types.count
    var result = [Int32](repeating: -1, count: tags.count &* featuresPerToken)
    for (token, own) in tags.enumerated() {
      let slot = Int(slotOfToken[token])
      guard occurrences[slot] > 1, named[slot] > 0 else { continue }
      // A word left outside names here reads the others only when most of them are in names:
      // a clitic or function word that once stands inside a name (ل in an organization's name
      // in segmented text) would otherwise send every sentence through the correction.
      let namedOthers = named[slot] - (own == 0 ? 0 : 1)
      guard own != 0 || namedOthers > occurrences[slot] - 1 - namedOthers else { continue }
      let row = slot &* tagCount
      // The other occurrences: the word's counts less this token's own tag.
      var flags: Int32 = 0
      if counts[row] - (own == 0 ? 1 : 0) > 0 { flags |= 1 << 8 }
      var majority: Int32 = 0
      var most: Int32 = 0
      for type in 0..<typeCount {
        let begin = tagSet.begin(type)
        let inside = tagSet.inside(type)
        let begun = counts[row &+ begin] - (own == begin ? 1 : 0)
        let continued = counts[row &+ inside] - (own == inside ? 1 : 0)
        if begun > 0 { flags |= 1 << Int32(min(type, 3)) }
        if continued > 0 { flags |= 1 << Int32(4 + min(type, 3)) }
        if begun + continued > most {
          most = begun + continued
          majority = Int32(type + 1)
        }
      }
      result[token &* featuresPerToken] = flags
      result[token &* featuresPerToken &+ 1] =
        Int32(tagSetRows) &+ Int32(own) &* Int32(typeCount + 1) &+ majority
    }
    return result
  }

  /// Adds the rows of `features` (from `rows`) to the first pass's `scores` and decodes again
  /// the sentences that hold a token with a feature; the others keep the first pass's `tags`.
  func correct(
    _ tags: inout [Int], scores: inout [Float], features: [Int32], sentences: [Range<Int>], masked: [Float],
    tagSet: EntityTagSet
  ) {
    let tagCount = tagSet.count
    for sentence in sentences {
      guard sentence.contains(where: { features[$0 &* Self.featuresPerToken] >= 0 }) else { continue }
      for token in sentence {
        let (first, second) = Self.rows(of: token, features: features, tags: tags, tagSet: tagSet)
        for tag in 0..<tagCount { scores[token &* tagCount &+ tag] += weights[first &* tagCount &+ tag] }
        guard second >= 0 else { continue }
        for tag in 0..<tagCount { scores[token &* tagCount &+ tag] += weights[second &* tagCount &+ tag] }
      }
      let path = EntityTaggerModel.bestPath(
        scores[(sentence.lowerBound * tagCount)..<(sentence.upperBound * tagCount)], tokenCount: sentence.count,
        masked: masked, tags: tagCount)
      tags.replaceSubrange(sentence, with: path)
    }
  }

  /// The rows a token of a sentence decoded again reads: its features, or its first-pass tag's
  /// `keptRow` (and -1) when it has none.
  @inline(__always)
  static func rows(of token: Int, features: [Int32], tags: [Int], tagSet: EntityTagSet) -> (Int, Int) {
    let first = Int(features[token &* featuresPerToken])
    guard first >= 0 else { return (keptRow(tags[token], tagSet: tagSet), -1) }
    return (first, Int(features[token &* featuresPerToken &+ 1]))
  }
}
