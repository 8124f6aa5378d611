/// One field of a stage's configuration, declared in one place: its YAML key and help here,
/// its Swift name, type and default on the property.
///
/// ```swift
/// @Setting("case_sensitive", help: "match Latin letters with their case")
/// public var caseSensitive = false
/// ```
///
/// `workbench plugins` and the generated reference pages list the key, the type (in YAML's
/// words: `boolean`, `list of strings`, `one of nearest, future, past`), the default and the
/// help. An enumeration that is `CaseIterable` with raw values makes a closed set: a wrong
/// value is an error that lists the valid ones.
@propertyWrapper
public struct Setting<Value: Codable & Hashable & Sendable>: Hashable, Sendable {
  public var wrappedValue: Value
  /// The key users write under `config:`.
  public let key: String
  /// One line of help.
  public let help: String

  /// A setting whose default is the property's initial value. While a configuration is being
  /// decoded, the decoded value for `key` (when the input has one) replaces the default.
  public init(wrappedValue defaultValue: Value, _ key: String, help: String = "") {
    self.key = key
    self.help = help
    if let decoded = SettingValues.decoded?[key], let value = decoded as? Value {
      self.wrappedValue = value
    } else {
      self.wrappedValue = defaultValue
    }
  }

  public static func == (lhs: Setting, rhs: Setting) -> Bool {
    lhs.key == rhs.key && lhs.wrappedValue == rhs.wrappedValue
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(key)
    hasher.combine(wrappedValue)
  }
}

/// A setting with its value type erased, as a configuration's fields are walked.
protocol AnySetting {
  var key: String { get }
  var help: String { get }
  /// The value type in YAML's words.
  var typeName: String { get }
  /// The value decoded from `container` when it has the key, else nil.
  func decodeValue(from container: KeyedDecodingContainer<SettingKey>) throws -> (any Sendable)?
  /// Writes the value under the key (nothing for an optional without a value).
  func encodeValue(to container: inout KeyedEncodingContainer<SettingKey>) throws
}

extension Setting: AnySetting {
  var typeName: String { ConfigurationTypeName.of(Value.self) }

  func decodeValue(from container: KeyedDecodingContainer<SettingKey>) throws -> (any Sendable)? {
    let codingKey = SettingKey(key)
    guard container.contains(codingKey) else { return nil }
    return try container.decode(Value.self, forKey: codingKey)
  }

  func encodeValue(to container: inout KeyedEncodingContainer<SettingKey>) throws {
    if let optional = wrappedValue as? any OptionalConfigurationType, optional.isNone { return }
    try container.encode(wrappedValue, forKey: SettingKey(key))
  }
}

/// The values a configuration being decoded gives its settings: `Setting.init` reads them,
/// so that a configuration is decoded by running its own `init()` with its declared defaults.
enum SettingValues {
  @TaskLocal static var decoded: [String: any Sendable]?
}

/// A setting's key as a coding key.
struct SettingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ key: String) { stringValue = key }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
