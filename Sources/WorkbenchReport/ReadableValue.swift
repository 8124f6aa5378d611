import WorkbenchCore

/// JSON values as a reader of the report wants them: a mapping as one `key: value` line per
/// key, lists as comma-separated items, strings without quotes, null as "none".
enum ReadableValue {
  /// The lines of `value`: one per key of a mapping, else one.
  static func lines(_ value: JSONValue) -> [String] {
    guard case .object(let members) = value else { return [inline(value)] }
    return members.keys.sorted().map { "\($0): \(inline(members[$0]!))" }
  }

  /// The lines of a value stored as JSON text (a stage's canonical configuration); the text
  /// itself when it is not JSON.
  static func lines(json text: String) -> [String] {
    guard let value = try? JSONValue.parse(text) else { return [text] }
    let result = lines(value)
    return result.isEmpty ? ["defaults"] : result
  }

  /// `value` on one line.
  static func inline(_ value: JSONValue) -> String {
    switch value {
    case .null: return "none"
    case .string(let text): return text.isEmpty ? "(empty)" : text
    case .array(let items): return items.isEmpty ? "none" : items.map(inline).joined(separator: ", ")
    case .object(let members):
      return "{" + members.keys.sorted().map { "\($0): \(inline(members[$0]!))" }.joined(separator: "; ") + "}"
    default: return value.canonicalJSON
    }
  }

  /// The lines as HTML: each escaped and clipped, joined by line breaks.
  static func html(_ lines: [String], clippedTo limit: Int = 200) -> String {
    lines.map { HTMLText.escape(HTMLText.clip($0, to: limit)) }.joined(separator: "<br>")
  }
}
