extension Array where Element == LinkedMention {
  /// The mentions `isKept` keeps, in order, as `filter` gives them; this array itself when it
  /// keeps them all. A rule pass reads every mention of a text and mostly keeps them all:
  /// `filter` copied each mention into a new array (retaining its six strings and arrays) and
  /// released the old one, in every pass.
  @inline(__always)
  func keeping(where isKept: (LinkedMention) throws -> Bool) rethrows -> [LinkedMention] {
    let kept = try withUnsafeBufferPointer { buffer -> [LinkedMention]? in
      var result: [LinkedMention]?
      for index in buffer.indices {
        if try isKept(buffer[index]) {
          result?.append(buffer[index])
        } else if result == nil {
          result = Array(buffer[..<index])
        }
      }
      return result
    }
    return kept ?? self
  }

  /// The mentions with those `change` changes replaced, in place and in order, as `map` would
  /// give them; `change` returns nil for a mention it leaves as it is, and when it leaves them
  /// all this array itself is returned (a `map` copied every mention, in every pass).
  @inline(__always)
  func replacing(_ change: (LinkedMention) throws -> LinkedMention?) rethrows -> [LinkedMention] {
    let changes = try withUnsafeBufferPointer { buffer -> [(Int, LinkedMention)] in
      var changes: [(Int, LinkedMention)] = []
      for index in buffer.indices {
        if let changed = try change(buffer[index]) { changes.append((index, changed)) }
      }
      return changes
    }
    guard !changes.isEmpty else { return self }
    var result = self
    for (index, changed) in changes { result[index] = changed }
    return result
  }
}
