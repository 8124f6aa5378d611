import Foundation
import WorkbenchCore

/// Exact-span figures of a tagger on annotated documents.
public struct EntityTaggerFigures: Sendable {
  public var byType: [String: (gold: Int, found: Int, predicted: Int)] = [:]

  /// Person, place and organization mentions: the types every corpus here annotates alike.
  public static let scoredTypes = ["PERSON", "LOCATION", "ORGANIZATION"]

  public init() {}

  public static func measure(_ model: EntityTaggerModel, on documents: [EntityTaggerTrainer.Prepared], indices: [Int])
    -> EntityTaggerFigures
  {
    var figures = EntityTaggerFigures()
    let tagger = EntityTagger(model: model)
    for index in indices {
      let document = documents[index]
      let tags = tagger.tags(document.buckets, in: document.text)
      let spans = EntityTagger.spans(
        of: tags, in: document.text, tagSet: model.tagSet, nameStarts: tagger.model.nameStarts)
      figures.add(
        gold: document.mentions.map { ($0.start, $0.end, $0.type) },
        predicted: spans.map { ($0.start, $0.end, $0.type) })
    }
    return figures
  }

  /// Counts a document: a prediction is right when its span and type are the gold's.
  public mutating func add(gold: [(Int, Int, String)], predicted: [(Int, Int, String)]) {
    struct Key: Hashable {
      var start: Int
      var end: Int
      var type: String
    }
    let scored = Set(Self.scoredTypes)
    let goldKeys = Set(gold.filter { scored.contains($0.2) }.map { Key(start: $0.0, end: $0.1, type: $0.2) })
    // A prediction on a span the gold marks with another type (MISC) counts against the type
    // predicted; one on a MISC gold span predicted MISC is neither.
    for key in goldKeys { byType[key.type, default: (0, 0, 0)].gold += 1 }
    for (start, end, type) in predicted where scored.contains(type) {
      byType[type, default: (0, 0, 0)].predicted += 1
      if goldKeys.contains(Key(start: start, end: end, type: type)) { byType[type, default: (0, 0, 0)].found += 1 }
    }
  }

  public func precision(_ type: String? = nil) -> Double { ratio(\.found, \.predicted, type) }
  public func recall(_ type: String? = nil) -> Double { ratio(\.found, \.gold, type) }
  public func f1(_ type: String? = nil) -> Double {
    let p = precision(type)
    let r = recall(type)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  private func ratio(
    _ part: KeyPath<(gold: Int, found: Int, predicted: Int), Int>,
    _ whole: KeyPath<(gold: Int, found: Int, predicted: Int), Int>, _ type: String?
  ) -> Double {
    let rows = type.map { [byType[$0] ?? (0, 0, 0)] } ?? Array(byType.values)
    let numerator = rows.reduce(0) { $0 + $1[keyPath: part] }
    let denominator = rows.reduce(0) { $0 + $1[keyPath: whole] }
    return denominator == 0 ? 0 : Double(numerator) / Double(denominator)
  }

  /// The figures as JSON for the model's info, rounded to four places.
  public var json: JSONValue {
    func rounded(_ value: Double) -> JSONValue { .double((value * 10_000).rounded() / 10_000) }
    var object: [String: JSONValue] = [
      "precision": rounded(precision()), "recall": rounded(recall()), "f1": rounded(f1()),
      "gold": .int(byType.values.reduce(0) { $0 + $1.gold }),
    ]
    for type in Self.scoredTypes {
      object[type] = .object([
        "precision": rounded(precision(type)), "recall": rounded(recall(type)), "f1": rounded(f1(type)),
      ])
    }
    return .object(object)
  }

  /// One line: overall and per-type F1.
  public var summary: String {
    let types = Self.scoredTypes.map { "\($0) P \(format(precision($0))) R \(format(recall($0))) F1 \(format(f1($0)))" }
    return "P \(format(precision())) R \(format(recall())) F1 \(format(f1()))\n    " + types.joined(separator: "\n    ")
  }

  private func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
