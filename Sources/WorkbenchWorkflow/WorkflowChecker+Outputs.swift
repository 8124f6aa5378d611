import Foundation
import WorkbenchCore

extension WorkflowChecker {
  static let outputKeys = ["format", "path", "spreadsheet"]

  /// The `outputs:` list; absent means no outputs. The format may be left out when the
  /// path's extension names one (`energy.html`).
  mutating func checkOutputs(_ entry: YAMLMappingEntry?) -> [WorkflowOutput]? {
    guard let entry, !entry.value.isNull else { return [] }
    guard let elements = entry.value.sequence else {
      error(
        "'outputs' must be a list of {format, path} mappings, found \(entry.value.kindDescription)",
        at: entry.value.location)
      return nil
    }
    var outputs: [WorkflowOutput] = []
    var valid = true
    var firstLine: [URL: Int] = [:]
    let formats = OutputFormat.allCases.map(\.rawValue)
    for (index, element) in elements.enumerated() {
      let place = "output \(index + 1)"
      guard let fields = keys(of: element, in: place, known: Self.outputKeys) else {
        valid = false
        continue
      }
      var path: (String, YAMLNode)?
      if let pathEntry = fields["path"], !pathEntry.value.isNull {
        path = string(pathEntry.value, key: "path").map { ($0, pathEntry.value) }
      } else {
        missing("path", in: place, at: element)
      }
      var format: OutputFormat?
      if let formatEntry = fields["format"], !formatEntry.value.isNull {
        if let name = string(formatEntry.value, key: "format") {
          format = OutputFormat(rawValue: name.lowercased())
          if format == nil {
            var message = "unknown output format '\(name)'"
            if let suggestion = Suggestion.closest(to: name, among: formats) {
              message += "; did you mean '\(suggestion)'?"
            }
            error(message, at: formatEntry.value.location, note: "known formats: \(formats.joined(separator: ", "))")
          }
        }
      } else if let (text, _) = path {
        format = OutputFormat(rawValue: (text as NSString).pathExtension.lowercased())
        if format == nil {
          missing("format", in: place, at: element, note: "known formats: \(formats.joined(separator: ", "))")
        }
      }
      guard let format, let (text, node) = path else {
        valid = false
        continue
      }
      let url = resolve(text)
      if let first = firstLine[url] {
        error("two outputs write '\(text)' (the first is on line \(first))", at: node.location)
        valid = false
        continue
      }
      var spreadsheet = false
      if let entry = fields["spreadsheet"], !entry.value.isNull {
        guard case .bool(let value) = (try? entry.value.jsonValue()) ?? .null else {
          error("'spreadsheet' must be true or false, found \(entry.value.kindDescription)", at: entry.value.location)
          valid = false
          continue
        }
        if value, format != .csv {
          error("'spreadsheet' applies to csv outputs, not \(format.rawValue)", at: entry.key.location)
          valid = false
          continue
        }
        spreadsheet = value
      }
      firstLine[url] = node.location.line
      outputs.append(WorkflowOutput(format: format, path: url, location: element.location, spreadsheet: spreadsheet))
    }
    return valid ? outputs : nil
  }
}
