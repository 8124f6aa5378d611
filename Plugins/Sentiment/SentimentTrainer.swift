import Foundation
import WorkbenchCore

/// One labelled text to train or evaluate on.
public struct LabelledText: Sendable, Hashable {
  public var text: String
  public var label: String
  /// How much the example counts in training (1 by default).
  public var weight: Double
  /// Where the example came from (a file name), for per-source figures.
  public var source: String

  public init(text: String, label: String, weight: Double = 1, source: String = "") {
    self.text = text
    self.label = label
    self.weight = weight
    self.source = source
  }
}

/// Trains `SentimentModel`s deterministically: multinomial logistic regression fitted by
/// AdaGrad over a seeded shuffle, with classes weighted to balance their frequencies (which is
/// what macro-F1 rewards) and lazy L2 regularization on the weights an example touches.
public struct SentimentTrainer: Sendable {
  public var epochs = 8
  public var learningRate: Float = 0.5
  public var l2: Float = 1e-6
  public var bucketBits = 18
  public var seed: UInt64 = 20_260_128
  /// Average the weights over the ends of the second half of the epochs.
  public var averageEpochs = false
  /// How classes are weighted against their frequencies.
  public var classWeighting = ClassWeighting.balanced
  /// Fit a `SentimentDecision` (calibration and the learned label thresholds) by
  /// cross-validation with this many folds before the final fit (0: none).
  public var decisionFolds = 0

  /// How much each class's examples count.
  public enum ClassWeighting: String, Sendable, CaseIterable {
    /// By the inverse of the class's frequency (what macro-F1 rewards).
    case balanced
    /// By the inverse square root of its frequency: halfway.
    case sqrt
    /// Every example counts its own weight.
    case none
  }

  public init() {}

  /// The examples' features, computed once and shared by every fold.
  public struct Features: Sendable {
    fileprivate var offsets: [Int] = [0]
    fileprivate var buckets: [Int32] = []
    fileprivate var values: [Float] = []
    public var count: Int { offsets.count - 1 }
  }

  /// Extracts the features of every example, each normalized to unit length.
  public func features(of examples: [LabelledText]) -> Features {
    let featurizer = SentimentFeaturizer(bucketBits: bucketBits)
    var features = Features()
    for example in examples {
      let text = SentimentText(example.text)
      let start = features.buckets.count
      let squares = featurizer.forEachFeature(in: text, tokens: text.allTokens) { bucket, value in
        features.buckets.append(Int32(bucket))
        features.values.append(value)
      }
      if squares > 0 {
        let norm = 1 / squares.squareRoot()
        for index in start..<features.values.count { features.values[index] *= norm }
      }
      features.offsets.append(features.buckets.count)
    }
    return features
  }

  /// Trains on the examples at `indices` (all when nil). `labels` fixes the class order.
  public func train(
    _ examples: [LabelledText], features: Features, labels: [String], indices: [Int]? = nil,
    info: [String: JSONValue] = [:]
  ) -> SentimentModel {
    let classes = labels.count
    let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    let chosen = indices ?? Array(examples.indices)
    var classTotals = [Double](repeating: 0, count: classes)
    for index in chosen {
      if let label = labelIndex[examples[index].label] { classTotals[label] += examples[index].weight }
    }
    let total = classTotals.reduce(0, +)
    let classWeights: [Float] = classTotals.map { count in
      guard count > 0 else { return 1 }
      let balanced = total / (Double(classes) * count)
      switch classWeighting {
      case .balanced: return Float(balanced)
      case .sqrt: return Float(balanced.squareRoot())
      case .none: return 1
      }
    }

    let bucketCount = 1 << bucketBits
    var weights = [Float](repeating: 0, count: bucketCount * classes)
    var squaredGradients = [Float](repeating: 1e-8, count: bucketCount * classes)
    var bias = [Float](repeating: 0, count: classes)
    var biasSquaredGradients = [Float](repeating: 1e-8, count: classes)
    var generator = SplitMix64(seed: seed)
    var order = chosen
    var scores = [Float](repeating: 0, count: classes)
    var gradient = [Float](repeating: 0, count: classes)

    // The weights are averaged over the ends of the later epochs: one epoch's last steps pull
    // them toward its last examples, and the average is steadier (Polyak averaging, by epoch).
    let averagedFrom = averageEpochs ? epochs / 2 : epochs - 1
    var weightSums = [Float](repeating: 0, count: averagedFrom < epochs - 1 ? weights.count : 0)
    var biasSums = [Float](repeating: 0, count: classes)
    for epoch in 0..<epochs {
      defer {
        if epoch >= averagedFrom, !weightSums.isEmpty {
          for index in weights.indices { weightSums[index] += weights[index] }
          for c in 0..<classes { biasSums[c] += bias[c] }
        }
      }
      generator.shuffle(&order)
      for index in order {
        guard let label = labelIndex[examples[index].label] else { continue }
        let range = features.offsets[index]..<features.offsets[index + 1]
        for c in 0..<classes { scores[c] = bias[c] }
        for position in range {
          let row = Int(features.buckets[position]) * classes
          let value = features.values[position]
          for c in 0..<classes { scores[c] += value * weights[row + c] }
        }
        let probabilities = SentimentModel.softmax(scores)
        let exampleWeight = Float(examples[index].weight) * classWeights[label]
        for c in 0..<classes {
          gradient[c] = (Float(probabilities[c]) - (c == label ? 1 : 0)) * exampleWeight
          biasSquaredGradients[c] += gradient[c] * gradient[c]
          bias[c] -= learningRate * gradient[c] / biasSquaredGradients[c].squareRoot()
        }
        for position in range {
          let row = Int(features.buckets[position]) * classes
          let value = features.values[position]
          for c in 0..<classes {
            let g = gradient[c] * value + l2 * weights[row + c]
            squaredGradients[row + c] += g * g
            weights[row + c] -= learningRate * g / squaredGradients[row + c].squareRoot()
          }
        }
      }
    }
    if !weightSums.isEmpty {
      let scale = 1 / Float(epochs - averagedFrom)
      for index in weights.indices { weights[index] = weightSums[index] * scale }
      for c in 0..<classes { bias[c] = biasSums[c] * scale }
    }
    return SentimentModel(labels: labels, bucketBits: bucketBits, weights: weights, bias: bias, info: info)
  }

  /// Trains on all examples and, when `decisionFolds` is at least 2, fits the model's
  /// `SentimentDecision` on cross-validated scores of the same examples first.
  public func trainWithDecision(
    _ examples: [LabelledText], features: Features, labels: [String], info: [String: JSONValue] = [:]
  ) -> SentimentModel {
    let model = train(examples, features: features, labels: labels, info: info)
    guard decisionFolds >= 2 else { return model }
    let scores = crossValidatedScores(examples, features: features, labels: labels, folds: decisionFolds)
    let kept = examples.indices.filter { labels.contains(examples[$0].label) }
    let decision = SentimentDecision.fit(
      scores: kept.map { scores[$0] }, gold: kept.map { labels.firstIndex(of: examples[$0].label)! },
      weights: kept.map { examples[$0].weight }, classes: labels.count)
    return model.with(decision: decision)
  }

  /// K-fold cross-validation: the predicted class index of every example, each predicted by a
  /// model trained on the other folds (by its decision when `decisionFolds` is set, fitted
  /// inside the training folds). Folds are a seeded shuffle, stratified by label.
  public func crossValidate(
    _ examples: [LabelledText], features: Features, labels: [String], folds: Int
  ) -> [Int] {
    var predictions = [Int](repeating: 0, count: examples.count)
    forEachFold(examples, labels: labels, folds: folds) { trainIndices, heldIndices in
      let subset = trainIndices.map { examples[$0] }
      let model = trainWithDecision(subset, features: features.subset(trainIndices), labels: labels)
      for index in heldIndices {
        predictions[index] = model.decision.choose(model.probabilities(of: examples[index].text))
      }
    }
    return predictions
  }

  /// The raw class scores of every example from a model trained on the other folds.
  func crossValidatedScores(
    _ examples: [LabelledText], features: Features, labels: [String], folds: Int
  ) -> [[Float]] {
    var scores = [[Float]](repeating: [], count: examples.count)
    forEachFold(examples, labels: labels, folds: folds) { trainIndices, heldIndices in
      let model = train(examples, features: features, labels: labels, indices: trainIndices)
      for index in heldIndices {
        let text = SentimentText(examples[index].text)
        var cache = model.wordCache()
        scores[index] = model.scores(of: text, tokens: text.allTokens, cache: &cache)
      }
    }
    return scores
  }

  /// Calls `body(training indices, held-out indices)` for each of `folds` stratified folds.
  private func forEachFold(
    _ examples: [LabelledText], labels: [String], folds: Int, _ body: ([Int], [Int]) -> Void
  ) {
    var generator = SplitMix64(seed: seed ^ 0xF01D)
    var foldOf = [Int](repeating: 0, count: examples.count)
    for label in labels {
      var members = examples.indices.filter { examples[$0].label == label }
      generator.shuffle(&members)
      for (rank, index) in members.enumerated() { foldOf[index] = rank % folds }
    }
    for fold in 0..<folds {
      body(examples.indices.filter { foldOf[$0] != fold }, examples.indices.filter { foldOf[$0] == fold })
    }
  }
}

extension SentimentTrainer.Features {
  /// The features of the examples at `indices`, in that order.
  func subset(_ indices: [Int]) -> SentimentTrainer.Features {
    var subset = SentimentTrainer.Features()
    for index in indices {
      let range = offsets[index]..<offsets[index + 1]
      subset.buckets += buckets[range]
      subset.values += values[range]
      subset.offsets.append(subset.buckets.count)
    }
    return subset
  }
}

/// A small, fast, seedable generator (SplitMix64), so training is the same on every machine.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A Fisher-Yates shuffle that depends only on the seed (the standard library's `shuffle`
  /// does not promise a stable algorithm).
  mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for index in stride(from: array.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      array.swapAt(index, other)
    }
  }
}
