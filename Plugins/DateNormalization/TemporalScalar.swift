import WorkbenchText

/// How the scanner treats one Unicode scalar: part of a word (with its folded form), a digit,
/// a mark that words carry but matching ignores, white space, or a punctuation sign.
///
/// Folding is the usual Arabic search normalization (alef forms to bare alef, taa marbuta to
/// haa, alef maqsura to yaa, Persian yeh and keheh to Arabic ones) plus ASCII lowercasing,
/// so that "أيار", "ايار" and "أَيّار" hash alike. The classes come from WorkbenchText's
/// `ArabicScalars` and `Digits`; the fold is done here, inline, because the pre-filter hashes
/// every word of a document while decoding it and cannot afford a normalized copy.
enum TemporalScalar: Equatable {
  case letter(UInt32)
  case digit(Int)
  case ignorable
  case space(isNewline: Bool)
  case punctuation(UInt32)

  /// The classes of U+0000-U+06FF, where Arabic and English text lives: one load per scalar.
  static let table: [TemporalScalar] = (0..<0x700).map { classify(UInt32($0)) }

  @inline(__always)
  static func of(_ value: UInt32) -> TemporalScalar {
    value < 0x700 ? table[Int(value)] : classify(value)
  }

  static func classify(_ value: UInt32) -> TemporalScalar {
    if value < 0x80 {
      switch value {
      case 0x30...0x39: return .digit(Int(value - 0x30))
      case 0x41...0x5A: return .letter(value + 0x20)
      case 0x61...0x7A: return .letter(value)
      case 0x0A, 0x0D: return .space(isNewline: true)
      case 0x09, 0x0B, 0x0C, 0x20: return .space(isNewline: false)
      default: return .punctuation(value)
      }
    }
    if let digit = Digits.value(ofArabicOrPersian: value) { return .digit(digit) }
    if ArabicScalars.isAlefVariant(value) { return .letter(0x0627) }
    if value == ArabicScalars.tatweel || ArabicScalars.isTashkeel(value)
      || ArabicScalars.isInvisibleControl(value)
    {
      return .ignorable
    }
    switch value {
    case 0x0629: return .letter(0x0647)
    case 0x0649, 0x06CC, 0x06D2: return .letter(0x064A)
    case 0x0624: return .letter(0x0648)
    case 0x0626: return .letter(0x064A)
    case 0x06A9: return .letter(0x0643)
    case 0x0621, 0x0627...0x0628, 0x062A...0x063A, 0x0641...0x064A, 0x0674...0x06D3, 0x06D5,
      0x06FA...0x06FF:
      return .letter(value)
    case 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x200C, 0x200D, 0x200E, 0x200F,
      0xFE00...0xFE0F:
      return .ignorable
    case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space(isNewline: false)
    case 0x0085, 0x2028, 0x2029: return .space(isNewline: true)
    case 0x00C0...0x00D6, 0x00D8...0x00DE: return .letter(value + 0x20)
    case 0x00DF...0x00F6, 0x00F8...0x024F: return .letter(value)
    default:
      if value >= 0xFB50 && value <= 0xFEFC { return .letter(value) }  // presentation forms
      return .punctuation(value)
    }
  }
}

/// FNV-1a over folded scalars: the key of the lexicon and of the trigger table.
struct WordHasher {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  mutating func add(_ scalar: UInt32) {
    value = (value ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
  }

  /// The hash of a whole string after folding, as the scanner would compute it.
  static func hash(_ word: String) -> UInt64 {
    var hasher = WordHasher()
    for scalar in word.unicodeScalars {
      if case .letter(let folded) = TemporalScalar.of(scalar.value) { hasher.add(folded) }
    }
    return hasher.value
  }
}
