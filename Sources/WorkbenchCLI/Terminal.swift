import Foundation

/// The terminal the tool reports to: progress and diagnostics go to standard error.
enum Terminal {
  /// Whether standard error is a terminal: progress is drawn only then.
  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Writes a line to standard error, with control characters made visible.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((printable(line) + "\n").utf8))
  }

  /// `text` with every control character but line feeds and tabs written as `\u{1B}`: a file
  /// name or a document id holding terminal escape codes must not recolour, move or retitle
  /// the user's terminal when a message quotes it.
  static func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar != "\n", scalar != "\t" else { return false }
    return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
