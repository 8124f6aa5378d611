import Foundation

/// A file of the corpus: one document (`.txt`, `.md`, any other text file) or many (`.jsonl`).
public struct CorpusSource: Hashable, Sendable {
  /// How a source's bytes become documents.
  public enum Format: String, Hashable, Sendable {
    /// The whole file is one document, whose id is its path relative to the corpus folder.
    case text
    /// One JSON object per line, each a document with its own `id`.
    case jsonLines
  }

  /// The absolute path of the file.
  public var path: String
  /// The path relative to the corpus folder (`2025/a.txt`): a text document's id.
  public var relativePath: String
  public var format: Format
  /// The path as messages show it (relative to the current directory when inside it).
  public var displayPath: String

  public init(path: String, relativePath: String, format: Format, displayPath: String) {
    self.path = path
    self.relativePath = relativePath
    self.format = format
    self.displayPath = displayPath
  }

  /// A source for the file at `url`.
  public init(url: URL, relativePath: String, format: Format, displayPath: String) {
    self.init(path: url.standardizedFileURL.path, relativePath: relativePath, format: format, displayPath: displayPath)
  }

  /// The file. (Kept as a path: a corpus of 100,000 files holds 100,000 sources.)
  public var url: URL { URL(fileURLWithPath: path, isDirectory: false) }

  /// The format a file name implies: `.jsonl` and `.ndjson` are JSON Lines, all else text.
  public static func format(ofFileNamed name: String) -> Format {
    let lowered = name.lowercased()
    return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") ? .jsonLines : .text
  }
}

/// How paths appear in messages: relative to the current directory when they are inside it,
/// absolute otherwise, so that a user can paste them into a shell.
public enum DisplayPath {
  public static func of(_ url: URL) -> String {
    Maker().of(url.standardizedFileURL.path)
  }

  /// Display paths for many files, asking for the current directory once.
  struct Maker {
    let prefix: String

    init() {
      let current = FileManager.default.currentDirectoryPath
      prefix = current.hasSuffix("/") ? current : current + "/"
    }

    func of(_ path: String) -> String {
      if path.hasPrefix(prefix), path.utf8.count > prefix.utf8.count { return String(path.dropFirst(prefix.count)) }
      return path
    }
  }
}
