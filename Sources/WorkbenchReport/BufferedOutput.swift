import Foundation

/// A byte stream written in large chunks: exports and the report write through one, so their
/// memory stays at the buffer's capacity however many rows they write.
public final class BufferedOutput {
  private var buffer: [UInt8] = []
  private let capacity: Int
  private let sink: (UnsafeRawBufferPointer) throws -> Void

  /// An output that hands each full buffer to `sink`.
  public init(capacity: Int = 1 << 16, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
    self.capacity = max(capacity, 64)
    self.sink = sink
    buffer.reserveCapacity(self.capacity)
  }

  /// An output that writes to a file handle (a file, or `FileHandle.standardOutput`).
  public convenience init(fileHandle: FileHandle, capacity: Int = 1 << 16) {
    self.init(capacity: capacity) { bytes in
      try fileHandle.write(contentsOf: Data(bytes))
    }
  }

  /// Appends the UTF-8 bytes of `string`.
  public func write(_ string: String) throws {
    var string = string
    string.withUTF8 { buffer.append(contentsOf: $0) }
    if buffer.count >= capacity { try flush() }
  }

  /// Appends raw bytes.
  public func write(bytes: some Sequence<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { try flush() }
  }

  /// Gives `body` the buffer to append to: one access for a whole field.
  @inline(__always)
  func withBuffer<Result>(_ body: (inout [UInt8]) -> Result) -> Result {
    body(&buffer)
  }

  /// Appends ASCII text given as a literal.
  @inline(__always)
  func appendASCII(_ text: StaticString) {
    text.withUTF8Buffer { buffer.append(contentsOf: $0) }
  }

  /// Appends the UTF-8 of a literal (field names, separators).
  public func write(literal text: StaticString) throws {
    appendASCII(text)
    try flushIfFull()
  }

  @inline(__always)
  func flushIfFull() throws {
    if buffer.count >= capacity { try flush() }
  }

  /// Hands everything buffered to the sink.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBytes { try sink($0) }
    buffer.removeAll(keepingCapacity: true)
  }
}

extension BufferedOutput {
  /// Creates (or truncates) the file at `url`, and the folders above it, and returns an output
  /// writing to it with the handle to close once the output is flushed.
  static func creatingFile(at url: URL) throws -> (BufferedOutput, FileHandle) {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
    let handle = try FileHandle(forWritingTo: url)
    return (BufferedOutput(fileHandle: handle), handle)
  }
}
