import WorkbenchCore

/// A node of a parsed YAML document: a scalar, a sequence or a mapping, with the place it
/// starts in the source (1-based line and column, columns counted in characters).
///
/// Aliases are resolved while parsing, so a node tree holds no references. Mapping entries
/// keep their order and their key nodes, so that a problem with a key can point at the key.
public struct YAMLNode: Hashable, Sendable {
  /// What the node holds.
  public enum Content: Hashable, Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode])
    case mapping([YAMLMappingEntry])
  }

  public var content: Content
  /// Where the node starts (for a scalar, its first character or opening quote).
  public var location: SourceLocation
  /// The explicit tag (`tag:yaml.org,2002:str` for `!!str`, `!` for the non-specific tag), or
  /// nil when the node is untagged.
  public var tag: String?

  public init(_ content: Content, at location: SourceLocation, tag: String? = nil) {
    self.content = content
    self.location = location
    self.tag = tag
  }
}

/// A scalar's text and how it was written: plain scalars are resolved by the schema (`1` is
/// an integer), quoted and block scalars are always strings (`"1"` is a string).
public struct YAMLScalar: Hashable, Sendable {
  public enum Style: Hashable, Sendable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
  }

  public var value: String
  public var style: Style

  public init(_ value: String, style: Style = .plain) {
    self.value = value
    self.style = style
  }

  /// Whether the scalar was written without quotes or block indicators.
  public var isPlain: Bool { style == .plain }
}

/// One `key: value` pair of a mapping.
public struct YAMLMappingEntry: Hashable, Sendable {
  public var key: YAMLNode
  public var value: YAMLNode

  public init(key: YAMLNode, value: YAMLNode) {
    self.key = key
    self.value = value
  }
}

extension YAMLNode {
  /// The scalar, or nil for a sequence or mapping.
  public var scalar: YAMLScalar? {
    if case .scalar(let scalar) = content { return scalar }
    return nil
  }

  /// The elements of a sequence, or nil.
  public var sequence: [YAMLNode]? {
    if case .sequence(let elements) = content { return elements }
    return nil
  }

  /// The entries of a mapping, or nil.
  public var mapping: [YAMLMappingEntry]? {
    if case .mapping(let entries) = content { return entries }
    return nil
  }

  /// The value of the first entry whose key is the scalar `key`, in a mapping.
  public subscript(key: String) -> YAMLNode? {
    entry(key)?.value
  }

  /// The first entry whose key is the scalar `key`, in a mapping.
  public func entry(_ key: String) -> YAMLMappingEntry? {
    mapping?.first { $0.key.scalar?.value == key }
  }

  /// Whether the node is a plain scalar that the core schema reads as null (`~`, `null`, or
  /// nothing at all, as in `config:` with no value).
  public var isNull: Bool {
    guard tag == nil, let scalar, scalar.isPlain else { return tag == YAMLTag.null }
    return YAMLCoreSchema.isNull(scalar.value)
  }

  /// A short description of the node's kind for messages ("a string", "a list", "a mapping").
  public var kindDescription: String {
    switch content {
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .scalar:
      return (try? jsonValue().kindDescription) ?? "a scalar"
    }
  }
}

/// The tags of the YAML 1.2 core schema, as libyaml expands `!!str` and friends.
public enum YAMLTag {
  public static let string = "tag:yaml.org,2002:str"
  public static let int = "tag:yaml.org,2002:int"
  public static let float = "tag:yaml.org,2002:float"
  public static let bool = "tag:yaml.org,2002:bool"
  public static let null = "tag:yaml.org,2002:null"
  public static let sequence = "tag:yaml.org,2002:seq"
  public static let mapping = "tag:yaml.org,2002:map"
  /// The non-specific tag `!`: the scalar is a string whatever it looks like.
  public static let nonSpecific = "!"
}
