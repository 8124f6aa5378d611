/// A stage's typed configuration, decoded from a workflow's `config:` mapping.
///
/// Every field is a `@Setting`: its YAML key and help on the attribute, its camelCase Swift
/// name, type and default on the property. The type gets `Codable` from its settings (keys
/// absent from the input keep their defaults; an optional without a value is left out when
/// encoding). Keys the type does not declare are errors, reported with a did-you-mean. The
/// canonical JSON of the decoded value (sorted keys) is part of the cache key.
///
/// ```swift
/// public struct Configuration: StageConfiguration {
///   @Setting("min_words", help: "quotes with fewer words are skipped")
///   public var minWords = 2
///
///   public init() {}
/// }
/// ```
public protocol StageConfiguration: Codable, Hashable, Sendable {
  /// The default configuration.
  init()
  /// Checks ranges and combinations after decoding; throw `ConfigurationError.invalid`.
  func validate() throws
}

extension StageConfiguration {
  public func validate() throws {}

  /// The configuration's settings in declaration order.
  var settings: [any AnySetting] {
    Mirror(reflecting: self).children.compactMap { $0.value as? any AnySetting }
  }

  /// Stored properties that are not settings: a configuration must have none, since only
  /// settings are decoded.
  static var undeclaredProperties: [String] {
    Mirror(reflecting: Self()).children.compactMap { child in
      child.value is any AnySetting ? nil : child.label ?? "?"
    }
  }

  public init(from decoder: any Decoder) throws {
    if let property = Self.undeclaredProperties.first {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "\(Self.self).\(property) is not a @Setting, so it cannot be configured"))
    }
    let container = try decoder.container(keyedBy: SettingKey.self)
    var decoded: [String: any Sendable] = [:]
    for setting in Self().settings {
      if let value = try setting.decodeValue(from: container) { decoded[setting.key] = value }
    }
    self = SettingValues.$decoded.withValue(decoded) { Self() }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: SettingKey.self)
    for setting in settings { try setting.encodeValue(to: &container) }
  }
}

/// The configuration of a stage that takes no options.
public struct NoConfiguration: StageConfiguration {
  public init() {}
}
