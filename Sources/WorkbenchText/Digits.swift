/// The digit systems of Arabic and English text, and number parsing over them.
///
/// `Int("٢٨")` is nil in Swift, so every stage that reads numbers should come here.
public enum Digits {
  /// A system of decimal digits.
  public enum System: String, Sendable, Hashable, Codable {
    /// 0-9.
    case ascii
    /// ٠-٩ (U+0660–U+0669), used in Arabic text of the Levant, Gulf and Egypt.
    case arabicIndic = "arabic-indic"
    /// ۰-۹ (U+06F0–U+06F9), the Persian and Urdu forms.
    case persian
    /// Any other decimal digits Unicode knows (Devanagari, full-width ...).
    case other
  }

  /// The value 0-9 of an Arabic-Indic or Persian digit.
  @inlinable
  public static func value(ofArabicOrPersian value: UInt32) -> Int? {
    if value >= 0x0660 && value <= 0x0669 { return Int(value - 0x0660) }
    if value >= 0x06F0 && value <= 0x06F9 { return Int(value - 0x06F0) }
    return nil
  }

  /// The value 0-9 of a decimal digit of any system, nil for anything else.
  @inlinable
  public static func value(of scalar: Unicode.Scalar) -> Int? {
    let v = scalar.value
    if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
    if let digit = value(ofArabicOrPersian: v) { return digit }
    if v < 0x0660 { return nil }
    guard scalar.properties.numericType == .decimal, let number = scalar.properties.numericValue
    else { return nil }
    return Int(number)
  }

  /// The digit system of a decimal digit, nil for anything else.
  public static func system(of scalar: Unicode.Scalar) -> System? {
    let v = scalar.value
    if v >= 0x30 && v <= 0x39 { return .ascii }
    if v >= 0x0660 && v <= 0x0669 { return .arabicIndic }
    if v >= 0x06F0 && v <= 0x06F9 { return .persian }
    return value(of: scalar) == nil ? nil : .other
  }

  /// Whether a scalar separates groups of digits or the fraction inside a number when digits
  /// stand on both sides: `.` `,` ٫ (Arabic decimal separator) ٬ (Arabic thousands separator).
  @inlinable
  public static func isNumberSeparator(_ value: UInt32) -> Bool {
    value == 0x2E || value == 0x2C || value == 0x066B || value == 0x066C
  }

  /// The integer a run of digits spells, in any digit system, ignoring thousands separators
  /// (`,` `٬` and, between groups of three, `.`): "٢٠٢٦" → 2026, "1,200" → 1200.
  /// Nil when there is anything else, a decimal fraction, or the value overflows `Int`.
  public static func parseInt<S: Sequence>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
    var result = 0
    var digitCount = 0
    var groupLength = 0
    var separators: [UInt32] = []
    var groupLengths: [Int] = []
    for scalar in scalars {
      if let digit = value(of: scalar) {
        let (times, overflow1) = result.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times.addingReportingOverflow(digit)
        if overflow1 || overflow2 { return nil }
        result = sum
        digitCount += 1
        groupLength += 1
      } else if isNumberSeparator(scalar.value), groupLength > 0 {
        separators.append(scalar.value)
        groupLengths.append(groupLength)
        groupLength = 0
      } else {
        return nil
      }
    }
    guard digitCount > 0, groupLength > 0 else { return nil }
    if separators.isEmpty { return result }
    // Thousands grouping: one kind of separator, first group 1-3 digits, the rest exactly 3.
    guard Set(separators).count == 1, separators[0] != 0x066B, groupLength == 3,
      groupLengths.dropFirst().allSatisfy({ $0 == 3 }), groupLengths[0] <= 3
    else { return nil }
    return result
  }

  /// The integer a string spells (see `parseInt(_:)` for scalars): `Digits.parseInt("٢٨")` is 28.
  public static func parseInt(_ text: some StringProtocol) -> Int? {
    parseInt(text.unicodeScalars)
  }

  /// The number a string spells, with a decimal fraction: "٣٫٥" → 3.5, "1,200.5" → 1200.5.
  /// The decimal separator is `.` or `٫`, or `,` when it is the only separator and is not
  /// followed by exactly three digits.
  public static func parseDouble(_ text: some StringProtocol) -> Double? {
    let scalars = Array(text.unicodeScalars)
    if let whole = parseInt(scalars) { return Double(whole) }
    var decimalIndex: Int?
    for (index, scalar) in scalars.enumerated().reversed()
    where scalar.value == 0x2E || scalar.value == 0x066B || scalar.value == 0x2C {
      decimalIndex = index
      break
    }
    guard let split = decimalIndex else { return nil }
    let integerPart = scalars[..<split]
    let fraction = scalars[(split + 1)...]
    guard !fraction.isEmpty, fraction.allSatisfy({ value(of: $0) != nil }) else { return nil }
    guard let whole = integerPart.isEmpty ? 0 : parseInt(integerPart) else { return nil }
    var ascii = "\(whole)."
    for scalar in fraction { ascii.append(Character(String(value(of: scalar)!))) }
    return Double(ascii)
  }

  /// The string with Arabic-Indic and Persian digits replaced by ASCII ones, nothing else changed.
  public static func asciiDigits(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let digit = value(ofArabicOrPersian: scalar.value) {
        out.append(Unicode.Scalar(UInt8(0x30 + digit)))
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
