import Foundation
import Synchronization
import WorkbenchCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The corpus's metadata file: a CSV table with a header row naming its columns, one row per
/// document. The `file` column holds the document id (a file's path relative to the corpus
/// folder, or a JSON Lines record's `id`); `date`, `title`, `source`, `url` and `language`
/// fill `DocumentMetadata`'s fields; any other column goes to `extra` under its header.
/// Empty cells say nothing.
///
/// The table holds no cell: only an index of its rows (the hash of each id, where the row's
/// bytes are, its line), 24 bytes a row, sorted by hash. A row is read again from the file
/// (the descriptor opened when loading, so an editor replacing the file does not change it)
/// and parsed when its document's metadata is asked for, and its id is compared with the one
/// asked for, so that two ids with one hash cannot be confused.
public struct MetadataTable: Sendable {
  /// Where a row is, by the hash of its id.
  struct Entry: Sendable {
    var hash: Int
    var offset: Int
    var length: UInt32
    var line: UInt32
  }

  /// What a column fills.
  enum Column: Sendable {
    case file, date, title, source, url, language
    case extra(String)

    init(header: String) {
      switch header.lowercased() {
      case "file": self = .file
      case "date": self = .date
      case "title": self = .title
      case "source": self = .source
      case "url": self = .url
      case "language": self = .language
      default: self = .extra(header)
      }
    }
  }

  /// The rows' bytes: the open metadata file, or bytes in memory for a table parsed from them.
  final class Rows: Sendable {
    enum Bytes: Sendable {
      case file(descriptor: Int32)
      case memory([UInt8])
    }

    let bytes: Bytes
    let columns: [Column]
    let fileColumn: Int
    /// Sorted by hash, then line; one entry per id (a second row for an id is left out).
    let index: [Entry]
    let hash: @Sendable (String) -> Int
    /// The bytes last read from the file.
    let window = Mutex(ReadWindow())

    init(bytes: Bytes, columns: [Column], fileColumn: Int, index: [Entry], hash: @escaping @Sendable (String) -> Int) {
      self.bytes = bytes
      self.columns = columns
      self.fileColumn = fileColumn
      self.index = index
      self.hash = hash
    }

    deinit {
      if case .file(let descriptor) = bytes { close(descriptor) }
    }

    /// The fields of the row of `entry`, or nil when they cannot be read again (the file
    /// shrank or was rewritten in place since it was loaded).
    func fields(of entry: Entry) -> [String]? {
      let length = Int(entry.length)
      switch bytes {
      case .memory(let all):
        guard entry.offset + length <= all.count else { return nil }
        return all.withUnsafeBufferPointer {
          CSVTable.fields(ofRecordIn: UnsafeBufferPointer(rebasing: $0[entry.offset..<entry.offset + length]))
        }
      case .file(let descriptor):
        return window.withLock { window in
          window.withBytes(at: entry.offset, count: length, from: descriptor) { CSVTable.fields(ofRecordIn: $0) } ?? nil
        }
      }
    }

    /// The position in `index` of the row for `id` and its fields.
    func find(_ id: String) -> (position: Int, fields: [String])? {
      let wanted = hash(id)
      var low = firstEntry(withHashAtLeast: wanted)
      // Every entry with this hash, in case two ids share it.
      while low < index.count, index[low].hash == wanted {
        if let fields = fields(of: index[low]), fields.count == columns.count, fields[fileColumn] == id {
          return (low, fields)
        }
        low += 1
      }
      return nil
    }

    /// The position of the first entry whose hash is not below `wanted`. Hashes are spread
    /// evenly, so guessing where `wanted` falls between the hashes known to bound it finds
    /// it in about log log n steps, each one read of the index (a binary search of 100,000
    /// entries takes 17, most of them cache misses); binary search takes over when guesses
    /// do not narrow it down.
    private func firstEntry(withHashAtLeast wanted: Int) -> Int {
      // Entries before `low` are below `wanted`, at most `below`; those from `high` on are not
      // below it, at least `above` (as unsigned numbers in the same order).
      var low = 0
      var high = index.count
      var below = UInt64.min
      var above = UInt64.max
      let target = Self.unsigned(wanted)
      var guesses = 0
      while low < high {
        var middle = (low + high) / 2
        if guesses < 6, above > below {
          guesses += 1
          let fraction = Double(target - below) / Double(above - below)
          middle = low + min(high - low - 1, Int(fraction * Double(high - low)))
        }
        let hash = index[middle].hash
        if hash < wanted {
          low = middle + 1
          below = Self.unsigned(hash)
        } else {
          high = middle
          above = Self.unsigned(hash)
        }
      }
      return low
    }

    /// A hash as an unsigned number in the same order.
    private static func unsigned(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) ^ (1 << 63) }

    func metadata(from fields: [String]) -> DocumentMetadata {
      var metadata = DocumentMetadata()
      for (column, value) in zip(columns, fields) where !value.isEmpty {
        switch column {
        case .file: break
        case .date: metadata.date = value
        case .title: metadata.title = value
        case .source: metadata.source = value
        case .url: metadata.url = value
        case .language: metadata.language = value
        case .extra(let header): metadata.extra[header] = value
        }
      }
      return metadata
    }
  }

  let rows: Rows?

  /// A table without rows (no metadata file).
  public init() { rows = nil }

  init(rows: Rows) { self.rows = rows }

  /// The number of documents the table has a row for.
  public var count: Int { rows?.index.count ?? 0 }

  /// The metadata of the row for `id`, or nil when the table has none.
  public func metadata(for id: String) -> DocumentMetadata? {
    guard let rows, !rows.index.isEmpty, let found = rows.find(id) else { return nil }
    return rows.metadata(from: found.fields)
  }

  /// The line of the file on which the row for `id` starts, or nil when the table has none.
  public func line(of id: String) -> Int? {
    guard let rows, let found = rows.find(id) else { return nil }
    return Int(rows.index[found.position].line)
  }

  /// Whether the table has a row for `id`.
  public func contains(_ id: String) -> Bool { position(of: id) != nil }

  /// The position of the row for `id` among the table's `count` rows, for a caller that
  /// marks rows (the coverage check).
  func position(of id: String) -> Int? { rows?.find(id)?.position }

  /// The id and line of the row at `position` (`0..<count`).
  func row(at position: Int) -> (id: String, line: Int)? {
    guard let rows, let fields = rows.fields(of: rows.index[position]), fields.count == rows.columns.count else {
      return nil
    }
    return (fields[rows.fileColumn], Int(rows.index[position].line))
  }

  /// The columns that fill `DocumentMetadata`'s own fields.
  public static let knownColumns = ["file", "date", "title", "source", "url", "language"]

  /// Reads and checks a metadata file; problems are located in it (`metadata.csv:4:1`). The
  /// file stays open for the table to read its rows from.
  public static func load(_ url: URL) -> (table: MetadataTable, diagnostics: [Diagnostic]) {
    load(url, hash: { $0.hashValue })
  }

  static func load(_ url: URL, hash: @escaping @Sendable (String) -> Int) -> (
    table: MetadataTable, diagnostics: [Diagnostic]
  ) {
    let file = DisplayPath.of(url)
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    let contents: [UInt8]
    do throws(FileContents.Failure) {
      guard descriptor >= 0 else { throw FileContents.Failure(message: String(cString: strerror(errno))) }
      contents = try FileContents.read(descriptor: descriptor)
    } catch {
      if descriptor >= 0 { close(descriptor) }
      return (MetadataTable(), [Diagnostic(.error, "cannot read metadata file '\(file)': \(error.message)")])
    }
    // The bytes are dropped once indexed; from then on rows are read from the file.
    let parsed = contents.withUnsafeBufferPointer { Parse(bytes: $0, file: file, hash: hash).run() }
    guard let (columns, fileColumn, index) = parsed.table else {
      close(descriptor)
      return (MetadataTable(), parsed.diagnostics)
    }
    let rows = Rows(
      bytes: .file(descriptor: descriptor), columns: columns, fileColumn: fileColumn, index: index, hash: hash)
    return (MetadataTable(rows: rows), parsed.diagnostics)
  }

  /// Parses a metadata table from bytes (kept in memory); `file` names it in diagnostics.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> (
    table: MetadataTable, diagnostics: [Diagnostic]
  ) {
    parse(bytes, file: file, hash: { $0.hashValue })
  }

  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, hash: @escaping @Sendable (String) -> Int
  ) -> (table: MetadataTable, diagnostics: [Diagnostic]) {
    let parsed = Parse(bytes: bytes, file: file, hash: hash).run()
    guard let (columns, fileColumn, index) = parsed.table else { return (MetadataTable(), parsed.diagnostics) }
    let rows = Rows(bytes: .memory(Array(bytes)), columns: columns, fileColumn: fileColumn, index: index, hash: hash)
    return (MetadataTable(rows: rows), parsed.diagnostics)
  }
}
