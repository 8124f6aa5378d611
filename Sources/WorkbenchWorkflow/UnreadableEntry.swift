import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What to tell the user about a corpus entry that could not be read: a file, a folder the
/// listing could not open (its documents are missing), or a symbolic link to nothing.
enum UnreadableEntry {
  static func message(path: String, reason: String) -> String {
    var link = stat()
    var target = stat()
    if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, stat(path, &target) != 0 {
      let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
      return "a symbolic link to '\(destination)', which does not exist"
    }
    if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
      return "cannot read the folder (\(reason)): the documents in it are missing from this run"
    }
    return "cannot read the file: \(reason)"
  }
}
