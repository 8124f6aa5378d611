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

  public var url: URL
  /// The path relative to the corpus folder (`2025/a.txt`): a text document's id.
  public var relativePath: String
  public var format: Format
  /// The size in bytes when listed.
  public var size: Int
  /// The path as messages show it (relative to the current directory when inside it).
  public var displayPath: String

  public init(url: URL, relativePath: String, format: Format, size: Int, displayPath: String) {
    self.url = url
    self.relativePath = relativePath
    self.format = format
    self.size = size
    self.displayPath = displayPath
  }

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
    let path = url.standardizedFileURL.path
    let current = FileManager.default.currentDirectoryPath
    let prefix = current.hasSuffix("/") ? current : current + "/"
    if path.hasPrefix(prefix), path.count > prefix.count { return String(path.dropFirst(prefix.count)) }
    return path
  }
}
