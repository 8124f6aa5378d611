/// A small, fast, seedable generator (SplitMix64): the same draws on every machine.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A Fisher-Yates shuffle that depends only on the seed (the standard library's `shuffle`
  /// does not promise a stable algorithm).
  mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for index in stride(from: array.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      array.swapAt(index, other)
    }
  }
}
