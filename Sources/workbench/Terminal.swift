import Foundation

/// Buffered writing to standard output and standard error.
///
/// `print` flushes line by line on a terminal but buffers in a pipe; annotation streams of
/// millions of lines go through `BufferedOutput` instead, which writes in 64 KiB blocks.
final class BufferedOutput {
  private let descriptor: Int32
  private var buffer: [UInt8] = []

  init(descriptor: Int32 = STDOUT_FILENO) {
    self.descriptor = descriptor
    buffer.reserveCapacity(1 << 16)
  }

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func writeLine(_ string: String) {
    write(string)
    buffer.append(UInt8(ascii: "\n"))
  }

  func flush() {
    var offset = 0
    buffer.withUnsafeBytes { bytes in
      while offset < bytes.count {
        let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}

enum Terminal {
  /// Whether standard error is a terminal: progress is drawn only then.
  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Writes a line to standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
