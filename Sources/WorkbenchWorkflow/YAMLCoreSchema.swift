/// The YAML 1.2 core schema's resolution of plain scalars: null (`~`, `null`, empty), booleans
/// (`true`/`false` in three casings), integers (decimal, `0o` octal, `0x` hex), floats
/// (including `.inf` and `.nan`); everything else is a string.
enum YAMLCoreSchema {
  static func isNull(_ text: String) -> Bool {
    switch text {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  static func bool(_ text: String) -> Bool? {
    switch text {
    case "true", "True", "TRUE": return true
    case "false", "False", "FALSE": return false
    default: return nil
    }
  }

  /// An integer, or nil. Integers too large for 64 bits are nil here and read as floats.
  static func int(_ text: String) -> Int? {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return nil }
    if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
      if bytes[1] == UInt8(ascii: "o"), bytes[2...].allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
        return Int(text.dropFirst(2), radix: 8)
      }
      if bytes[1] == UInt8(ascii: "x"), bytes[2...].allSatisfy(isHexDigit) {
        return Int(text.dropFirst(2), radix: 16)
      }
    }
    guard isDecimalInteger(bytes[...]) else { return nil }
    return Int(text)
  }

  /// A float, or nil: also accepts what `int` rejects for size.
  static func float(_ text: String) -> Double? {
    switch text {
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
    case "-.inf", "-.Inf", "-.INF": return -.infinity
    case ".nan", ".NaN", ".NAN": return .nan
    default: break
    }
    var bytes = Array(text.utf8)[...]
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    var digitsBefore = 0
    while let byte = bytes.first, isDigit(byte) {
      digitsBefore += 1
      bytes = bytes.dropFirst()
    }
    var digitsAfter = 0
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      while let byte = bytes.first, isDigit(byte) {
        digitsAfter += 1
        bytes = bytes.dropFirst()
      }
    }
    guard digitsBefore + digitsAfter > 0 else { return nil }
    if let byte = bytes.first, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
        bytes = bytes.dropFirst()
      }
      guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return nil }
      bytes = bytes.dropFirst(bytes.count)
    }
    guard bytes.isEmpty else { return nil }
    return Double(text)
  }

  private static func isDecimalInteger(_ bytes: ArraySlice<UInt8>) -> Bool {
    var digits = bytes
    if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      digits = digits.dropFirst()
    }
    return !digits.isEmpty && digits.allSatisfy(isDigit)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
  }
}
