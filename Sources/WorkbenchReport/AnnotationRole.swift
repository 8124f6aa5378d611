import WorkbenchCore

/// What an annotation means to the report, read from its label and fields (not the stage id,
/// which a workflow may choose freely): dates go on the timeline, entities into the table, etc.
enum AnnotationRole: Equatable {
  case date
  case entity
  case sentiment(level: SentimentLevel)
  case topic
  case boilerplate
  case keyword
  case other

  enum SentimentLevel: String {
    case document, sentence, target
  }

  static let dateLabels: Set<String> = ["DATE", "TIME", "DURATION", "SET"]
  static let sentimentLabels: Set<String> = ["positive", "negative", "neutral", "mixed"]
  static let entityLabels: Set<String> = [
    "PERSON", "PER", "LOCATION", "LOC", "GPE", "ORGANIZATION", "ORG", "MISC", "FACILITY", "FAC",
    "EVENT", "NORP", "PRODUCT", "WORK_OF_ART", "LAW",
  ]

  /// The role of `annotation` in a document of `scalarCount` scalars.
  static func of(_ annotation: Annotation, scalarCount: Int) -> AnnotationRole {
    let label = annotation.label
    if label == "BOILERPLATE" { return .boilerplate }
    if label == "TOPIC" { return .topic }
    if label == "KEYWORD" { return .keyword }
    if dateLabels.contains(label) { return .date }
    let level = annotation.attributes["level"]?.stringValue.flatMap(SentimentLevel.init)
    if sentimentLabels.contains(label.lowercased()) || label == "SENTIMENT"
      || (level != nil && annotation.attributes["score"]?.doubleValue != nil)
    {
      if let level { return .sentiment(level: level) }
      let isWhole = annotation.start <= 0 && annotation.end >= scalarCount
      return .sentiment(level: isWhole ? .document : .sentence)
    }
    if entityLabels.contains(label) || annotation.attributes["name_ar"] != nil
      || (annotation.attributes["confidence"] != nil && annotation.attributes["name"] != nil)
    {
      return .entity
    }
    return .other
  }

  /// The polarity of a sentiment annotation, lowercased: its `sentiment` field, else its value
  /// or label when that is a polarity, else the sign of its score.
  static func polarity(_ annotation: Annotation) -> String {
    for candidate in [annotation.attributes["sentiment"]?.stringValue, annotation.value, annotation.label] {
      if let candidate, sentimentLabels.contains(candidate.lowercased()) { return candidate.lowercased() }
    }
    let score = sentimentScore(annotation)
    return score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral"
  }

  /// The CSS class of a polarity: `pos`, `neg` or `neu`.
  static func polarityClass(_ polarity: String) -> String {
    switch polarity {
    case "positive": return "pos"
    case "negative": return "neg"
    default: return "neu"
    }
  }

  /// The sentiment score of an annotation: its `score`, else +1/−1/0 from its polarity.
  static func sentimentScore(_ annotation: Annotation) -> Double {
    if let score = annotation.attributes["score"]?.doubleValue, score.isFinite {
      return min(1, max(-1, score))
    }
    let named = [annotation.attributes["sentiment"]?.stringValue, annotation.value, annotation.label]
      .compactMap { $0?.lowercased() }.first { sentimentLabels.contains($0) }
    switch named {
    case "positive": return 1
    case "negative": return -1
    default: return 0
    }
  }
}
