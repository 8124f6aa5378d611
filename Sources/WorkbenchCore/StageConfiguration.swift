/// A stage's typed configuration, decoded from a workflow's `config:` mapping.
///
/// Every field has a default (`init()`), so an empty mapping is valid. Keys the type does not
/// decode are errors, reported with a did-you-mean. The canonical JSON of the decoded value
/// (sorted keys) is part of the cache key. Use snake_case property names: they are the keys
/// users write.
public protocol StageConfiguration: Codable, Hashable, Sendable {
  /// The default configuration.
  init()
  /// Checks ranges and combinations after decoding; throw `ConfigurationError.invalid`.
  func validate() throws
  /// One line of help per field, shown by `workbench plugins`.
  static var fieldHelp: [String: String] { get }
}

extension StageConfiguration {
  public func validate() throws {}
  public static var fieldHelp: [String: String] { [:] }
}

/// The configuration of a stage that takes no options.
public struct NoConfiguration: StageConfiguration {
  public init() {}
}
