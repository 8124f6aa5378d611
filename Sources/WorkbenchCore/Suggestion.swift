/// Did-you-mean suggestions for misspelt names.
public enum Suggestion {
  /// The candidate closest to `name` by edit distance, when it is close enough to be a likely
  /// typo (at most a third of the name's length, and at least one edit allowed).
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let lowered = name.lowercased()
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate.lowercased())
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(1, lowered.count / 3)
    if best.distance <= allowed { return best.candidate }
    // A prefix ("date" for "date-normalization") is also a likely intent.
    if lowered.count >= 3, best.candidate.lowercased().hasPrefix(lowered) { return best.candidate }
    return candidates.first { $0.lowercased().hasPrefix(lowered) && lowered.count >= 3 }
  }

  /// Levenshtein distance over characters, with adjacent transpositions counting as one edit.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
