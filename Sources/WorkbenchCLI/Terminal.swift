import Foundation

/// The terminal the tool reports to: progress and diagnostics go to standard error.
enum Terminal {
  /// Whether standard error is a terminal: progress is drawn only then.
  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Writes a line to standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
