/// The class of a scalar for tokenization and script identification, by table lookup.
public enum ScalarClass: UInt8, Sendable {
  case latinLetter
  case arabicLetter
  case otherLetter
  /// Combining marks (Arabic diacritics, accents, variation selectors).
  case mark
  /// Decimal digits of any system.
  case digit
  case whitespace
  /// Zero-width and bidi controls, other format and control characters: not part of tokens.
  case invisible
  case punctuation
  /// Symbols, emoji, other numeric characters (², ½), private use.
  case symbol

  @inlinable public var isLetter: Bool { rawValue <= ScalarClass.otherLetter.rawValue }

  /// The class of a scalar value.
  @inlinable
  public static func of(_ value: UInt32) -> ScalarClass {
    if value < ScalarClassTable.denseLimit {
      return ScalarClass(rawValue: ScalarClassTable.dense[Int(value)]).unsafelyUnwrapped
    }
    return ScalarClassTable.classify(value)
  }
}

/// The precomputed classes of the scalars that news text is made of.
public enum ScalarClassTable {
  public static let denseLimit: UInt32 = 0x3400
  public static let dense: [UInt8] = (0..<denseLimit).map { classify($0).rawValue }
  private static let formsStart: UInt32 = 0xFB00
  private static let forms: [UInt8] = (formsStart..<0x10000).map { classifySlowly($0).rawValue }

  @usableFromInline
  static func classify(_ value: UInt32) -> ScalarClass {
    if value >= formsStart && value < 0x10000 {
      return ScalarClass(rawValue: forms[Int(value - formsStart)]).unsafelyUnwrapped
    }
    return classifySlowly(value)
  }

  static func classifySlowly(_ value: UInt32) -> ScalarClass {
    if value < 0x80 {
      switch value {
      case 0x41...0x5A, 0x61...0x7A: return .latinLetter
      case 0x30...0x39: return .digit
      case 0x09...0x0D, 0x20: return .whitespace
      case 0..<0x20, 0x7F: return .invisible
      default: break
      }
    }
    guard let scalar = Unicode.Scalar(value) else { return .invisible }
    if ArabicScalars.isInvisibleControl(value) { return .invisible }
    let properties = scalar.properties
    if properties.isWhitespace { return .whitespace }
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      if ArabicScalars.isArabicLetter(value) { return .arabicLetter }
      if isLatin(value) { return .latinLetter }
      return .otherLetter
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return .mark
    case .decimalNumber:
      return .digit
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return .punctuation
    case .control, .format, .surrogate, .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return .invisible
    default:
      return .symbol
    }
  }

  private static func isLatin(_ value: UInt32) -> Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0x24F, 0x1D00...0x1DBF, 0x1E00...0x1EFF,
      0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFB00...0xFB06, 0xFF21...0xFF3A,
      0xFF41...0xFF5A:
      return true
    default:
      return false
    }
  }
}
