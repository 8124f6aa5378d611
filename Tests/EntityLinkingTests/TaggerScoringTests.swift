import Testing

@testable import EntityLinking

/// The packed weight table scores tokens exactly as the plain sum of their features' rows in
/// feature order, whether a token's first features come from the prefix cache or not.
@Suite struct TaggerScoringTests {
  static let tags = 9
  static let buckets = 512
  static let perToken = EntityTaggerFeaturizer.featuresPerToken

  /// 8-bit rows (`Float(q) * scale`, as the model file stores them), every third one all zero.
  static let weights: [Float] = {
    var random = SplitMix64(seed: 13)
    var weights = [Float](repeating: 0, count: buckets * tags)
    for bucket in 0..<buckets where bucket % 3 != 0 {
      let scale = Float(random.next() % 1000 + 1) / 8192
      for tag in 0..<tags {
        let q = tag == Int(bucket % tags) ? 127 : Int(random.next() % 255) - 127
        weights[bucket * tags + tag] = Float(Int8(q)) * scale
      }
    }
    return weights
  }()

  /// The scores as the trainer's decoder sums them: feature by feature, tag by tag.
  static func plainScores(_ buckets: [Int32]) -> [Float] {
    let count = buckets.count / perToken
    var scores = [Float](repeating: 0, count: count * tags)
    for token in 0..<count {
      for feature in 0..<perToken {
        let row = Int(buckets[token * perToken + feature]) * tags
        for tag in 0..<tags { scores[token * tags + tag] += weights[row + tag] }
      }
    }
    return scores
  }

  static func tokens(_ count: Int, seed: UInt64) -> [Int32] {
    var random = SplitMix64(seed: seed)
    return (0..<(count * perToken)).map { _ in Int32(random.next() % UInt64(buckets)) }
  }

  @Test(arguments: [1, 3, 4, 9, 30])
  func packedScoresEqualThePlainSumColdAndWarm(_ count: Int) {
    let table = EntityTaggerWeightTable(weights: Self.weights, tags: Self.tags)
    var text = Self.tokens(count, seed: UInt64(count))
    // A later token with an earlier one's word features but another context.
    if count > 2 {
      for feature in 0..<EntityTaggerPrefixCache.features {
        text[(count - 1) * Self.perToken + feature] = text[feature]
      }
    }
    #expect(table.cachesPrefixes)
    let expected = Self.plainScores(text)
    let cold = table.scores(text[...], tokenCount: count)
    let warm = table.scores(text[...], tokenCount: count)
    #expect(cold.map(\.bitPattern) == expected.map(\.bitPattern))
    #expect(warm.map(\.bitPattern) == expected.map(\.bitPattern))
  }

  @Test func aCachedPrefixServesOnlyTheSameBuckets() {
    let table = EntityTaggerWeightTable(weights: Self.weights, tags: Self.tags)
    let first = Self.tokens(5, seed: 1)
    _ = table.scores(first[...], tokenCount: 5)
    // The same word features but one, after the first text filled the cache.
    var second = first
    second[4] = (second[4] + 1) % Int32(Self.buckets)
    let scores = table.scores(second[...], tokenCount: 5)
    #expect(scores.map(\.bitPattern) == Self.plainScores(second).map(\.bitPattern))
  }
}
