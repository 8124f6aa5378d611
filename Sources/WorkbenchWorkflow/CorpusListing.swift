import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists the files of a corpus: those under its folder that match an include glob and no
/// exclude glob, sorted by relative path (by Unicode scalars, the same on every machine).
/// Hidden files and folders (names starting with `.`) are skipped, and so are symbolic links
/// to folders (no cycles); the metadata file is never a document. A subfolder that cannot be
/// read and a selected link to nothing are listed all the same, so that reading them fails
/// as a document would rather than leaving documents out without a word.
///
/// It walks folders with `readdir` (and `stat` where that does not tell the type): Foundation's URL resource values cost tens of
/// microseconds per file, which a corpus of 100,000 files would feel.
enum CorpusListing {
  /// Why a corpus cannot be listed.
  enum Failure: Error {
    case missing
    case unreadable(String)
  }

  static func list(_ spec: CorpusSpec) throws(Failure) -> CorpusSources {
    let root = spec.path.standardizedFileURL.path
    var info = stat()
    guard stat(root, &info) == 0 else { throw .missing }
    let display = DisplayPath.Maker()
    if info.st_mode & S_IFMT != S_IFDIR {
      let name = (root as NSString).lastPathComponent
      return CorpusSources([source(root, relativePath: name, display: display)])
    }
    let folderPath = root.hasSuffix("/") ? root : root + "/"
    let listed = CorpusSource.Folder(
      path: folderPath,
      displayPath: folderPath.hasPrefix(display.prefix)
        ? String(folderPath.dropFirst(display.prefix.count)) : folderPath)
    let include = spec.include.map(Glob.init)
    let exclude = spec.exclude.map(Glob.init)
    let metadataPath = spec.metadata?.standardizedFileURL.path
    var found = CorpusSources.Builder(folder: listed)
    var pending: [(path: String, prefix: String)] = [(root, "")]
    while let (folder, prefix) = pending.popLast() {
      guard let directory = opendir(folder) else {
        if folder == root { throw .unreadable(String(cString: strerror(errno))) }
        // Listed so that reading it fails: its documents are missing, and the run says so.
        found.append(relativePath: String(prefix.dropLast()), format: .text)
        continue
      }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        guard !name.hasPrefix(".") else { continue }
        let relative = prefix + name
        var parts: [[Unicode.Scalar]]?
        if exclude.contains(where: { $0.matches(name: name, relativePath: relative, parts: &parts) }) { continue }
        let path = folder == "/" ? "/" + name : folder + "/" + name
        // readdir says what most entries are; only links and file systems that do not say
        // need a stat. stat follows links: a link to a file is read as that file; links to
        // folders are not followed, so a link cycle cannot trap the walk.
        var isFolder = false
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_REG): break
        case Int32(DT_DIR): isFolder = true
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
          var entryInfo = stat()
          guard stat(path, &entryInfo) == 0 else {
            // A dangling link the globs select is listed, so that reading it fails aloud.
            if include.contains(where: { $0.matches(name: name, relativePath: relative, parts: &parts) }) {
              found.append(relativePath: relative, format: CorpusSource.format(ofFileNamed: relative))
            }
            continue
          }
          if entryInfo.st_mode & S_IFMT == S_IFDIR {
            var linkInfo = stat()
            if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK { continue }
            isFolder = true
          } else if entryInfo.st_mode & S_IFMT != S_IFREG {
            continue
          }
        default: continue
        }
        if isFolder {
          pending.append((path, relative + "/"))
          continue
        }
        guard include.contains(where: { $0.matches(name: name, relativePath: relative, parts: &parts) }) else {
          continue
        }
        if path == metadataPath { continue }
        found.append(relativePath: relative, format: CorpusSource.format(ofFileNamed: relative))
      }
    }
    return found.sorted()
  }

  private static func source(_ path: String, relativePath: String, display: DisplayPath.Maker)
    -> CorpusSource
  {
    CorpusSource(
      path: path, relativePath: relativePath,
      format: CorpusSource.format(ofFileNamed: relativePath), displayPath: display.of(path))
  }
}
