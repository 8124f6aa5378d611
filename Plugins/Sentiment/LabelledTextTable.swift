import Foundation
import WorkbenchCore

/// Reads labelled texts from CSV, TSV or JSON Lines, chosen by the file extension (`.csv`,
/// `.tsv`/`.tab`, `.jsonl`/`.ndjson`/`.json`). CSV and TSV have a header row and may quote
/// fields with `"` (doubled inside); JSON Lines holds one object per line.
public enum LabelledTextTable {
  /// A problem with a labelled file, naming the file and the line.
  public struct ReadError: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  /// The rows of `url`, taking the text from the first of `textColumns` the file has and the
  /// label from the first of `labelColumns`; `labelMap` renames labels (`NEG` → `negative`),
  /// labels it does not name are kept. Rows with an empty text or label are skipped.
  public static func read(
    _ url: URL, textColumns: [String], labelColumns: [String], labelMap: [String: String] = [:],
    weight: Double = 1
  ) throws -> [LabelledText] {
    try readCountingSkipped(
      url, textColumns: textColumns, labelColumns: labelColumns, labelMap: labelMap, weight: weight
    ).rows
  }

  /// `read`, with the number of rows skipped for an empty text or label.
  public static func readCountingSkipped(
    _ url: URL, textColumns: [String], labelColumns: [String], labelMap: [String: String] = [:],
    weight: Double = 1
  ) throws -> (rows: [LabelledText], skipped: Int) {
    let data = try Data(contentsOf: url)
    var text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let name = url.lastPathComponent
    let records: [[String: String]]
    switch url.pathExtension.lowercased() {
    case "jsonl", "ndjson", "json": records = try jsonLines(text, name: name)
    case "tsv", "tab": records = try delimited(text, separator: "\t", name: name)
    default: records = try delimited(text, separator: ",", name: name)
    }
    guard let first = records.first else { return ([], 0) }
    func column(_ candidates: [String], _ role: String) throws -> String {
      if let found = candidates.first(where: { first[$0] != nil }) { return found }
      let known = first.keys.sorted()
      let hint =
        candidates.first.flatMap { Suggestion.closest(to: $0, among: known) }
        .map { "; did you mean '\($0)'?" } ?? ""
      throw ReadError(
        description: "\(name): no \(role) column \(candidates.map { "'\($0)'" }.joined(separator: " or "))"
          + "\(hint) (columns: \(known.joined(separator: ", ")))")
    }
    let textColumn = try column(textColumns, "text")
    let labelColumn = try column(labelColumns, "label")
    let rows = records.compactMap { record -> LabelledText? in
      guard let text = record[textColumn], let raw = record[labelColumn]?.trimmingCharacters(in: .whitespaces),
        !raw.isEmpty, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      else { return nil }
      return LabelledText(text: text, label: labelMap[raw] ?? raw, weight: weight, source: name)
    }
    return (rows, records.count - rows.count)
  }

  static func jsonLines(_ text: String, name: String) throws -> [[String: String]] {
    var records: [[String: String]] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      guard let object = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)).objectValue else {
        throw ReadError(description: "\(name):\(number + 1): not a JSON object")
      }
      var record: [String: String] = [:]
      for (key, value) in object {
        switch value {
        case .string(let string): record[key] = string
        case .int(let int): record[key] = String(int)
        case .bool(let bool): record[key] = String(bool)
        default: continue
        }
      }
      records.append(record)
    }
    return records
  }

  /// Splits delimited text into records keyed by the header row, in one pass (quotes may span
  /// lines).
  static func delimited(_ text: String, separator: Unicode.Scalar, name: String) throws -> [[String: String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var atFieldStart = true
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func endField() {
      row.append(String(field))
      field = String.UnicodeScalarView()
      atFieldStart = true
    }
    while let scalar = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = iterator.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where atFieldStart:
        quoted = true
        atFieldStart = false
      case separator:
        endField()
      case "\r":
        continue
      case "\n":
        endField()
        if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
        row = []
      default:
        field.append(scalar)
        atFieldStart = false
      }
    }
    if !field.isEmpty || !row.isEmpty {
      endField()
      rows.append(row)
    }
    guard let header = rows.first else { return [] }
    let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
    return rows.dropFirst().map { values in
      var record: [String: String] = [:]
      for (index, name) in names.enumerated() where index < values.count { record[name] = values[index] }
      return record
    }
  }
}
