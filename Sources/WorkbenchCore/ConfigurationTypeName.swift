/// The names configuration types go by for people who write YAML: `integer`, `list of
/// strings`, `one of nearest, future, past`, rather than Swift's `Int` and
/// `Array<TemporalPreference>`.
enum ConfigurationTypeName {
  static func of(_ type: Any.Type) -> String {
    if let optional = type as? any OptionalConfigurationType.Type {
      return of(optional.wrappedType) + " (optional)"
    }
    if let list = type as? any ListConfigurationType.Type {
      let element = of(list.elementType)
      return element.hasPrefix("one of ") ? "list, each \(element)" : "list of \(plural(element))"
    }
    if type is any MappingConfigurationType.Type { return "mapping" }
    if let cases = caseNames(type) { return "one of \(cases.joined(separator: ", "))" }
    switch type {
    case is Bool.Type: return "boolean"
    case is String.Type: return "string"
    case is Double.Type, is Float.Type: return "number"
    case is any FixedWidthInteger.Type: return "integer"
    default: return String(describing: type)
    }
  }

  /// The raw values of an enumeration that lists its cases (`CaseIterable` and
  /// `RawRepresentable`), in declaration order; nil for any other type.
  static func caseNames(_ type: Any.Type) -> [String]? {
    guard let iterable = type as? any CaseIterable.Type else { return nil }
    return names(iterable)
  }

  private static func names<T: CaseIterable>(_ type: T.Type) -> [String]? {
    var names: [String] = []
    for value in T.allCases {
      guard let raw = value as? any RawRepresentable else { return nil }
      names.append("\(raw.rawValue)")
    }
    return names
  }

  private static func plural(_ name: String) -> String {
    switch name {
    case "boolean", "string", "number", "integer", "mapping": return name + "s"
    default: return name
    }
  }
}

protocol OptionalConfigurationType {
  static var wrappedType: Any.Type { get }
  var isNone: Bool { get }
}

extension Optional: OptionalConfigurationType {
  static var wrappedType: Any.Type { Wrapped.self }
  var isNone: Bool { self == nil }
}

protocol ListConfigurationType { static var elementType: Any.Type { get } }
extension Array: ListConfigurationType { static var elementType: Any.Type { Element.self } }

protocol MappingConfigurationType {}
extension Dictionary: MappingConfigurationType {}
