import Foundation
import WorkbenchCore

extension MetadataTable {
  /// Reads a table's bytes once: checks the header and every row, indexes the rows, and finds
  /// the ids that have two rows.
  struct Parse {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let hash: (String) -> Int

    func run() -> (table: (columns: [Column], fileColumn: Int, index: [Entry])?, diagnostics: [Diagnostic]) {
      var headerDiagnostics: [Diagnostic] = []
      // At most one per row, sorted by line at the end (duplicates are found after the pass).
      var rowDiagnostics: [(line: Int, diagnostic: Diagnostic)] = []
      var header: (columns: [String], fileColumn: Int)?
      var headerProblem = false
      var index: [Entry] = []
      func readHeader(_ row: CSVTable.Row) {
        let columns = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var seen: Set<String> = []
        for column in columns where !seen.insert(column.lowercased()).inserted {
          headerDiagnostics.append(
            Diagnostic(
              .error, "the metadata file has two '\(column)' columns",
              at: SourceLocation(file: file, line: row.line, column: 1)))
        }
        guard let fileColumn = columns.firstIndex(where: { $0.lowercased() == "file" }) else {
          let suggestion = Suggestion.closest(to: "file", among: columns)
          var message = "the metadata file has no 'file' column naming the documents"
          if let suggestion { message += "; did you mean to call '\(suggestion)' 'file'?" }
          headerDiagnostics.append(
            Diagnostic(
              .error, message, at: SourceLocation(file: file, line: row.line, column: 1),
              suggestion: "columns: \(columns.joined(separator: ", "))"))
          headerProblem = true
          return
        }
        header = (columns, fileColumn)
      }
      func readRow(_ row: CSVTable.Row, columns: [String], fileColumn: Int) {
        let location = SourceLocation(file: file, line: row.line, column: 1)
        guard row.fields.count == columns.count else {
          rowDiagnostics.append(
            (
              row.line,
              Diagnostic(
                .error, "this row has \(row.fields.count) fields but the header has \(columns.count)", at: location)
            ))
          return
        }
        let id = row.fields[fileColumn]
        guard !id.isEmpty else {
          rowDiagnostics.append((row.line, Diagnostic(.error, "this row has an empty 'file' field", at: location)))
          return
        }
        for (column, check) in [("date", MetadataValue.dateProblem), ("language", MetadataValue.languageProblem)] {
          guard let position = columns.firstIndex(of: column), !row.fields[position].isEmpty,
            let problem = check(row.fields[position])
          else { continue }
          rowDiagnostics.append((row.line, Diagnostic(.error, "'\(column)' of '\(id)' \(problem)", at: location)))
        }
        index.append(
          Entry(
            hash: hash(id), offset: row.start, length: UInt32(clamping: row.end - row.start),
            line: UInt32(clamping: row.line)))
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
        return (nil, [Diagnostic(.error, "metadata file: \(error.message)", at: error.location)])
      }
      guard sawHeader else {
        return (
          nil,
          [
            Diagnostic(
              .error, "the metadata file is empty; it needs a header row with a 'file' column",
              at: SourceLocation(file: file, line: 1, column: 1))
          ]
        )
      }
      guard !headerProblem, let header else { return (nil, headerDiagnostics) }
      index.sort { ($0.hash, $0.line) < ($1.hash, $1.line) }
      index = withoutSecondRows(index, fileColumn: header.fileColumn) { line, diagnostic in
        rowDiagnostics.append((line, diagnostic))
      }
      rowDiagnostics.sort { $0.line < $1.line }
      let columns = header.columns.map(Column.init(header:))
      return ((columns, header.fileColumn, index), headerDiagnostics + rowDiagnostics.map(\.diagnostic))
    }

    /// `index` (sorted by hash, then line) without the second and later rows of an id, each
    /// reported with the line of the first. Only entries that share a hash are compared, by
    /// their ids read from the bytes.
    private func withoutSecondRows(
      _ index: [Entry], fileColumn: Int, report: (Int, Diagnostic) -> Void
    ) -> [Entry] {
      var kept: [Entry] = []
      kept.reserveCapacity(index.count)
      var start = 0
      while start < index.count {
        var end = start + 1
        while end < index.count, index[end].hash == index[start].hash { end += 1 }
        if end == start + 1 {
          kept.append(index[start])
        } else {
          var firsts: [(id: String, line: UInt32)] = []
          for entry in index[start..<end] {
            let row = UnsafeBufferPointer(rebasing: bytes[entry.offset..<entry.offset + Int(entry.length)])
            let id = CSVTable.fields(ofRecordIn: row)?[fileColumn] ?? ""
            if let first = firsts.first(where: { $0.id == id }) {
              report(
                Int(entry.line),
                Diagnostic(
                  .error, "a second row for '\(id)' (the first is on line \(first.line))",
                  at: SourceLocation(file: file, line: Int(entry.line), column: 1)))
            } else {
              firsts.append((id, entry.line))
              kept.append(entry)
            }
          }
        }
        start = end
      }
      return kept
    }
  }
}
