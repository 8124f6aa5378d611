/// A text as an array of Unicode scalars: O(1) access by scalar offset, for stages that cut
/// many annotations out of one document (`Document.slice` walks the string from its start).
public struct ScalarText: Sendable, Hashable {
  public let scalars: [Unicode.Scalar]

  public init(_ text: String) {
    self.scalars = ScalarText.scalars(of: text)
  }

  /// The scalars of a string, in one pass with the capacity reserved up front.
  public static func scalars(of text: String) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { scalars.append(scalar) }
    return scalars
  }

  public init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  public var count: Int { scalars.count }

  /// The text of a scalar range, clamped to the text.
  public subscript(range: Range<Int>) -> String {
    let lower = min(max(0, range.lowerBound), scalars.count)
    let upper = min(max(lower, range.upperBound), scalars.count)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }

  /// The text of a token.
  public func surface(of token: Token) -> String { self[token.range] }
}
