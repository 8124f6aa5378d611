import WorkbenchCore

extension DeclaredRoles {
  /// The roles the report tests' stages declare for their labels, as the built-in plugins
  /// declare them (the report only knows what a run's stages declare).
  static let reportTests = DeclaredRoles([
    "dates": ["DATE": .temporalValue, "TIME": .temporalValue, "DURATION": .temporalValue, "SET": .temporalValue],
    "entities": [
      "PERSON": .linkedEntity, "LOCATION": .linkedEntity, "ORGANIZATION": .linkedEntity, "MISC": .linkedEntity,
    ],
    "sentiment": ["SENTIMENT": .tone, "positive": .tone, "negative": .tone, "neutral": .tone],
    "clean": ["BOILERPLATE": .boilerplate],
    "topics": ["TOPIC": .topic],
    "keywords": ["KEYWORD": .span],
    // DocumentRenderingTests' stages.
    "a": ["positive": .tone, "negative": .tone, "X": .span],
    "b": ["Y": .span, "TOPIC": .topic],
  ])
}
