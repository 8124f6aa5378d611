/// The per-token codes of the tagger's name-list features (`ClubNameGazetteer`,
/// `OrganizationNameGazetteer`): 1 where a listed name begins, 2 inside it, 0 elsewhere.
enum NameListCodes {
  /// Walks the tokens left to right; `longestName(position)` gives the length of the longest
  /// listed name beginning there (0 for none). A name found is marked whole and the walk goes
  /// on after it, so names never overlap.
  @inline(__always)
  static func codes(count: Int, longestName: (Int) -> Int) -> [UInt8] {
    var codes = [UInt8](repeating: 0, count: count)
    var position = 0
    while position < count {
      let longest = longestName(position)
      guard longest > 0 else {
        position += 1
        continue
      }
      codes[position] = 1
      for inside in (position + 1)..<(position + longest) { codes[inside] = 2 }
      position += longest
    }
    return codes
  }
}
