import Foundation

/// A file of the corpus: one document (`.txt`, `.md`, any other text file) or many (`.jsonl`).
public struct CorpusSource: Hashable, Sendable {
  /// The path and display path of a listed file are a folder's, shared by every file listed
  /// in it, followed by the file's relative path: a corpus of 100,000 files then holds
  /// 100,000 relative paths rather than three strings per file.
  final class Folder: Sendable {
    /// Both end with "/" (or are empty).
    let path: String
    let displayPath: String

    init(path: String, displayPath: String) {
      self.path = path
      self.displayPath = displayPath
    }
  }

  /// How a source's bytes become documents.
  public enum Format: String, Hashable, Sendable {
    /// The whole file is one document, whose id is its path relative to the corpus folder.
    case text
    /// One JSON object per line, each a document with its own `id`.
    case jsonLines
  }

  /// The path relative to the corpus folder (`2025/a.txt`): a text document's id.
  public let relativePath: String
  public let format: Format
  private let folder: Folder?
  private let fullPath: String?
  private let fullDisplayPath: String?

  /// The absolute path of the file.
  public var path: String { folder.map { $0.path + relativePath } ?? fullPath! }
  /// The path as messages show it (relative to the current directory when inside it).
  public var displayPath: String { folder.map { $0.displayPath + relativePath } ?? fullDisplayPath! }

  public init(path: String, relativePath: String, format: Format, displayPath: String) {
    self.relativePath = relativePath
    self.format = format
    self.folder = nil
    self.fullPath = path
    self.fullDisplayPath = displayPath
  }

  /// A file listed under `folder`.
  init(folder: Folder, relativePath: String, format: Format) {
    self.relativePath = relativePath
    self.format = format
    self.folder = folder
    self.fullPath = nil
    self.fullDisplayPath = nil
  }

  public static func == (left: CorpusSource, right: CorpusSource) -> Bool {
    left.relativePath == right.relativePath && left.format == right.format && left.path == right.path
      && left.displayPath == right.displayPath
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(relativePath)
    hasher.combine(path)
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
