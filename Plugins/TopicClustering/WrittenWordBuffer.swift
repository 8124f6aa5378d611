/// Scratch space a document's written words are encoded into, as UTF-8, one at a time.
///
/// The token loop encodes every word of the corpus: writing bytes through a pointer into
/// space reserved once skips the uniqueness and capacity checks an array append makes per
/// byte. A buffer serves one document on one thread.
final class WrittenWordBuffer {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int

  init(capacity: Int = 256) {
    self.capacity = capacity
    storage = .allocate(capacity: capacity)
  }

  deinit { storage.deallocate() }

  /// Encodes `scalars` as UTF-8 (after the formula marker when `marked`) and returns the
  /// bytes, valid until the next call.
  func encode(_ scalars: ArraySlice<Unicode.Scalar>, marked: Bool) -> UnsafeBufferPointer<UInt8> {
    let needed = scalars.count * 4 + 1
    if needed > capacity {
      storage.deallocate()
      capacity = max(needed, capacity * 2)
      storage = .allocate(capacity: capacity)
    }
    var count = 0
    if marked {
      storage[0] = CollectedTerms.formulaMarker
      count = 1
    }
    for scalar in scalars {
      let value = scalar.value
      switch value {
      case ..<0x80:
        storage[count] = UInt8(value)
        count += 1
      case ..<0x800:
        storage[count] = UInt8(0xC0 | value >> 6)
        storage[count + 1] = UInt8(0x80 | value & 0x3F)
        count += 2
      case ..<0x1_0000:
        storage[count] = UInt8(0xE0 | value >> 12)
        storage[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
        storage[count + 2] = UInt8(0x80 | value & 0x3F)
        count += 3
      default:
        storage[count] = UInt8(0xF0 | value >> 18)
        storage[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
        storage[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
        storage[count + 3] = UInt8(0x80 | value & 0x3F)
        count += 4
      }
    }
    return UnsafeBufferPointer(start: storage, count: count)
  }
}
