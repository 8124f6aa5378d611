import Foundation

/// Reads a file line by line through a fixed buffer, so that a JSON Lines file of any size
/// costs the memory of its longest line, not of the file.
struct LineReader {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  static let chunkSize = 1 << 20

  init(url: URL) throws {
    handle = try FileHandle(forReadingFrom: url)
  }

  /// Passes the next line (without its `\n`) to `body`; returns false when there was no
  /// line left (then `body` is not called).
  mutating func next(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    while true {
      let found: Int? = buffer.withUnsafeBufferPointer { all in
        guard start < all.count, let base = all.baseAddress,
          let newline = memchr(base + start, 0x0A, all.count - start)
        else { return nil }
        return UnsafeRawPointer(newline) - UnsafeRawPointer(base)
      }
      if let found {
        buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<found])) }
        start = found + 1
        return true
      }
      if atEnd {
        guard start < buffer.count else {
          try? handle.close()
          return false
        }
        buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
        start = buffer.count
        return true
      }
      buffer.removeFirst(start)
      start = 0
      let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
      if let chunk, !chunk.isEmpty {
        buffer.append(contentsOf: chunk)
      } else {
        atEnd = true
      }
    }
  }
}
