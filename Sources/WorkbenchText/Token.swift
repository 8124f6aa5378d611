/// What a token is.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Letters (with their marks), in one script; Latin words may contain ASCII digits (F16).
  case word
  /// Digits of one or more digit systems, with `.` `,` ٫ ٬ between digits (1,200.5, ٢٠٢٦).
  case number
  /// One punctuation character, or a run of the same one (`...`, `!!`).
  case punctuation
  /// Symbols and emoji (with their modifiers).
  case symbol
  /// `http(s)://...`, `www....` or a bare domain with a known top-level domain (example.com).
  case url
  case email
  /// `#` followed by letters, digits or `_`.
  case hashtag
  /// `@` followed by ASCII letters, digits or `_`.
  case mention
}

/// A token: a kind and a range of scalar offsets into the scalars it was cut from.
///
/// Tokens hold no string; get the surface with `ScalarText.surface(of:)`,
/// `NormalizedText.string(token.range)`, or `surface(in:)`.
public struct Token: Sendable, Hashable {
  public var start: Int
  public var end: Int
  public var kind: TokenKind
  /// The script of the token's letters; numbers in Arabic-Indic or Persian digits are `.arabic`.
  public var script: Script

  public init(start: Int, end: Int, kind: TokenKind, script: Script) {
    self.start = start
    self.end = end
    self.kind = kind
    self.script = script
  }

  @inlinable public var range: Range<Int> { start..<end }
  @inlinable public var length: Int { end - start }

  /// The token's text in the scalars it was cut from.
  public func surface(in scalars: [Unicode.Scalar]) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }

  /// The value of a number token whose digits spell an integer (`٢٠٢٦` → 2026, `1,200` → 1200).
  public func intValue(in scalars: [Unicode.Scalar]) -> Int? {
    guard kind == .number else { return nil }
    return Digits.parseInt(scalars[start..<end])
  }
}
