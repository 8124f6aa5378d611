/// The number of terminal columns text occupies.
///
/// Counted per Unicode scalar: combining marks (Arabic harakat, shadda), enclosing marks and
/// format characters (ZWJ, ZWNJ, bidi controls) take no column; East Asian wide and fullwidth
/// characters and most emoji take two; everything else one. Arabic letters are one column
/// each whatever their joined shape, which is how terminals lay them out.
public enum TerminalWidth {
  /// The display width of `string`.
  public static func of(_ string: String) -> Int {
    var width = 0
    for scalar in string.unicodeScalars { width += of(scalar) }
    return width
  }

  /// The display width of one scalar: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value < 0x20 ? 0 : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if value == 0x200B { return 0 }
    return isWide(value) ? 2 : 1
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `string` cut to at most `width` columns, ending with `…` when something was cut.
  public static func truncate(_ string: String, to width: Int) -> String {
    guard of(string) > width else { return string }
    guard width > 0 else { return "" }
    var result = String.UnicodeScalarView()
    var used = 0
    for scalar in string.unicodeScalars {
      let w = of(scalar)
      if used + w > width - 1 { break }
      result.append(scalar)
      used += w
    }
    return String(result) + "…"
  }

  /// `string` padded with spaces to `width` columns, on the right (or on the left for numbers).
  public static func pad(_ string: String, to width: Int, alignRight: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - of(string)))
    return alignRight ? padding + string : string + padding
  }
}
