/// A Latin word of up to twelve ASCII letters (and apostrophes) packed into 64 bits,
/// case-folded, for stopword lookups without allocating.
public struct LatinWordKey: Hashable, Sendable {
  public let bits: UInt64

  public static let maximumLength = 12

  /// Nil for anything but ASCII letters and apostrophes, empty runs, or more than 12 letters.
  @inlinable
  public init?<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
    var bits: UInt64 = 0
    var length = 0
    for scalar in scalars {
      var value = scalar.value
      if value >= 0x41 && value <= 0x5A { value += 0x20 }
      let code: UInt64
      if value >= 0x61 && value <= 0x7A {
        code = UInt64(value - 0x60)
      } else if value == 0x27 || value == 0x2019 {
        code = 27
      } else {
        return nil
      }
      guard length < LatinWordKey.maximumLength else { return nil }
      bits = bits << 5 | code
      length += 1
    }
    guard length > 0 else { return nil }
    self.bits = bits
  }

  public init?(_ word: String) { self.init(word.unicodeScalars) }
}
