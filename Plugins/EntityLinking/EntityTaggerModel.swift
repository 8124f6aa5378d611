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
  /// How the training texts wrote each Latin word (a feature: `WordCaseProfile`).
  var caseProfile: WordCaseProfile
  /// The word clusters the model was trained with (a feature: `WordClusterTable`).
  var wordClusters: WordClusterTable
  /// The organization names of the training text (a feature: `OrganizationNameGazetteer`).
  var organizations: OrganizationNameGazetteer = .empty
  /// What the model was trained on and its figures (stored in the file).
  public var info: [String: JSONValue]
  /// The second pass of a two-stage tagger, or nil for one pass: weights over the same
  /// features, the history, and what the first pass (these `weights`) said about the same word
  /// elsewhere in the document (`EntityTagDocumentAggregate`).
  var secondStage: SecondStage?

  /// The weights and transitions of a second pass.
  struct SecondStage: Sendable {
    var weights: [Float]
    var transitions: [Float]
  }

  public var types: [String] { tagSet.types }

  /// Decoding with the weights given (the trainer decodes with weights it is still changing).
  /// `extra` holds `extraPerToken` more buckets per token, or -1 (the `EntityTagHistory`
  /// feature, then `EntityTagDocumentAggregate`'s), added last.
  static func decode(
    _ buckets: ArraySlice<Int32>, tokenCount count: Int, weights w: UnsafeBufferPointer<Float>, transitions: [Float],
    tagSet: EntityTagSet, extra: [Int32] = [], extraPerToken: Int = 1
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
        for slot in 0..<extraPerToken where token * extraPerToken + slot < extra.count {
          let bucket = extra[token * extraPerToken + slot]
          guard bucket >= 0 else { continue }
          let base = Int(bucket) * tags
          for tag in 0..<tags { s[row + tag] += w[base + tag] }
        }
      }
    }
    return bestPath(scores, tokenCount: count, transitions: transitions, tagSet: tagSet)
  }

  /// Viterbi decoding of per-token tag scores (`tags` per token) with the transition scores.
  /// A text starts as if after an `O`.
  static func bestPath(_ scores: [Float], tokenCount count: Int, transitions: [Float], tagSet: EntityTagSet) -> [Int] {
    bestPath(scores[...], tokenCount: count, masked: maskedTransitions(transitions, tagSet: tagSet), tags: tagSet.count)
  }

  /// The transition scores with `-infinity` where the tag set forbids the transition (`I-X`
  /// after anything but `X`): a forbidden path then never wins, with no test per pair.
  static func maskedTransitions(_ transitions: [Float], tagSet: EntityTagSet) -> [Float] {
    let tags = tagSet.count
    return (0..<(tags * tags)).map { tagSet.allows($0 / tags, $0 % tags) ? transitions[$0] : -.infinity }
  }

  /// Viterbi over masked transitions. The same path as testing each pair: a forbidden pair
  /// scores `-infinity`, never above the best so far, and ties go to the first previous tag.
  static func bestPath(_ scores: ArraySlice<Float>, tokenCount count: Int, masked: [Float], tags: Int) -> [Int] {
    guard count > 0 else { return [] }
    var back = [UInt8](repeating: 0, count: count * tags)
    var last = 0
    withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * tags) { state in
      masked.withUnsafeBufferPointer { transitions in
        scores.withUnsafeBufferPointer { scores in
          back.withUnsafeMutableBufferPointer { back in
            var best = state.baseAddress!
            var next = best + tags
            for tag in 0..<tags { best[tag] = transitions[tag] + scores[tag] }
            if tags == 9 {
              Self.forwardOfNineTags(
                count: count, transitions: transitions, scores: scores, back: back, best: &best, next: &next)
            } else {
              for token in 1..<max(count, 1) {
                let row = token &* tags
                for tag in 0..<tags {
                  var top = -Float.infinity
                  var from = 0
                  for previous in 0..<tags {
                    let value = best[previous] + transitions[previous &* tags &+ tag]
                    if value > top {
                      top = value
                      from = previous
                    }
                  }
                  next[tag] = top + scores[row &+ tag]
                  back[row &+ tag] = UInt8(truncatingIfNeeded: from)
                }
                swap(&best, &next)
              }
            }
            for candidate in 1..<tags where best[candidate] > best[last] { last = candidate }
          }
        }
      }
    }
    var tag = last
    var path = [Int](repeating: 0, count: count)
    for token in stride(from: count - 1, through: 0, by: -1) {
      path[token] = tag
      tag = Int(back[token * tags + tag])
    }
    return path
  }

  /// The forward pass of `bestPath` for the nine tags of the four coarse types (`O`, then `B-`
  /// and `I-` per type). Any tag may precede `O` and the `B-` tags: those five take the best of
  /// the nine previous tags, four lanes at a time and `B-MISC` alone, previous tag by previous
  /// tag in order, a lane keeping the new value only where it is strictly greater. Only `B-X`
  /// and `I-X` may precede `I-X` (the other transitions are `-infinity`, which never wins a
  /// strict comparison): the four `I-` tags take the better of those two, in the same order.
  /// So each tag gets the same sums and the same previous tag as the scalar loop over all nine,
  /// with 53 comparisons instead of 81.
  private static func forwardOfNineTags(
    count: Int, transitions: UnsafeBufferPointer<Float>, scores: UnsafeBufferPointer<Float>,
    back: UnsafeMutableBufferPointer<UInt8>, best: inout UnsafeMutablePointer<Float>,
    next: inout UnsafeMutablePointer<Float>
  ) {
    guard count > 1 else { return }
    let t = transitions
    // By previous tag: the transitions into O, B-PER, B-LOC and B-ORG, and into B-MISC.
    withUnsafeTemporaryAllocation(of: SIMD4<Float>.self, capacity: 9) { open in
      withUnsafeTemporaryAllocation(of: Float.self, capacity: 9) { openLast in
        for previous in 0..<9 {
          let row = previous &* 9
          open[previous] = SIMD4(t[row], t[row &+ 1], t[row &+ 3], t[row &+ 5])
          openLast[previous] = t[row &+ 7]
        }
        let fromBegin = SIMD4<Float>(t[1 * 9 + 2], t[3 * 9 + 4], t[5 * 9 + 6], t[7 * 9 + 8])
        let fromInside = SIMD4<Float>(t[2 * 9 + 2], t[4 * 9 + 4], t[6 * 9 + 6], t[8 * 9 + 8])
        let beginTags = SIMD4<Int32>(1, 3, 5, 7)
        let insideTags = SIMD4<Int32>(2, 4, 6, 8)
        let none = SIMD4<Float>(repeating: -.infinity)
        for token in 1..<count {
          let row = token &* 9
          var top = none
          var from = SIMD4<Int32>(repeating: 0)
          var topLast = -Float.infinity
          var fromLast = 0
          for previous in 0..<9 {
            let score = best[previous]
            let value = SIMD4<Float>(repeating: score) + open[previous]
            let greater = value .> top
            top.replace(with: value, where: greater)
            from.replace(with: SIMD4<Int32>(repeating: Int32(truncatingIfNeeded: previous)), where: greater)
            let valueLast = score + openLast[previous]
            if valueLast > topLast {
              topLast = valueLast
              fromLast = previous
            }
          }
          let begins = SIMD4<Float>(best[1], best[3], best[5], best[7]) + fromBegin
          let insides = SIMD4<Float>(best[2], best[4], best[6], best[8]) + fromInside
          let beginWins = begins .> none
          var topInside = none.replacing(with: begins, where: beginWins)
          var fromInsides = SIMD4<Int32>(repeating: 0).replacing(with: beginTags, where: beginWins)
          let insideWins = insides .> topInside
          topInside.replace(with: insides, where: insideWins)
          fromInsides.replace(with: insideTags, where: insideWins)
          next[0] = top[0] + scores[row]
          next[1] = top[1] + scores[row &+ 1]
          next[3] = top[2] + scores[row &+ 3]
          next[5] = top[3] + scores[row &+ 5]
          next[7] = topLast + scores[row &+ 7]
          next[2] = topInside[0] + scores[row &+ 2]
          next[4] = topInside[1] + scores[row &+ 4]
          next[6] = topInside[2] + scores[row &+ 6]
          next[8] = topInside[3] + scores[row &+ 8]
          back[row] = UInt8(truncatingIfNeeded: from[0])
          back[row &+ 1] = UInt8(truncatingIfNeeded: from[1])
          back[row &+ 3] = UInt8(truncatingIfNeeded: from[2])
          back[row &+ 5] = UInt8(truncatingIfNeeded: from[3])
          back[row &+ 7] = UInt8(truncatingIfNeeded: fromLast)
          back[row &+ 2] = UInt8(truncatingIfNeeded: fromInsides[0])
          back[row &+ 4] = UInt8(truncatingIfNeeded: fromInsides[1])
          back[row &+ 6] = UInt8(truncatingIfNeeded: fromInsides[2])
          back[row &+ 8] = UInt8(truncatingIfNeeded: fromInsides[3])
          swap(&best, &next)
        }
      }
    }
  }
}
