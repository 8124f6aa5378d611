/// A place in a source file: 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in a workflow or input, reported as `file:line:column: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable, Codable {
    case error
    case warning
    case note
  }

  public var severity: Severity
  public var message: String
  /// Where the problem is; nil when it concerns no particular place.
  public var location: SourceLocation?
  /// What to do about it ("did you mean 'dates'?"), printed as a note line.
  public var suggestion: String?

  public init(
    _ severity: Severity = .error, _ message: String, at location: SourceLocation? = nil,
    suggestion: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.suggestion = suggestion
  }

  /// The diagnostic in the compiler's format, with the suggestion on a following note line.
  public var description: String {
    var text = ""
    if let location { text += "\(location): " }
    text += "\(severity.rawValue): \(message)"
    if let suggestion {
      text += "\n"
      if let location { text += "\(location): " }
      text += "note: \(suggestion)"
    }
    return text
  }
}

/// Several diagnostics at once: a workflow is checked whole, not stopped at its first problem.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
