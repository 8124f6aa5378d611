import Foundation

/// An error the tool reports itself, with the exit status the design fixes: 64 for a usage
/// error, 65 for an invalid workflow or input, 1 when documents or stages failed.
struct WorkbenchError: Error, CustomStringConvertible {
  var message: String
  var exitCode: Int32

  /// A wrong name, option or value on the command line.
  static func usage(_ message: String) -> WorkbenchError { WorkbenchError(message: message, exitCode: 64) }
  /// An invalid workflow or input file; its diagnostics have already been printed.
  static func invalidInput(_ message: String) -> WorkbenchError { WorkbenchError(message: message, exitCode: 65) }
  /// Some documents or stages failed; the rest completed and are stored.
  static func failures(_ message: String) -> WorkbenchError { WorkbenchError(message: message, exitCode: 1) }

  var description: String { message }
}
