/// A label a stage declares it produces: the label, its role, and its attributes.
///
/// The runtime refuses an annotation whose label the stage did not declare, and the report
/// shows each annotation by the role declared for its label (like spaCy's `assigns`).
public struct ProducedLabel: Sendable, Hashable, Codable {
  /// The annotation's `label` (`DATE`, `KEYWORD`).
  public var label: String
  /// What the annotation is to the report and to consuming stages.
  public var role: AnnotationRole
  /// The attribute keys annotations with this label may carry (beside `value`).
  public var attributes: [String]
  /// When set, the label is the string value of this configuration key (a user-chosen label),
  /// and `label` is its default.
  public var configurationKey: String?

  public init(_ label: String, role: AnnotationRole, attributes: [String] = [], configurationKey: String? = nil) {
    self.label = label
    self.role = role
    self.attributes = attributes
    self.configurationKey = configurationKey
  }

  /// The declaration with its label taken from `configuration` when it names one.
  public func resolved(in configuration: JSONValue) -> ProducedLabel {
    guard let configurationKey, let configured = configuration.objectValue?[configurationKey]?.stringValue else {
      return self
    }
    var resolved = self
    resolved.label = configured
    resolved.configurationKey = nil
    return resolved
  }
}
