/// The per-scalar folding the alias index is keyed on: Arabic letter variants unified
/// (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, Persian ک ی → ك ي), harakat, tatweel and
/// direction marks dropped, Latin lower-cased with accents removed.
///
/// It works one scalar at a time, with no allocation, because it runs on every scalar of
/// every document; names and text fold the same way, so the index needs no second form.
enum NameFolding {
  /// The folded value of a scalar, or 0 when the scalar is dropped (a mark, a tatweel, a
  /// direction mark).
  @inline(__always)
  static func fold(_ value: UInt32) -> UInt32 {
    if value < 0x80 {
      if value >= 0x41 && value <= 0x5A { return value + 0x20 }
      return value
    }
    if value >= 0x0600 && value <= 0x06FF { return foldArabic(value) }
    if value < 0x0250 { return latinTable[Int(value)] }
    switch value {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return 0
    default: return value
    }
  }

  @inline(__always)
  private static func foldArabic(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627  // آ أ إ ٱ → ا
    case 0x0629: return 0x0647  // ة → ه
    case 0x0649, 0x06CC, 0x0626: return 0x064A  // ى ی ئ → ي
    case 0x0624: return 0x0648  // ؤ → و
    case 0x06A9: return 0x0643  // ک → ك
    case 0x0640, 0x064B...0x065F, 0x0670, 0x061C: return 0  // tatweel, harakat, ALM
    default: return value
    }
  }

  /// Latin-1 and Latin Extended-A/B folded to lower-case ASCII where they decompose to it.
  private static let latinTable: [UInt32] = (0..<0x0250).map { (value: Int) -> UInt32 in
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return UInt32(value) }
    if value < 0x80 { return UInt32(value) }
    if scalar.properties.generalCategory == .nonspacingMark { return 0 }
    let lowered = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    guard let first = lowered.first else { return UInt32(value) }
    return first.value < 0x80 ? first.value : (lowered.count == 1 ? first.value : UInt32(value))
  }

  /// Combining marks of any script are dropped.
  @inline(__always)
  static func isCombiningMark(_ value: UInt32) -> Bool {
    (value >= 0x0300 && value <= 0x036F)
  }

  /// Whether a scalar belongs to a word: letters, digits, marks.
  @inline(__always)
  static func isWordScalar(_ value: UInt32) -> Bool {
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
    }
    if value >= 0x0621 && value <= 0x064A { return true }
    if value >= 0x064B && value <= 0x065F { return true }
    if value >= 0x0660 && value <= 0x0669 { return true }
    if value == 0x0640 || value == 0x0670 || (value >= 0x0671 && value <= 0x06D3) { return true }
    if value >= 0x200B && value <= 0x200F { return true }
    guard let scalar = Unicode.Scalar(value) else { return false }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  /// The folded form of a whole string (for index keys and NIL cluster ids).
  static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let folded = fold(scalar.value)
      if folded != 0, !isCombiningMark(folded), let out = Unicode.Scalar(folded) { scalars.append(out) }
    }
    return String(scalars)
  }
}
