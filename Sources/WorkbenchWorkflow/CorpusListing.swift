import Foundation

/// Lists the files of a corpus: those under its folder that match an include glob and no
/// exclude glob, sorted by relative path (by Unicode scalars, the same on every machine).
/// Hidden files and folders (names starting with `.`) are skipped, and so are symbolic links
/// to folders (no cycles); the metadata file is never a document.
enum CorpusListing {
  /// Why a corpus cannot be listed.
  enum Failure: Error {
    case missing
    case unreadable(String)
  }

  static func list(_ spec: CorpusSpec) throws(Failure) -> [CorpusSource] {
    let root = spec.path.standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
      throw .missing
    }
    if !isDirectory.boolValue {
      let name = root.lastPathComponent
      return [source(root, relativePath: name)]
    }
    let include = spec.include.map(Glob.init)
    let exclude = spec.exclude.map(Glob.init)
    let metadataPath = spec.metadata?.standardizedFileURL.path
    var found: [CorpusSource] = []
    var pending: [(URL, String)] = [(root, "")]
    let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey, .fileSizeKey]
    while let (folder, prefix) = pending.popLast() {
      let entries: [URL]
      do {
        entries = try FileManager.default.contentsOfDirectory(
          at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
      } catch {
        if folder == root { throw .unreadable(error.localizedDescription) }
        continue
      }
      for entry in entries {
        let name = entry.lastPathComponent
        guard !name.hasPrefix(".") else { continue }
        let relative = prefix + name
        if exclude.contains(where: { $0.matches(relative) }) { continue }
        let values = try? entry.resourceValues(forKeys: Set(keys))
        if values?.isSymbolicLink == true {
          // Follow links to files, never to folders.
          let target = entry.resolvingSymlinksInPath()
          var targetIsDirectory: ObjCBool = false
          guard FileManager.default.fileExists(atPath: target.path, isDirectory: &targetIsDirectory),
            !targetIsDirectory.boolValue
          else { continue }
        } else if values?.isDirectory == true {
          pending.append((entry, relative + "/"))
          continue
        }
        guard include.contains(where: { $0.matches(relative) }) else { continue }
        if entry.standardizedFileURL.path == metadataPath { continue }
        found.append(source(entry, relativePath: relative))
      }
    }
    return found.sorted { $0.relativePath.unicodeScalars.lexicographicallyPrecedes($1.relativePath.unicodeScalars) }
  }

  private static func source(_ url: URL, relativePath: String) -> CorpusSource {
    let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
    return CorpusSource(
      url: url, relativePath: relativePath, format: CorpusSource.format(ofFileNamed: url.lastPathComponent),
      size: size, displayPath: DisplayPath.of(url))
  }
}
