/// Finds folded phrases as whole-word runs inside a line's folded words (`LineFeatures.words`).
///
/// Both sides are words joined by single spaces, so " phrase " inside " words " is a match of
/// whole words. Compared as UTF-8 bytes: the stdlib's `String.contains(_:)` compares
/// Characters and was the clean stage's hot spot (one search per phrase per line).
struct WordSequenceMatcher: Sendable {
  /// Each phrase as UTF-8 bytes with a space on either side.
  private let phrases: [[UInt8]]

  init(_ phrases: [String]) {
    self.phrases = phrases.filter { !$0.isEmpty }.map { [0x20] + Array($0.utf8) + [0x20] }
  }

  /// Whether any phrase occurs in `words` as a run of whole words.
  func matches(_ words: String) -> Bool {
    if phrases.isEmpty { return false }
    var padded: [UInt8] = [0x20]
    padded.reserveCapacity(words.utf8.count + 2)
    padded.append(contentsOf: words.utf8)
    padded.append(0x20)
    return padded.withUnsafeBufferPointer { haystack in
      phrases.contains { phrase in phrase.withUnsafeBufferPointer { Self.occurs($0, in: haystack) } }
    }
  }

  private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = needle.count
    guard count <= haystack.count else { return false }
    let first = needle[0]
    var start = 0
    let last = haystack.count - count
    while start <= last {
      if haystack[start] == first {
        var offset = 1
        while offset < count, haystack[start + offset] == needle[offset] { offset += 1 }
        if offset == count { return true }
      }
      start += 1
    }
    return false
  }
}
