import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists the files of a corpus: those under its folder that match an include glob and no
/// exclude glob, sorted by relative path (by Unicode scalars, the same on every machine).
/// Hidden files and folders (names starting with `.`) are skipped, and so are symbolic links
/// to folders (no cycles); the metadata file is never a document.
///
/// It walks folders with `readdir` and `stat`: Foundation's URL resource values cost tens of
/// microseconds per file, which a corpus of 100,000 files would feel.
enum CorpusListing {
  /// Why a corpus cannot be listed.
  enum Failure: Error {
    case missing
    case unreadable(String)
  }

  static func list(_ spec: CorpusSpec) throws(Failure) -> [CorpusSource] {
    let root = spec.path.standardizedFileURL.path
    var info = stat()
    guard stat(root, &info) == 0 else { throw .missing }
    let display = DisplayPath.Maker()
    if info.st_mode & S_IFMT != S_IFDIR {
      let name = (root as NSString).lastPathComponent
      return [source(root, relativePath: name, size: Int(info.st_size), display: display)]
    }
    let include = spec.include.map(Glob.init)
    let exclude = spec.exclude.map(Glob.init)
    let metadataPath = spec.metadata?.standardizedFileURL.path
    var found: [CorpusSource] = []
    var pending: [(path: String, prefix: String)] = [(root, "")]
    while let (folder, prefix) = pending.popLast() {
      guard let directory = opendir(folder) else {
        if folder == root { throw .unreadable(String(cString: strerror(errno))) }
        continue
      }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        guard !name.hasPrefix(".") else { continue }
        let relative = prefix + name
        if exclude.contains(where: { $0.matches(relative) }) { continue }
        let path = folder == "/" ? "/" + name : folder + "/" + name
        // stat follows links: a link to a file is read as that file; links to folders are
        // not followed (lstat tells them apart), so a link cycle cannot trap the walk.
        var entryInfo = stat()
        guard stat(path, &entryInfo) == 0 else { continue }
        if entryInfo.st_mode & S_IFMT == S_IFDIR {
          var linkInfo = stat()
          if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK { continue }
          pending.append((path, relative + "/"))
          continue
        }
        guard entryInfo.st_mode & S_IFMT == S_IFREG else { continue }
        guard include.contains(where: { $0.matches(relative) }) else { continue }
        if path == metadataPath { continue }
        found.append(source(path, relativePath: relative, size: Int(entryInfo.st_size), display: display))
      }
    }
    found.sort { $0.relativePath.unicodeScalars.lexicographicallyPrecedes($1.relativePath.unicodeScalars) }
    return found
  }

  private static func source(_ path: String, relativePath: String, size: Int, display: DisplayPath.Maker)
    -> CorpusSource
  {
    CorpusSource(
      path: path, relativePath: relativePath,
      format: CorpusSource.format(ofFileNamed: relativePath), size: size, displayPath: display.of(path))
  }
}
