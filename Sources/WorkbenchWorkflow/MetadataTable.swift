import Foundation
import WorkbenchCore

/// The corpus's metadata file: a CSV table with a header row naming its columns, one row per
/// document. The `file` column holds the document id (a file's path relative to the corpus
/// folder, or a JSON Lines record's `id`); `date`, `title`, `source`, `url` and `language`
/// fill `DocumentMetadata`'s fields; any other column goes to `extra` under its header.
/// Empty cells say nothing.
public struct MetadataTable: Hashable, Sendable {
  /// Metadata by document id.
  public var rows: [String: DocumentMetadata]
  /// The line of each row in the file, by document id.
  public var lines: [String: Int]

  public init(rows: [String: DocumentMetadata] = [:], lines: [String: Int] = [:]) {
    self.rows = rows
    self.lines = lines
  }

  /// The columns that fill `DocumentMetadata`'s own fields.
  public static let knownColumns = ["file", "date", "title", "source", "url", "language"]

  /// Reads and checks a metadata file; problems are located in it (`metadata.csv:4:1`).
  public static func load(_ url: URL) -> (table: MetadataTable, diagnostics: [Diagnostic]) {
    let file = DisplayPath.of(url)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      return (MetadataTable(), [Diagnostic(.error, "cannot read metadata file '\(file)': \(error.localizedDescription)")])
    }
    return data.withUnsafeBytes { raw in
      parse(raw.bindMemory(to: UInt8.self), file: file)
    }
  }

  /// Parses a metadata table from bytes; `file` names it in diagnostics. Rows are read one
  /// at a time into the table, so only the table itself stays in memory.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> (table: MetadataTable, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var header: (columns: [String], fileColumn: Int)?
    var headerProblem = false
    var rows: [String: DocumentMetadata] = [:]
    var firstLine: [String: Int] = [:]
    func readHeader(_ row: CSVTable.Row) {
      let columns = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
      var seen: Set<String> = []
      for column in columns where !seen.insert(column.lowercased()).inserted {
        diagnostics.append(Diagnostic(.error, "the metadata file has two '\(column)' columns", at: SourceLocation(file: file, line: row.line, column: 1)))
      }
      guard let fileColumn = columns.firstIndex(where: { $0.lowercased() == "file" }) else {
        let suggestion = Suggestion.closest(to: "file", among: columns)
        var message = "the metadata file has no 'file' column naming the documents"
        if let suggestion { message += "; did you mean to call '\(suggestion)' 'file'?" }
        diagnostics.append(Diagnostic(.error, message, at: SourceLocation(file: file, line: row.line, column: 1), suggestion: "columns: \(columns.joined(separator: ", "))"))
        headerProblem = true
        return
      }
      header = (columns, fileColumn)
    }
    func readRow(_ row: CSVTable.Row, columns: [String], fileColumn: Int) {
      let location = SourceLocation(file: file, line: row.line, column: 1)
      guard row.fields.count == columns.count else {
        diagnostics.append(Diagnostic(.error, "this row has \(row.fields.count) fields but the header has \(columns.count)", at: location))
        return
      }
      let id = row.fields[fileColumn]
      guard !id.isEmpty else {
        diagnostics.append(Diagnostic(.error, "this row has an empty 'file' field", at: location))
        return
      }
      if let first = firstLine[id] {
        diagnostics.append(Diagnostic(.error, "a second row for '\(id)' (the first is on line \(first))", at: location))
        return
      }
      firstLine[id] = row.line
      var metadata = DocumentMetadata()
      for (column, value) in zip(columns, row.fields) where !value.isEmpty {
        switch column.lowercased() {
        case "file": break
        case "date": metadata.date = value
        case "title": metadata.title = value
        case "source": metadata.source = value
        case "url": metadata.url = value
        case "language": metadata.language = value
        default: metadata.extra[column] = value
        }
      }
      rows[id] = metadata
    }
    var sawHeader = false
    do {
      try CSVTable.forEachRow(in: bytes, file: file) { row in
        guard sawHeader else {
          sawHeader = true
          readHeader(row)
          return
        }
        guard !headerProblem, let header else { return }
        readRow(row, columns: header.columns, fileColumn: header.fileColumn)
      }
    } catch {
      return (MetadataTable(), [Diagnostic(.error, "metadata file: \(error.message)", at: error.location)])
    }
    guard sawHeader else {
      return (MetadataTable(), [Diagnostic(.error, "the metadata file is empty; it needs a header row with a 'file' column", at: SourceLocation(file: file, line: 1, column: 1))])
    }
    if headerProblem { return (MetadataTable(), diagnostics) }
    return (MetadataTable(rows: rows, lines: firstLine), diagnostics)
  }
}
