/// Strings from runs of scalars, built through UTF-8 bytes: `String.UnicodeScalarView.append`
/// one scalar at a time was a hot spot of the clean stage (several strings per line).
enum ScalarString {
  /// Appends the UTF-8 encoding of `scalars` to `bytes`.
  static func append<C: Collection>(_ scalars: C, to bytes: inout [UInt8]) where C.Element == Unicode.Scalar {
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: value))
      } else {
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
  }

  /// The string of `scalars`.
  static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 2)
    append(scalars, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
