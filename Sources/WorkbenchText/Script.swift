/// The writing system of a token, a line or a document.
public enum Script: String, Sendable, Hashable, Codable, CaseIterable {
  case arabic
  case latin
  /// Letters of another script (Cyrillic, Greek, CJK ...).
  case other
  /// Letters of more than one script.
  case mixed
  /// No letters: ASCII digits, punctuation, symbols.
  case common

  /// The script of a letter scalar, `.common` for anything that is not a letter.
  @inlinable
  public static func of(_ scalar: Unicode.Scalar) -> Script {
    switch ScalarClass.of(scalar.value) {
    case .arabicLetter: return .arabic
    case .latinLetter: return .latin
    case .otherLetter: return .other
    default: return .common
    }
  }
}
