/// An Arabic word of up to ten letters packed into 64 bits, folded as
/// `NormalizationFolds.retrieval` folds letters, for lexicon lookups without allocating.
public struct ArabicWordKey: Hashable, Sendable {
  public let bits: UInt64

  /// The longest word a key holds.
  public static let maximumLength = 10

  /// The key of a run of scalars; diacritics and tatweel are skipped. Nil when the run holds
  /// anything but Arabic letters, is empty, or has more than ten letters.
  @inlinable
  public init?<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
    var bits: UInt64 = 0
    var length = 0
    for scalar in scalars {
      var value = scalar.value
      if ArabicScalars.isTashkeel(value) || value == ArabicScalars.tatweel { continue }
      value = ArabicWordKey.fold(value)
      guard value >= 0x0621 && value <= 0x064A, length < ArabicWordKey.maximumLength else { return nil }
      bits = bits << 6 | UInt64(value - 0x0620)
      length += 1
    }
    guard length > 0 else { return nil }
    self.bits = bits
  }

  /// The key of a string; see `init(_:)` for scalars.
  public init?(_ word: String) {
    self.init(word.unicodeScalars)
  }

  /// The retrieval fold of one letter.
  @inlinable
  public static func fold(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627
    case 0x0649, 0x0626, 0x06CC: return 0x064A
    case 0x0629, 0x06C0: return 0x0647
    case 0x0624: return 0x0648
    case 0x06A9: return 0x0643
    default: return value
    }
  }
}

extension ArabicWordKey {
  /// The key of this word with one more letter at its end; nil past ten letters.
  public func appending(_ letter: UInt32) -> ArabicWordKey? {
    let value = ArabicWordKey.fold(letter)
    guard value >= 0x0621 && value <= 0x064A, bits >> 54 == 0 else { return nil }
    return ArabicWordKey(bits: bits << 6 | UInt64(value - 0x0620))
  }

  init(bits: UInt64) { self.bits = bits }
}
