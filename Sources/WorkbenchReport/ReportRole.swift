import WorkbenchCore

/// How the report shows an annotation, from the role its stage declared for its label (not
/// from the label or the stage id, which a workflow may choose freely): dates go on the
/// timeline, entities into the table, tone into the sentiment section, and so on.
enum ReportRole: Equatable {
  case date
  case entity
  case sentiment(level: SentimentLevel)
  case topic
  case boilerplate
  case span
  case documentValue

  enum SentimentLevel: String {
    case document, sentence, target
  }

  /// Polarity words a tone annotation may give as its `sentiment`, value or label.
  static let sentimentLabels: Set<String> = ["positive", "negative", "neutral", "mixed"]

  /// How to show `annotation`, whose stage declared `declared` for its label, in a document
  /// of `scalarCount` scalars. An undeclared label (a run made by a build that lacks the
  /// stage) is a plain span, or a document value when it covers the whole text.
  static func of(_ annotation: Annotation, declared: AnnotationRole?, scalarCount: Int) -> ReportRole {
    let isWhole = annotation.start <= 0 && annotation.end >= scalarCount
    switch declared {
    case .temporalValue: return .date
    case .linkedEntity: return .entity
    case .topic: return .topic
    case .boilerplate: return .boilerplate
    case .documentValue: return .documentValue
    case .span: return .span
    case .tone:
      if let level = annotation.attributes["level"]?.stringValue.flatMap(SentimentLevel.init) {
        return .sentiment(level: level)
      }
      return .sentiment(level: isWhole ? .document : .sentence)
    case nil: return isWhole ? .documentValue : .span
    }
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
