import Foundation
import WorkbenchCore

/// A corpus `metadata.csv` (`file,date,title,source,...`, RFC 4180 quoting) by file name.
enum MetadataTable {
  static func read(_ url: URL) throws -> [String: DocumentMetadata] {
    let data = try Data(contentsOf: url)
    guard let text = String(validating: data, as: UTF8.self) else {
      throw BenchmarkError.invalidUTF8(url.lastPathComponent)
    }
    let rows = parse(text)
    guard let header = rows.first else { return [:] }
    let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard let fileColumn = columns.firstIndex(of: "file") else { return [:] }
    var table: [String: DocumentMetadata] = [:]
    for row in rows.dropFirst() where row.count > fileColumn {
      var metadata = DocumentMetadata()
      for (index, value) in row.enumerated() where index < columns.count && index != fileColumn {
        switch columns[index] {
        case "date": metadata.date = value
        case "title": metadata.title = value
        case "source": metadata.source = value
        case "url": metadata.url = value
        case "language": metadata.language = value
        default: metadata.extra[columns[index]] = value
        }
      }
      table[row[fileColumn]] = metadata
    }
    return table
  }

  /// Splits CSV text into rows of fields: commas separate, double quotes enclose fields that
  /// hold commas, quotes or line breaks, and `""` inside quotes is one quote.
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? scalars.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          if let next = scalars.next() {
            if next == "\"" {
              field.append("\"")
            } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        row.append(String(field))
        field = String.UnicodeScalarView()
      case "\n", "\r":
        if scalar == "\r", let next = scalars.next(), next != "\n" { pending = next }
        row.append(String(field))
        field = String.UnicodeScalarView()
        if row != [""] { rows.append(row) }
        row = []
      default: field.append(scalar)
      }
    }
    row.append(String(field))
    if row != [""] { rows.append(row) }
    return rows
  }
}
