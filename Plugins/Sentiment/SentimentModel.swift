import Foundation
import WorkbenchCore

/// A trained sentiment classifier: multinomial logistic regression over hashed word, stem,
/// bigram and character n-gram features (see `SentimentFeaturizer`).
///
/// Immutable and thread-safe. Build one with `SentimentTrainer`, store it with `serialized()`
/// and read it back with `init(data:)`.
public struct SentimentModel: Sendable {
  /// The class labels, in the order of the probabilities the model returns.
  public let labels: [String]
  /// Where the model came from: data sources, licences, cross-validation figures, the command.
  public let info: [String: JSONValue]
  let featurizer: SentimentFeaturizer
  /// Weights by bucket then class: `weights[bucket * labels.count + class]`.
  let weights: [Float]
  let bias: [Float]

  init(labels: [String], bucketBits: Int, weights: [Float], bias: [Float], info: [String: JSONValue]) {
    self.labels = labels
    self.info = info
    self.featurizer = SentimentFeaturizer(bucketBits: bucketBits)
    self.weights = weights
    self.bias = bias
  }

  /// The number of hash buckets is `1 << bucketBits`.
  public var bucketBits: Int { featurizer.bucketBits }

  /// The class probabilities of a text, in the order of `labels`.
  public func probabilities(of text: String) -> [Double] {
    let prepared = SentimentText(text)
    return probabilities(of: prepared, tokens: prepared.allTokens)
  }

  /// The class probabilities of some tokens of a prepared text, in the order of `labels`.
  func probabilities(of text: SentimentText, tokens: Range<Int>) -> [Double] {
    var cache = wordCache()
    return probabilities(of: text, tokens: tokens, cache: &cache)
  }

  /// A cache for the words of one text, for `probabilities(of:tokens:cache:)`.
  func wordCache() -> SentimentWordCache { SentimentWordCache(classes: labels.count) }

  /// The class probabilities of some tokens of a prepared text, in the order of `labels`;
  /// `cache` (from `wordCache()`, used for this text only) keeps each distinct word's features;
  /// tokens inside `masked` (sorted, disjoint token ranges) are left out.
  func probabilities(
    of text: SentimentText, tokens: Range<Int>, masked: [Range<Int>] = [], cache: inout SentimentWordCache
  ) -> [Double] {
    let classes = labels.count
    var scores = [Float](repeating: 0, count: classes)
    weights.withUnsafeBufferPointer { weights in
      scores.withUnsafeMutableBufferPointer { scores in
        let squares = featurizer.score(
          in: text, tokens: tokens, masked: masked, cache: &cache, weights: weights, scores: scores)
        let norm = squares > 0 ? 1 / squares.squareRoot() : 0
        for label in 0..<classes { scores[label] = scores[label] * norm + bias[label] }
      }
    }
    return Self.softmax(scores)
  }

  static func softmax(_ scores: [Float]) -> [Double] {
    let top = scores.max() ?? 0
    let exponentials = scores.map { Foundation.exp(Double($0 - top)) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
  }

  /// The index of the most probable class.
  public static func argmax(_ probabilities: [Double]) -> Int {
    var best = 0
    for index in probabilities.indices where probabilities[index] > probabilities[best] { best = index }
    return best
  }
}
