/// The annotations of upstream stages for one document, with the labels each stage declared,
/// so a stage asks for what it consumes by role or label, never by another stage's id.
public struct StageInputs: Sendable {
  /// The annotations one upstream stage made, with its declared labels.
  public struct Upstream: Sendable {
    /// The upstream stage's id in the workflow, for messages.
    public var stageID: String
    public var produces: [ProducedLabel]
    public var annotations: [Annotation]

    public init(stageID: String, produces: [ProducedLabel], annotations: [Annotation]) {
      self.stageID = stageID
      self.produces = produces
      self.annotations = annotations
    }
  }

  /// The upstream stages in plan order.
  public var upstream: [Upstream]

  public init(upstream: [Upstream] = []) {
    self.upstream = upstream
  }

  /// Inputs made of annotations with a given role each, as a test or a tool builds them:
  /// every label found among the annotations of a role is declared with that role.
  public init(_ annotationsByRole: [AnnotationRole: [Annotation]]) {
    self.upstream = annotationsByRole.sorted { $0.key.rawValue < $1.key.rawValue }.map { role, annotations in
      let labels = Set(annotations.map(\.label)).sorted()
      return Upstream(
        stageID: role.rawValue, produces: labels.map { ProducedLabel($0, role: role) }, annotations: annotations)
    }
  }

  /// An empty set of inputs.
  public static let none = StageInputs()

  /// The annotations that `input` selects, upstream stage by upstream stage.
  public func annotations(_ input: ConsumedInput) -> [Annotation] {
    upstream.flatMap { stage -> [Annotation] in
      let labels = Set(stage.produces.filter(input.matches).map(\.label))
      if labels.isEmpty { return [] }
      return stage.annotations.filter { labels.contains($0.label) }
    }
  }

  /// The annotations whose declared role is `role`.
  public func annotations(role: AnnotationRole) -> [Annotation] {
    annotations(.role(role))
  }

  /// The annotations labelled `label`.
  public func annotations(labeled label: String) -> [Annotation] {
    annotations(.label(label))
  }

  /// Whether some upstream stage declares labels that `input` selects.
  public func provides(_ input: ConsumedInput) -> Bool {
    upstream.contains { $0.produces.contains(where: input.matches) }
  }

  /// Boilerplate spans (role `boilerplate`), sorted by start; empty when no stage marked any.
  public var boilerplate: [Range<Int>] {
    annotations(role: .boilerplate)
      .filter { $0.end > $0.start }
      .map { $0.start..<$0.end }
      .sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Whether the scalar range `start..<end` overlaps a boilerplate span. Each call gathers the
  /// spans again: for many look-ups take `boilerplate` once instead.
  public func isBoilerplate(start: Int, end: Int) -> Bool {
    boilerplate.contains { $0.overlaps(start..<max(end, start + 1)) }
  }
}
