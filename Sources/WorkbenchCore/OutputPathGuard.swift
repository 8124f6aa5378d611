import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files a command reads and must never write over: the database, the workflow, the
/// corpus, the metadata table. An output is checked against them before anything is written.
///
/// Two paths are the same file when they name one inode (a hard link, `./a` and `a`, a path
/// through a symbolic link) or, for a file that does not exist yet, when they resolve to the
/// same path.
public struct OutputPathGuard: Sendable {
  /// A protected file, and what it is for the user ("the database", "the workflow file").
  public struct Protected: Sendable {
    public var path: String
    public var role: String
  }

  private var files: [(file: Protected, identity: FileIdentity?, resolved: String)] = []

  public init() {}

  /// Protects the file at `url` as `role`.
  public mutating func protect(_ url: URL, as role: String) {
    files.append((Protected(path: url.path, role: role), FileIdentity(path: url.path), Self.resolved(url)))
  }

  /// Protects a SQLite database and the files SQLite keeps beside it.
  public mutating func protectDatabase(at path: String) {
    let url = URL(fileURLWithPath: path)
    protect(url, as: "the database")
    for suffix in ["-wal", "-shm", "-journal"] {
      protect(URL(fileURLWithPath: path + suffix), as: "the database's \(suffix.dropFirst()) file")
    }
  }

  /// The protected file `output` would overwrite, if any.
  public func conflict(for output: URL) -> Protected? {
    let identity = FileIdentity(path: output.path)
    let resolved = Self.resolved(output)
    for entry in files {
      if let identity, identity == entry.identity { return entry.file }
      if resolved == entry.resolved { return entry.file }
    }
    return nil
  }

  /// The absolute path with `.`, `..` and symbolic links resolved (as far as it exists).
  public static func resolved(_ url: URL) -> String {
    let standardized = url.standardizedFileURL
    if let real = realpath(standardized.path, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    // A file that does not exist yet: resolve its folder.
    let folder = standardized.deletingLastPathComponent()
    guard let real = realpath(folder.path, nil) else { return standardized.path }
    defer { free(real) }
    return URL(fileURLWithPath: String(cString: real)).appendingPathComponent(standardized.lastPathComponent).path
  }
}

/// A file's device and inode: the same for every path that names it.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64

  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
