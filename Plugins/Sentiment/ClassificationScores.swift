import WorkbenchCore

/// Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix of predicted
/// against gold class indices.
public struct ClassificationScores: Sendable, Hashable {
  public let labels: [String]
  /// `confusion[gold][predicted]`: counts.
  public let confusion: [[Int]]

  public init(labels: [String], gold: [Int], predicted: [Int]) {
    self.labels = labels
    var confusion = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
    for (g, p) in zip(gold, predicted) { confusion[g][p] += 1 }
    self.confusion = confusion
  }

  public var total: Int { confusion.joined().reduce(0, +) }
  public var correct: Int { labels.indices.reduce(0) { $0 + confusion[$1][$1] } }
  public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

  public func precision(_ label: Int) -> Double {
    let predicted = labels.indices.reduce(0) { $0 + confusion[$1][label] }
    return predicted == 0 ? 0 : Double(confusion[label][label]) / Double(predicted)
  }

  public func recall(_ label: Int) -> Double {
    let gold = confusion[label].reduce(0, +)
    return gold == 0 ? 0 : Double(confusion[label][label]) / Double(gold)
  }

  public func f1(_ label: Int) -> Double {
    let p = precision(label)
    let r = recall(label)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// The unweighted mean of the per-class F1 over classes that occur in the gold data.
  public var macroF1: Double {
    let present = labels.indices.filter { confusion[$0].reduce(0, +) > 0 }
    return present.isEmpty ? 0 : present.map(f1).reduce(0, +) / Double(present.count)
  }

  /// The report tables: per class, and the confusion matrix (rows gold, columns predicted).
  public var tables: [EvaluationTable] {
    let perClass = EvaluationTable(
      title: "per class", header: ["label", "precision", "recall", "f1", "gold"],
      rows: labels.indices.map { label in
        [
          labels[label], Self.format(precision(label)), Self.format(recall(label)), Self.format(f1(label)),
          String(confusion[label].reduce(0, +)),
        ]
      })
    let matrix = EvaluationTable(
      title: "confusion (rows gold, columns predicted)", header: ["gold \\ predicted"] + labels,
      rows: labels.indices.map { [labels[$0]] + confusion[$0].map(String.init) })
    return [perClass, matrix]
  }

  static func format(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return String(scaled)
  }
}
