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
  /// The calibration and the label decision (identity for a model trained without them).
  public let decision: SentimentDecision

  init(
    labels: [String], bucketBits: Int, weights: [Float], bias: [Float], info: [String: JSONValue],
    decision: SentimentDecision? = nil
  ) {
    self.labels = labels
    self.info = info
    self.featurizer = SentimentFeaturizer(bucketBits: bucketBits)
    self.weights = weights
    self.bias = bias
    self.decision = decision ?? .identity(classes: labels.count)
  }

  /// The same weights with another decision.
  func with(decision: SentimentDecision) -> SentimentModel {
    SentimentModel(labels: labels, bucketBits: bucketBits, weights: weights, bias: bias, info: info, decision: decision)
  }

  /// The tone of one unit (a sentence, a tweet): its probabilities, labelled by `decision`.
  public func tone(_ probabilities: [Double]) -> SentimentTone {
    SentimentTone(labels: labels, probabilities: probabilities, decision: decision)
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
    var scores = scores(of: text, tokens: tokens, masked: masked, cache: &cache)
    if decision.temperature != 1 {
      let inverse = Float(1 / decision.temperature)
      for label in scores.indices { scores[label] *= inverse }
    }
    return Self.softmax(scores)
  }

  /// The raw class scores (before calibration and softmax).
  func scores(
    of text: SentimentText, tokens: Range<Int>, masked: [Range<Int>] = [], cache: inout SentimentWordCache
  ) -> [Float] {
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
    return scores
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
