import Foundation

/// What a stage may use while it is built: where relative paths point, and a record of the
/// data it loads, whose checksums become part of its cache key.
///
/// One context serves one stage of one run. Record every file or blob that shapes the output
/// (a lexicon, a model, a knowledge base) with `load(_:)` or `record(_:named:)`.
public final class StageContext: @unchecked Sendable {
  /// The folder relative paths in the configuration resolve against (the workflow's folder).
  public let baseDirectory: URL
  /// A reference date given on the command line (`--reference-date`), used when a document
  /// has none of its own. Reading it records it like data, so it enters the cache key of the
  /// stages that use it and only theirs.
  public var referenceDate: String? {
    if let givenReferenceDate { record(Data(givenReferenceDate.utf8), named: "--reference-date") }
    return givenReferenceDate
  }
  private let givenReferenceDate: String?
  /// How many threads the stage may keep busy in work of its own (a corpus stage's reduce):
  /// the run's `--jobs`. It never changes a result, so it is not part of the cache key.
  public let concurrency: Int
  private let checksum: @Sendable (Data) -> String
  private let lock = NSLock()
  private var checksums: [String: String] = [:]

  /// Makes a context; `checksum` is the digest used for recorded data (SHA-256 in the runtime).
  public init(
    baseDirectory: URL, referenceDate: String? = nil, concurrency: Int = 1,
    checksum: @escaping @Sendable (Data) -> String
  ) {
    self.baseDirectory = baseDirectory
    self.givenReferenceDate = referenceDate
    self.concurrency = max(1, concurrency)
    self.checksum = checksum
  }

  /// Resolves a configured path: absolute paths as they are, others against `baseDirectory`.
  public func resolve(_ path: String) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
    return baseDirectory.appendingPathComponent(path).standardizedFileURL
  }

  /// Reads a file and records its checksum under its path.
  public func load(_ url: URL) throws -> Data {
    let data = try Data(contentsOf: url)
    record(data, named: url.lastPathComponent)
    return data
  }

  /// Records data that shapes the stage's output under a name.
  public func record(_ data: Data, named name: String) {
    let digest = checksum(data)
    lock.withLock { checksums[name] = digest }
  }

  /// The checksums recorded so far, by name.
  public var dataChecksums: [String: String] {
    lock.withLock { checksums }
  }
}
