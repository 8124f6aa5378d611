import Foundation
import WorkbenchCore

/// How a model's scores become probabilities and a label, fitted on predictions for examples
/// the model did not see (`SentimentTrainer.fitDecision`, cross-validation on the training
/// data):
/// - `temperature` divides the scores before the softmax, chosen to minimize the log-loss of
///   those predictions (calibration: a 0.8 means right about 80% of the time);
/// - `offsets` are added to the log-probabilities of each class before the most probable is
///   taken, chosen to maximize their macro-F1: the learned threshold between neutral and the
///   polar classes (a score band would fix it by hand).
public struct SentimentDecision: Sendable, Hashable {
  public var temperature: Double
  public var offsets: [Double]

  public init(temperature: Double = 1, offsets: [Double]) {
    self.temperature = temperature
    self.offsets = offsets
  }

  /// No calibration and plain argmax.
  public static func identity(classes: Int) -> SentimentDecision {
    SentimentDecision(offsets: [Double](repeating: 0, count: classes))
  }

  /// The index of the class chosen for `probabilities`.
  public func choose(_ probabilities: [Double]) -> Int {
    var best = 0
    var bestValue = -Double.infinity
    for index in probabilities.indices {
      let value = Foundation.log(max(probabilities[index], 1e-12)) + offsets[index]
      if value > bestValue {
        best = index
        bestValue = value
      }
    }
    return best
  }

  var json: JSONValue {
    .object([
      "temperature": .double(Self.rounded(temperature)),
      "offsets": .array(offsets.map { .double(Self.rounded($0)) }),
    ])
  }

  init?(json: JSONValue?, classes: Int) {
    guard let object = json?.objectValue, let temperature = object["temperature"]?.doubleValue, temperature > 0,
      let offsets = object["offsets"]?.arrayValue?.compactMap(\.doubleValue), offsets.count == classes
    else { return nil }
    self.init(temperature: temperature, offsets: offsets)
  }

  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  /// The decision fitted to held-out predictions: `scores[i]` are example i's raw class scores,
  /// `gold[i]` its class, `weights[i]` how much it counts.
  static func fit(scores: [[Float]], gold: [Int], weights: [Double], classes: Int) -> SentimentDecision {
    func probabilities(_ row: [Float], _ temperature: Double) -> [Double] {
      SentimentModel.softmax(row.map { $0 / Float(temperature) })
    }
    // Temperature: the log-loss on a grid, then refined around the best.
    func logLoss(_ temperature: Double) -> Double {
      var total = 0.0
      for index in scores.indices {
        total -= weights[index] * Foundation.log(max(probabilities(scores[index], temperature)[gold[index]], 1e-12))
      }
      return total
    }
    var temperature = 1.0
    var best = logLoss(1)
    for candidate in stride(from: 0.2, through: 4.0, by: 0.05) {
      let loss = logLoss(candidate)
      if loss < best {
        best = loss
        temperature = candidate
      }
    }
    let calibrated = scores.map { probabilities($0, temperature) }
    // Offsets: coordinate ascent on macro-F1 (the first class stays at 0: only differences count).
    var offsets = [Double](repeating: 0, count: classes)
    func macroF1(_ offsets: [Double]) -> Double {
      let decision = SentimentDecision(temperature: temperature, offsets: offsets)
      var confusion = [[Double]](repeating: [Double](repeating: 0, count: classes), count: classes)
      for index in calibrated.indices { confusion[gold[index]][decision.choose(calibrated[index])] += weights[index] }
      var sum = 0.0
      var present = 0
      for label in 0..<classes {
        let goldTotal = confusion[label].reduce(0, +)
        guard goldTotal > 0 else { continue }
        present += 1
        let predicted = (0..<classes).reduce(0) { $0 + confusion[$1][label] }
        let hit = confusion[label][label]
        if hit > 0 { sum += 2 * hit / (goldTotal + predicted) }
      }
      return present == 0 ? 0 : sum / Double(present)
    }
    var bestF1 = macroF1(offsets)
    for _ in 0..<3 {
      for label in 1..<classes {
        var chosen = offsets[label]
        for candidate in stride(from: -1.5, through: 1.5, by: 0.05) {
          var trial = offsets
          trial[label] = candidate
          let f1 = macroF1(trial)
          // Ties keep the offset nearest 0.
          if f1 > bestF1 + 1e-9 || (abs(f1 - bestF1) <= 1e-9 && abs(candidate) < abs(chosen)) {
            bestF1 = f1
            chosen = candidate
          }
        }
        offsets[label] = chosen
      }
    }
    // Rounded as the model file stores them, so a model equals its file.
    return SentimentDecision(temperature: rounded(temperature), offsets: offsets.map(rounded))
  }
}
