/// A problem with a stage's configuration, naming the field it concerns.
public enum ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A key the configuration type does not have; `suggestion` is the closest known key.
  case unknownKey(String, suggestion: String?, known: [String])
  /// A value of the wrong type for a field.
  case typeMismatch(field: String, expected: String, found: String)
  /// A value that is out of range or conflicts with another field.
  case invalid(field: String, message: String)
  /// `config:` is not a mapping.
  case notAMapping(found: String)

  /// The field the problem concerns, when there is one.
  public var field: String? {
    switch self {
    case .unknownKey(let key, _, _): return key
    case .typeMismatch(let field, _, _), .invalid(let field, _): return field.isEmpty ? nil : field
    case .notAMapping: return nil
    }
  }

  public var description: String {
    switch self {
    case .unknownKey(let key, let suggestion, let known):
      var message = "unknown configuration key '\(key)'"
      if let suggestion {
        message += "; did you mean '\(suggestion)'?"
      } else if !known.isEmpty {
        message += " (known keys: \(known.joined(separator: ", ")))"
      } else {
        message += " (this stage takes no configuration)"
      }
      return message
    case .typeMismatch(let field, let expected, let found):
      return "'\(field)' must be \(expected), found \(found)"
    case .invalid(let field, let message):
      return field.isEmpty ? message : "'\(field)': \(message)"
    case .notAMapping(let found):
      return "config must be a mapping of keys to values, found \(found)"
    }
  }
}
