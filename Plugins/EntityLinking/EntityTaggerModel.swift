import WorkbenchCore

/// A trained entity tagger: a linear score per token and BIO tag over hashed features
/// (`EntityTaggerFeaturizer`), a score per tag transition, and Viterbi decoding of the best
/// tag sequence. Made by `EntityTaggerTrainer` (an averaged perceptron), stored by
/// `serialized()`.
public struct EntityTaggerModel: Sendable {
  let tagSet: EntityTagSet
  let bucketBits: Int
  /// `(1 << bucketBits) × tags` weights, row per bucket.
  var weights: [Float]
  /// `tags × tags`, previous tag by row.
  var transitions: [Float]
  /// Hashes of the folded words that begin names as written (`فرنسا`, `بغداد`, `وليد`): a
  /// name's first word that starts with a proclitic letter keeps it when listed here.
  var nameStarts: Set<UInt64>
  /// What the model was trained on and its figures (stored in the file).
  public var info: [String: JSONValue]

  public var types: [String] { tagSet.types }

  /// Decoding with the weights given (the trainer decodes with weights it is still changing).
  static func decode(
    _ buckets: ArraySlice<Int32>, tokenCount count: Int, weights w: UnsafeBufferPointer<Float>, transitions: [Float],
    tagSet: EntityTagSet
  ) -> [Int] {
    guard count > 0 else { return [] }
    let tags = tagSet.count
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    var scores = [Float](repeating: 0, count: count * tags)
    scores.withUnsafeMutableBufferPointer { s in
      var offset = buckets.startIndex
      for token in 0..<count {
        let row = token * tags
        for _ in 0..<perToken {
          let base = Int(buckets[offset]) * tags
          for tag in 0..<tags { s[row + tag] += w[base + tag] }
          offset += 1
        }
      }
    }
    return bestPath(scores, tokenCount: count, transitions: transitions, tagSet: tagSet)
  }

  /// Viterbi decoding of per-token tag scores (`tags` per token) with the transition scores.
  /// A text starts as if after an `O`.
  static func bestPath(_ scores: [Float], tokenCount count: Int, transitions: [Float], tagSet: EntityTagSet) -> [Int] {
    guard count > 0 else { return [] }
    let tags = tagSet.count
    var best = [Float](repeating: 0, count: tags)
    var next = [Float](repeating: 0, count: tags)
    var back = [UInt8](repeating: 0, count: count * tags)
    for tag in 0..<tags {
      best[tag] = tagSet.allows(0, tag) ? transitions[tag] + scores[tag] : -.infinity
    }
    // Whether tag `tag` may follow `previous`, row by previous: read once, not per token.
    let allowed = (0..<(tags * tags)).map { tagSet.allows($0 / tags, $0 % tags) }
    allowed.withUnsafeBufferPointer { allowed in
      transitions.withUnsafeBufferPointer { transitions in
        scores.withUnsafeBufferPointer { scores in
          for token in 1..<max(count, 1) {
            let row = token * tags
            for tag in 0..<tags {
              var top = -Float.infinity
              var from = 0
              for previous in 0..<tags where allowed[previous * tags + tag] {
                let value = best[previous] + transitions[previous * tags + tag]
                if value > top {
                  top = value
                  from = previous
                }
              }
              next[tag] = top + scores[row + tag]
              back[row + tag] = UInt8(from)
            }
            swap(&best, &next)
          }
        }
      }
    }
    var tag = 0
    for candidate in 1..<tags where best[candidate] > best[tag] { tag = candidate }
    var path = [Int](repeating: 0, count: count)
    for token in stride(from: count - 1, through: 0, by: -1) {
      path[token] = tag
      tag = Int(back[token * tags + tag])
    }
    return path
  }
}
