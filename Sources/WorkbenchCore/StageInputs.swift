/// The annotations of upstream stages for one document, by plugin id.
public struct StageInputs: Sendable {
  /// Annotations by the plugin id of the stage that made them (`clean`, `entity-linking`).
  public var annotationsByStage: [String: [Annotation]]

  public init(_ annotationsByStage: [String: [Annotation]] = [:]) {
    self.annotationsByStage = annotationsByStage
  }

  /// An empty set of inputs.
  public static let none = StageInputs()

  /// The annotations a stage made, or an empty list when it did not run upstream.
  public func annotations(from stageID: String) -> [Annotation] {
    annotationsByStage[stageID] ?? []
  }

  /// Whether the stage ran upstream of this one.
  public func contains(_ stageID: String) -> Bool {
    annotationsByStage[stageID] != nil
  }

  /// The id of the stage that marks boilerplate, and the label it uses.
  public static let boilerplateStage = "clean"
  public static let boilerplateLabel = "BOILERPLATE"

  /// Spans the `clean` stage marked as boilerplate, sorted by start; empty when it did not run.
  public var boilerplate: [Range<Int>] {
    annotations(from: StageInputs.boilerplateStage)
      .filter { $0.label == StageInputs.boilerplateLabel && $0.end > $0.start }
      .map { $0.start..<$0.end }
      .sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Whether the scalar range `start..<end` overlaps a boilerplate span. Each call gathers the
  /// spans again: for many look-ups take `boilerplate` once instead.
  public func isBoilerplate(start: Int, end: Int) -> Bool {
    boilerplate.contains { $0.overlaps(start..<max(end, start + 1)) }
  }
}
