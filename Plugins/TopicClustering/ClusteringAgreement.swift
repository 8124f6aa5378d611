import Foundation

/// Agreement between a clustering and gold labels: normalized mutual information (arithmetic
/// mean normalization, scikit-learn's default), adjusted Rand index and purity.
public struct ClusteringAgreement: Sendable, Hashable {
  public var normalizedMutualInformation: Double
  public var adjustedRandIndex: Double
  public var purity: Double

  /// Compares `predicted` with `gold`, item by item (equal lengths).
  public init(gold: [String], predicted: [String]) {
    precondition(gold.count == predicted.count)
    let goldIDs = Self.indices(gold)
    let predictedIDs = Self.indices(predicted)
    let goldCount = (goldIDs.max() ?? -1) + 1
    let predictedCount = (predictedIDs.max() ?? -1) + 1
    var table = [Int](repeating: 0, count: goldCount * predictedCount)
    for (g, p) in zip(goldIDs, predictedIDs) { table[g * predictedCount + p] += 1 }
    var goldSizes = [Int](repeating: 0, count: goldCount)
    var predictedSizes = [Int](repeating: 0, count: predictedCount)
    for g in 0..<goldCount {
      for p in 0..<predictedCount {
        goldSizes[g] += table[g * predictedCount + p]
        predictedSizes[p] += table[g * predictedCount + p]
      }
    }
    let n = Double(gold.count)
    func entropy(_ sizes: [Int]) -> Double {
      sizes.reduce(0.0) { sum, size in
        size == 0 ? sum : sum - Double(size) / n * log(Double(size) / n)
      }
    }
    var mutual = 0.0
    for g in 0..<goldCount {
      for p in 0..<predictedCount where table[g * predictedCount + p] > 0 {
        let joint = Double(table[g * predictedCount + p])
        mutual += joint / n * log(joint * n / (Double(goldSizes[g]) * Double(predictedSizes[p])))
      }
    }
    let goldEntropy = entropy(goldSizes)
    let predictedEntropy = entropy(predictedSizes)
    if goldCount <= 1 && predictedCount <= 1 || goldCount == gold.count && predictedCount == gold.count {
      normalizedMutualInformation = gold.isEmpty ? 0 : 1
    } else {
      let mean = (goldEntropy + predictedEntropy) / 2
      normalizedMutualInformation = mean > 0 ? max(0, mutual / mean) : 0
    }

    func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
    let index = table.reduce(0.0) { $0 + pairs($1) }
    let goldPairs = goldSizes.reduce(0.0) { $0 + pairs($1) }
    let predictedPairs = predictedSizes.reduce(0.0) { $0 + pairs($1) }
    let total = pairs(gold.count)
    let expected = total > 0 ? goldPairs * predictedPairs / total : 0
    let maximum = (goldPairs + predictedPairs) / 2
    adjustedRandIndex = maximum == expected ? 1 : (index - expected) / (maximum - expected)

    var majority = 0
    for p in 0..<predictedCount {
      majority += (0..<goldCount).map { table[$0 * predictedCount + p] }.max() ?? 0
    }
    purity = gold.isEmpty ? 0 : Double(majority) / n
  }

  /// Dense ids for labels, numbered in sorted label order.
  private static func indices(_ labels: [String]) -> [Int] {
    let ids = Dictionary(uniqueKeysWithValues: Set(labels).sorted().enumerated().map { ($1, $0) })
    return labels.map { ids[$0]! }
  }
}
