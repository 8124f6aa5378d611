/// A text as an array of Unicode scalars: O(1) access by scalar offset, for stages that cut
/// many annotations out of one document (`Document.slice` walks the string from its start).
public struct ScalarText: Sendable, Hashable {
  public let scalars: [Unicode.Scalar]

  public init(_ text: String) {
    self.scalars = ScalarText.scalars(of: text)
  }

  /// The scalars of a string, decoded in one pass over its UTF-8 bytes (a Swift string is
  /// always valid UTF-8, so no validation is repeated).
  public static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var index = 0
        var written = 0
        let end = bytes.count
        while index < end {
          let lead = UInt32(bytes[index])
          var value: UInt32
          if lead < 0x80 {
            value = lead
            index += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
              | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          }
          (buffer.baseAddress! + written).initialize(to: Unicode.Scalar(value).unsafelyUnwrapped)
          written += 1
        }
        count = written
      }
    }
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
