#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension MetadataTable {
  /// The bytes last read from the metadata file. Rows are asked for in the corpus's order; a
  /// metadata file written in that order is then read in order, and a row that starts where
  /// the previous one ended makes the window read ahead, so that the rows after it cost no
  /// system call. Rows asked for out of order are read one at a time.
  struct ReadWindow: ~Copyable {
    /// How much is read ahead: a few hundred rows of a typical table.
    static let readAhead = 64 * 1024

    var buffer: [UInt8] = []
    /// The file offset of `buffer[0]` and the number of bytes read into it.
    var offset = 0
    var count = 0
    /// Where the last row asked for ends in the file.
    var lastEnd = -1

    /// `body` applied to the `wanted` bytes at `start` in the file, or nil when it has fewer.
    mutating func withBytes<Result>(
      at start: Int, count wanted: Int, from descriptor: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
      defer { lastEnd = start + wanted }
      if start < offset || start + wanted > offset + count {
        let size = start == lastEnd ? max(wanted, Self.readAhead) : wanted
        if buffer.count < size { buffer = [UInt8](repeating: 0, count: size) }
        offset = start
        count = buffer.withUnsafeMutableBufferPointer { buffer in
          var read = 0
          while read < size {
            let result = pread(descriptor, buffer.baseAddress! + read, size - read, off_t(start + read))
            if result < 0, errno == EINTR { continue }
            if result <= 0 { break }
            read += result
          }
          return read
        }
        guard wanted <= count else { return nil }
      }
      let from = start - offset
      return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[from..<from + wanted])) }
    }
  }
}
