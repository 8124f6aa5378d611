/// Inputs for the invariant checks: random Unicode and very long text, reproducible by seed.
public enum RandomText {
  /// A small, fast, seedable generator (SplitMix64).
  public struct Generator: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Scalars drawn from: Arabic letters, marks and tatweel, both digit systems, Latin, spaces
  /// and newlines, punctuation of both scripts, joiners and direction marks, a BOM, an emoji,
  /// a presentation form and a combining accent.
  public static let alphabet: [Unicode.Scalar] = {
    var values: [UInt32] = Array(0x0621...0x064A) + Array(0x064B...0x0652) + Array(0x0660...0x0669)
    values += Array(0x06F0...0x06F9) + Array(0x30...0x39) + Array(0x41...0x5A) + Array(0x61...0x7A)
    values += [0x20, 0x20, 0x20, 0x0A, 0x0A, 0x2E, 0x2C, 0x060C, 0x061F, 0x21, 0x3F, 0x2F, 0x2D, 0x3A, 0x28, 0x29]
    values += [0x0640, 0x200C, 0x200D, 0x200F, 0x200E, 0xFEFF, 0x1F600, 0xFB50, 0x00A0, 0x0301, 0x09]
    return values.compactMap(Unicode.Scalar.init)
  }()

  /// A random text of up to `maximumLength` scalars.
  public static func unicode(using generator: inout Generator, maximumLength: Int = 300) -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...maximumLength, using: &generator) {
      scalars.append(alphabet.randomElement(using: &generator)!)
    }
    return String(scalars)
  }

  /// `sample` repeated, one paragraph per copy, to at least `scalars` scalars.
  public static func long(from sample: String, scalars: Int = 60_000) -> String {
    let count = max(1, sample.unicodeScalars.count + 2)
    return Array(repeating: sample, count: scalars / count + 1).joined(separator: "\n\n")
  }
}
