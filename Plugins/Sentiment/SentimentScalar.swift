/// How the sentiment features see one Unicode scalar: dropped, part of a word, a standalone
/// symbol token (emoji), or a break between words or clauses.
///
/// Folding is the normalization the model is trained on: Arabic diacritics and tatweel are
/// dropped, alef forms become bare alef, alef maqsura becomes ya, ta marbuta becomes ha, hamza
/// seats become their carriers, Arabic-Indic digits become ASCII digits, ASCII is lowercased.
enum SentimentScalar {
  /// Dropped without breaking the word (diacritics, tatweel, joiners).
  static let dropped: UInt32 = 0
  /// Ends a word.
  static let wordBreak: UInt32 = 0xFFFF_FFF0
  /// Ends a word and a clause: negation scope and bigrams do not cross it.
  static let clauseBreak: UInt32 = 0xFFFF_FFF1
  /// Marks the folded value of a symbol that is a token by itself (emoji, pictographs).
  static let symbolFlag: UInt32 = 0x8000_0000

  /// The folded value of `value`: a word scalar, `dropped`, `wordBreak`, `clauseBreak`, or a
  /// symbol (with `symbolFlag` set).
  @inline(__always)
  static func fold(_ value: UInt32) -> UInt32 {
    if value < 0x80 {
      switch value {
      case 0x41...0x5A: return value + 0x20
      case 0x61...0x7A, 0x30...0x39: return value
      case 0x27: return value  // apostrophe: kept inside Latin words (don't), see the tokenizer
      case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x0A, 0x0D, 0x22, 0x28, 0x29: return clauseBreak
      default: return wordBreak
      }
    }
    switch value {
    case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x0300...0x036F, 0xFE0F: return dropped
    case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627  // آ أ إ ٱ -> ا
    case 0x0649: return 0x064A  // ى -> ي
    case 0x0629: return 0x0647  // ة -> ه
    case 0x0624: return 0x0648  // ؤ -> و
    case 0x0626: return 0x064A  // ئ -> ي
    case 0x06CC: return 0x064A  // Persian yeh
    case 0x06A9: return 0x0643  // keheh
    case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3: return value
    case 0x0660...0x0669: return value - 0x0660 + 0x30
    case 0x06F0...0x06F9: return value - 0x06F0 + 0x30
    case 0x2019, 0x2018: return 0x27
    case 0x060C, 0x061B, 0x061F, 0x06D4, 0x2026, 0x00AB, 0x00BB, 0x201C, 0x201D, 0x2028, 0x2029:
      return clauseBreak  // ، ؛ ؟ ۔ … « » “ ”
    case 0x00C0...0x00DE where value != 0x00D7: return value + 0x20
    case 0x00DF...0x00FF where value != 0x00F7: return value
    case 0x2600...0x27BF, 0x1F000...0x1FAFF: return value | symbolFlag
    default:
      guard let scalar = Unicode.Scalar(value) else { return wordBreak }
      let properties = scalar.properties
      if properties.isAlphabetic { return properties.lowercaseMapping.unicodeScalars.first?.value ?? value }
      if properties.numericType != nil { return value }
      if properties.generalCategory == .nonspacingMark { return dropped }
      return wordBreak
    }
  }

  /// Whether a folded word scalar is an Arabic letter.
  @inline(__always)
  static func isArabic(_ folded: UInt32) -> Bool { folded >= 0x0621 && folded <= 0x06D3 }
}
