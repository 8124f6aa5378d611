#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with `open`, `fstat` and `read` into one buffer: for a corpus of many
/// small files this costs a third of what `Data(contentsOf:)` does.
enum FileContents {
  /// Why a file could not be read: the system's message.
  struct Failure: Error {
    var message: String
    /// The file's size, when the failure is that it is larger than the limit asked for.
    var tooLarge: Int? = nil
  }

  /// Reads the file at `path`; one larger than `limit` bytes (by `fstat`) is not read.
  static func read(_ path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(message: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    return try read(descriptor: descriptor, limit: limit)
  }

  /// Reads an open file from its current position to its end; the caller closes it.
  static func read(descriptor: Int32, limit: Int = .max) throws(Failure) -> [UInt8] {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw Failure(message: String(cString: strerror(errno))) }
    if Int(info.st_size) > limit { throw Failure(message: "too large", tooLarge: Int(info.st_size)) }
    // One byte more than the size, so that a file grown since fstat fills the buffer; read
    // straight into uninitialized storage (no zero fill: 35 MB for corpus-10000).
    var capacity = max(Int(info.st_size), 0) + 1
    // A read from a regular file comes back short only at its end, so the read of 0 that
    // would confirm the end is skipped: one system call fewer per document.
    let isRegular = (info.st_mode & S_IFMT) == S_IFREG
    var count = 0
    var failure: Failure?
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      count = Self.readAll(descriptor, into: buffer, endAtShortRead: isRegular, failure: &failure)
      initialized = count
    }
    // The file grew since fstat: read the rest the slow way.
    while failure == nil, count == capacity {
      capacity *= 2
      let more = [UInt8](unsafeUninitializedCapacity: capacity - count) { buffer, initialized in
        initialized = Self.readAll(descriptor, into: buffer, endAtShortRead: false, failure: &failure)
      }
      count += more.count
      bytes.append(contentsOf: more)
    }
    if let failure { throw failure }
    return bytes
  }

  /// Reads until the end of the file or of `buffer`; returns the bytes read.
  private static func readAll(
    _ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, endAtShortRead: Bool,
    failure: inout Failure?
  ) -> Int {
    var count = 0
    while count < buffer.count {
      let read = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
      if read < 0 {
        if errno == EINTR { continue }
        failure = Failure(message: String(cString: strerror(errno)))
        return count
      }
      if read == 0 { break }
      count += read
      if endAtShortRead, count < buffer.count { break }
    }
    return count
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
