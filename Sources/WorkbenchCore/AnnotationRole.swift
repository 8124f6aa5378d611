/// What an annotation is, declared by the stage that produces its label: the report shows it
/// by this role and consuming stages ask for it by this role, so nothing downstream guesses
/// from label or attribute names.
///
/// Each role fixes the meaning of `value` and of a few attributes, listed per case.
public enum AnnotationRole: String, Sendable, Hashable, Codable, CaseIterable {
  /// A highlighted span of text with no further meaning to the report (a keyword, a token).
  case span
  /// A result about the whole document (a statistic, a language), shown as a chip; it spans
  /// the whole text.
  case documentValue = "document-value"
  /// A mention of an entity: `value` is the entity's id (a Wikidata id, or nil when unlinked);
  /// `name`, `name_ar` and `type` describe the entity when known.
  case linkedEntity = "linked-entity"
  /// A date, time, duration or set: `value` is a TIMEX3 value.
  case temporalValue = "temporal-value"
  /// Tone: `score` in −1…1, `level` (`document`, `sentence` or `target`), the polarity in
  /// `sentiment` (or `value`), and for a target the entity id in `value` and its `name`.
  case tone
  /// A topic assignment of a whole document: `value` is the topic id, `weight` its share,
  /// `topic_label` a readable name.
  case topic
  /// Text that is not the article (navigation, credits, prompts): later stages skip it and
  /// the report greys it out.
  case boilerplate

  /// The attributes (beside `value`) that the role defines and the report reads; a stage
  /// declaring the role gives them the meaning documented on each case.
  public var attributes: [String] {
    switch self {
    case .linkedEntity: return ["name", "name_ar", "type"]
    case .tone: return ["score", "level", "sentiment", "name"]
    case .topic: return ["weight", "topic_label"]
    case .span, .documentValue, .temporalValue, .boilerplate: return []
    }
  }
}
