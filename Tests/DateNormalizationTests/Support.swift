import DateNormalization
import Foundation
import WorkbenchCore

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// An anchor from an ISO date string.
func reference(_ date: String) -> TemporalAnchor {
  TemporalAnchor(date: CivilDate(iso: date)!, source: .reference)
}

/// The (text, value) pairs the extractor finds in `text`, with the text cut at the offsets.
func found(_ text: String, _ date: String?, preference: TemporalPreference = .nearest)
  -> [String]
{
  let scalars = Array(text.unicodeScalars)
  let extractor = TemporalExtractor(preference: preference)
  return extractor.extract(text, anchor: date.map(reference)).map { expression in
    let slice = String(String.UnicodeScalarView(scalars[expression.start..<expression.end]))
    var line = "\(slice)=\(expression.value)"
    if let mod = expression.mod { line += "/\(mod)" }
    return line
  }
}

/// The expressions the extractor finds in `text`, with their TimeML type ("text=TYPE
/// value[/mod]"), in text order.
func typed(_ text: String, _ date: String = "2024-11-22", preference: TemporalPreference = .nearest) -> [String] {
  let scalars = Array(text.unicodeScalars)
  return TemporalExtractor(preference: preference).extract(text, anchor: reference(date)).map { expression in
    let slice = String(String.UnicodeScalarView(scalars[expression.start..<expression.end]))
    var line = "\(slice)=\(expression.label.rawValue) \(expression.value)"
    if let mod = expression.mod { line += "/\(mod)" }
    return line
  }
}
