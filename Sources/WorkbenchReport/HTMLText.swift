/// Escaping of text that goes into the report: everything from documents passes through here.
enum HTMLText {
  /// `text` safe inside an element or a double- or single-quoted attribute.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    append(text, to: &out)
    return out
  }

  /// Appends `text` escaped to `out`; C0 controls other than tab and newline become U+FFFD.
  static func append(_ text: String, to out: inout String) {
    for scalar in text.unicodeScalars { append(scalar, to: &out) }
  }

  @inline(__always)
  static func append(_ scalar: Unicode.Scalar, to out: inout String) {
    switch scalar {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    case "\t", "\n": out.unicodeScalars.append(scalar)
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        out += "\u{FFFD}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }

  /// `value` as JSON safe inside a `<script type="application/json">` element: `<`, `>` and `&`
  /// are written as `\u003c`, `\u003e`, `\u0026`, so no document text can close the element.
  static func scriptJSON(_ json: String) -> String {
    var out = ""
    out.reserveCapacity(json.utf8.count)
    for scalar in json.unicodeScalars {
      switch scalar {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether `text` contains Arabic-script letters.
  static func containsArabic(_ text: String) -> Bool {
    text.unicodeScalars.contains { isArabic($0) }
  }

  static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
      return true
    default:
      return false
    }
  }

  /// `text` cut to `limit` scalars with an ellipsis.
  static func clip(_ text: String, to limit: Int) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > limit else { return text }
    return String(String.UnicodeScalarView(scalars.prefix(max(0, limit - 1)))) + "…"
  }

  /// A number with at most `digits` decimals, without trailing zeros.
  static func number(_ value: Double, digits: Int = 2) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return "\(rounded)"
  }
}
