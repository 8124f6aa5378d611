import Foundation

/// An error the tool reports itself, with the exit status the design fixes: 64 for a usage
/// error, 65 for an invalid workflow or input, 74 for a database or disk failure, 1 when
/// documents or stages failed. Commands that plugins contribute throw it too.
public struct WorkbenchError: Error, CustomStringConvertible {
  public var message: String
  public var exitCode: Int32

  public init(message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// A wrong name, option or value on the command line.
  public static func usage(_ message: String) -> WorkbenchError { WorkbenchError(message: message, exitCode: 64) }
  /// An invalid workflow or input file; its diagnostics have already been printed.
  public static func invalidInput(_ message: String) -> WorkbenchError {
    WorkbenchError(message: message, exitCode: 65)
  }
  /// Some documents or stages failed; the rest completed and are stored.
  public static func failures(_ message: String) -> WorkbenchError { WorkbenchError(message: message, exitCode: 1) }

  public var description: String { message }
}
