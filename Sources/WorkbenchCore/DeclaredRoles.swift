/// The roles a run's stages declared for their labels, by the stage's id in the workflow: what
/// the report shows each annotation as.
public struct DeclaredRoles: Sendable, Hashable {
  /// Roles by stage id, then by label.
  public var roles: [String: [String: AnnotationRole]]

  public init(_ roles: [String: [String: AnnotationRole]] = [:]) {
    self.roles = roles
  }

  /// The roles declared by each stage: its id in the workflow with the labels it produces
  /// under its configuration (`ConfiguredStage.produces`).
  public init(stages: [(id: String, produces: [ProducedLabel])]) {
    var roles: [String: [String: AnnotationRole]] = [:]
    for (id, produces) in stages {
      roles[id] = Dictionary(produces.map { ($0.label, $0.role) }, uniquingKeysWith: { first, _ in first })
    }
    self.roles = roles
  }

  /// The role the stage `stage` declared for `label`, or nil when the stage is unknown (a run
  /// made by another build) or did not declare it.
  public func role(stage: String, label: String) -> AnnotationRole? {
    roles[stage]?[label]
  }
}
