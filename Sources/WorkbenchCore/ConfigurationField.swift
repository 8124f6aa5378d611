/// One field of a stage's configuration, as `workbench plugins` lists it.
public struct ConfigurationField: Hashable, Sendable, Codable {
  public var name: String
  /// The field's type in the words of a YAML writer (`integer`, `list of strings`,
  /// `string (optional)`, `one of nearest, future, past`).
  public var type: String
  /// The default value; null for an optional field without one.
  public var defaultValue: JSONValue
  public var help: String?

  public init(name: String, type: String, defaultValue: JSONValue, help: String?) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.help = help
  }

  enum CodingKeys: String, CodingKey {
    case name, type, help
    case defaultValue = "default"
  }
}
