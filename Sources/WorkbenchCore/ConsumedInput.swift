/// Annotations a stage consumes from upstream, named by role or by label, never by the id of
/// the stage that makes them (like spaCy's `requires`). The planner wires in every stage of
/// the workflow whose declared labels match.
public struct ConsumedInput: Sendable, Hashable, CustomStringConvertible {
  /// What is consumed: every label declared with a role, or one label.
  public enum Selector: Sendable, Hashable {
    case role(AnnotationRole)
    case label(String)
  }

  public var selector: Selector
  /// A required input must have a provider in the workflow (it is an error otherwise); an
  /// optional one is used when a provider runs and done without when none does.
  public var isRequired: Bool

  public init(_ selector: Selector, isRequired: Bool) {
    self.selector = selector
    self.isRequired = isRequired
  }

  /// Annotations of every label declared with `role`.
  public static func role(_ role: AnnotationRole, required: Bool = false) -> ConsumedInput {
    ConsumedInput(.role(role), isRequired: required)
  }

  /// Annotations with `label`.
  public static func label(_ label: String, required: Bool = false) -> ConsumedInput {
    ConsumedInput(.label(label), isRequired: required)
  }

  /// Whether annotations with the declared `label` are among those consumed.
  public func matches(_ label: ProducedLabel) -> Bool {
    switch selector {
    case .role(let role): return label.role == role
    case .label(let name): return label.label == name
    }
  }

  /// Whether a stage that declares `descriptor` provides this input.
  public func isProvided(by descriptor: StageDescriptor) -> Bool {
    descriptor.produces.contains(where: matches)
  }

  /// `linked-entity annotations` or `label 'DATE'`, for messages.
  public var description: String {
    switch selector {
    case .role(let role): return "\(role.rawValue) annotations"
    case .label(let label): return "'\(label)' annotations"
    }
  }
}
