import WorkbenchCore

/// A tone: class probabilities, the most probable label, and a score in [-1, 1]
/// (P(positive) − P(negative); 0 when the model has no such classes).
public struct SentimentTone: Sendable, Hashable {
  public let labels: [String]
  public let probabilities: [Double]

  /// When set, the label comes from the score: positive above `neutralBand`, negative below
  /// its negation, neutral between. Used for documents and targets, whose averaged
  /// probabilities lean to neutral because most sentences of a news report are neutral.
  public let neutralBand: Double?
  /// Without a band, the label is the class this decision chooses (the most probable when nil).
  public let decision: SentimentDecision?
  /// With `positiveNegative`, the label is the sign of the score, whatever the band and the
  /// decision (when the model has both classes).
  public var classes = SentimentClasses.positiveNegativeNeutral

  public init(
    labels: [String], probabilities: [Double], neutralBand: Double? = nil, decision: SentimentDecision? = nil
  ) {
    self.labels = labels
    self.probabilities = probabilities
    self.neutralBand = neutralBand
    self.decision = decision
  }

  /// The tone of several spans: their probabilities averaged, weighted by span length, so a
  /// long sentence counts more than a caption. No spans give the uniform distribution.
  public init(labels: [String], combining parts: [(probabilities: [Double], weight: Int)], neutralBand: Double? = nil) {
    var sums = [Double](repeating: 0, count: labels.count)
    var total = 0.0
    for part in parts {
      for index in sums.indices { sums[index] += part.probabilities[index] * Double(part.weight) }
      total += Double(part.weight)
    }
    let probabilities =
      total > 0 ? sums.map { $0 / total } : [Double](repeating: 1 / Double(labels.count), count: labels.count)
    self.init(labels: labels, probabilities: probabilities, neutralBand: neutralBand)
  }

  /// The tone's label: with two `classes`, positive when the score written beside it is above
  /// 0 and negative otherwise; by score when `neutralBand` is set (and the model has the three
  /// classes), otherwise the class `decision` chooses, or the most probable label, `neutral`
  /// when it ties for first.
  public var label: String {
    if classes == .positiveNegative, labels.contains("positive"), labels.contains("negative") {
      // The rounded score, so that the label and the `score` attribute never disagree.
      return Self.rounded(score) > 0 ? "positive" : "negative"
    }
    if let neutralBand, labels.contains("positive"), labels.contains("negative"), labels.contains("neutral") {
      let score = score
      return score > neutralBand ? "positive" : score < -neutralBand ? "negative" : "neutral"
    }
    if let decision { return labels[decision.choose(probabilities)] }
    let best = SentimentModel.argmax(probabilities)
    if let neutral = labels.firstIndex(of: "neutral"), probabilities[neutral] == probabilities[best] {
      return labels[neutral]
    }
    return labels[best]
  }

  public var score: Double {
    func probability(_ label: String) -> Double {
      labels.firstIndex(of: label).map { probabilities[$0] } ?? 0
    }
    return probability("positive") - probability("negative")
  }

  /// The fields written beside the annotation: level, sentiment, score, probabilities.
  public func attributes(level: String) -> [String: JSONValue] {
    var byLabel = [String: JSONValue](minimumCapacity: labels.count)
    for (label, probability) in zip(labels, probabilities) { byLabel[label] = .double(Self.rounded(probability)) }
    var attributes = [String: JSONValue](minimumCapacity: 6)
    attributes["level"] = .string(level)
    attributes["sentiment"] = .string(label)
    attributes["score"] = .double(Self.rounded(score))
    attributes["probabilities"] = .object(byLabel)
    return attributes
  }

  /// The same tone with its label chosen among `classes`.
  public func among(_ classes: SentimentClasses) -> SentimentTone {
    var tone = self
    tone.classes = classes
    return tone
  }

  /// Four decimals: enough to rank, and stable across platforms' last-bit differences.
  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
