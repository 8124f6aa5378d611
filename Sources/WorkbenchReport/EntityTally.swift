import WorkbenchCore

/// A running mean.
struct ToneTally {
  var sum = 0.0
  var count = 0

  mutating func add(_ score: Double) {
    sum += score
    count += 1
  }

  var mean: Double? { count > 0 ? sum / Double(count) : nil }
}

/// All mentions of one entity (one KB id, or one name when the entity is not linked).
struct EntityTally {
  static let maxSurfaces = 8

  var key: String
  var value: String?
  var englishNames: [String: Int] = [:]
  var arabicNames: [String: Int] = [:]
  var surfaces: [String: Int] = [:]
  var labels: [String: Int] = [:]
  var mentions = 0
  var documents = 0
  var lastDocument = -1
  var targetTone = ToneTally()
  var sentenceTone = ToneTally()

  init(key: String, value: String?) {
    self.key = key
    self.value = value
  }

  mutating func add(_ annotation: Annotation, name: String?, document: Int) {
    mentions += 1
    if document != lastDocument {
      documents += 1
      lastDocument = document
    }
    if let name, !name.isEmpty { englishNames[name, default: 0] += 1 }
    if let arabic = annotation.attributes["name_ar"]?.stringValue, !arabic.isEmpty {
      arabicNames[arabic, default: 0] += 1
    }
    if surfaces[annotation.text] != nil || surfaces.count < Self.maxSurfaces {
      surfaces[annotation.text, default: 0] += 1
    }
    labels[annotation.label, default: 0] += 1
  }

  private static func mostCommon(_ counts: [String: Int]) -> String? {
    counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// The entity's English name: its `name`, else its KB id, else how the text writes it when
  /// that is not Arabic.
  var englishName: String? {
    if let name = Self.mostCommon(englishNames) { return name }
    if let surface = Self.mostCommon(surfaces), !HTMLText.containsArabic(surface) { return surface }
    return nil
  }

  /// The entity's Arabic name: its `name_ar`, else the commonest Arabic surface form.
  var arabicName: String? {
    if let name = Self.mostCommon(arabicNames) { return name }
    let arabic = surfaces.filter { HTMLText.containsArabic($0.key) }
    return Self.mostCommon(arabic)
  }

  var type: String { Self.mostCommon(labels) ?? "" }

  /// A short name for graph labels and charts.
  var displayName: String { englishName ?? arabicName ?? value ?? key }

  /// The tone toward the entity and whether it comes from target-level sentiment.
  var tone: (score: Double, fromTargets: Bool)? {
    if let mean = targetTone.mean { return (mean, true) }
    if let mean = sentenceTone.mean { return (mean, false) }
    return nil
  }
}
