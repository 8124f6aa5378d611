/// Scalar classes of the Arabic script that folds, tokenization and stemming share.
public enum ArabicScalars {
  /// ـ (U+0640), the stretching character.
  public static let tatweel: UInt32 = 0x0640

  /// Diacritics (tashkeel) and Quranic annotation marks: combining marks of the Arabic blocks.
  @inlinable
  public static func isTashkeel(_ value: UInt32) -> Bool {
    switch value {
    case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7,
      0x06E8, 0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF:
      return true
    default:
      return false
    }
  }

  /// أ إ آ ٱ ٲ ٳ: alef with hamza, madda or wasla.
  @inlinable
  public static func isAlefVariant(_ value: UInt32) -> Bool {
    switch value {
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return true
    default: return false
    }
  }

  /// Zero-width characters, bidirectional controls, the BOM and the soft hyphen: characters
  /// that change nothing a reader sees in the words.
  @inlinable
  public static func isInvisibleControl(_ value: UInt32) -> Bool {
    switch value {
    case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
      0x2066...0x2069, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// Letters of the Arabic script (basic, supplement, extended, presentation forms), with
  /// tatweel; not digits, punctuation or marks.
  @inlinable
  public static func isArabicLetter(_ value: UInt32) -> Bool {
    switch value {
    case 0x0620...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
      0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9, 0xFB50...0xFDFB,
      0xFE70...0xFEFC:
      return true
    default:
      return false
    }
  }
}
