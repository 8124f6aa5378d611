import Foundation

/// Sports-club names (Resources/club_names.txt, from arwikicats' club table) for one feature of
/// the entity tagger: whether a token begins or continues a club's name. News names clubs after
/// their towns (Liverpool, Everton, ريال مدريد); the knowledge base knows the towns only, so
/// without this the tagger reads a club as a place. Membership is evidence, never a link.
struct ClubNameGazetteer: Sendable {
  static let longestName = 5
  /// Sequence hashes (`TokenizedText.combine` over token hashes) of every name (as keys; a
  /// `Set` would hash each key again).
  private let names: HashProbeTable
  /// Hashes of the names' first tokens: most tokens are rejected by this one look-up.
  private let firstTokens: HashProbeTable
  /// One bit per first-token hash's low 16 bits: rejects most tokens before the table is
  /// probed.
  private let firstTokenBits: [UInt64]

  init(lines: [String]) {
    var names = Set<UInt64>()
    var firstTokens = Set<UInt64>()
    for line in lines where !line.hasPrefix("#") {
      let text = TokenizedText(line)
      guard !text.tokens.isEmpty, text.tokens.count <= Self.longestName else { continue }
      names.insert(text.tokens.reduce(0) { TokenizedText.combine($0, $1.hash) })
      firstTokens.insert(text.tokens[0].hash)
    }
    self.names = HashProbeTable(Dictionary(uniqueKeysWithValues: names.map { ($0, 1) }))
    self.firstTokens = HashProbeTable(Dictionary(uniqueKeysWithValues: firstTokens.map { ($0, 1) }))
    var bits = [UInt64](repeating: 0, count: 1 << 10)
    for hash in firstTokens { bits[Int(hash & 0xFFFF) >> 6] |= 1 << (hash & 63) }
    self.firstTokenBits = bits
  }

  /// The shipped list, read once per process (empty when the resource is missing).
  static let shipped: ClubNameGazetteer = {
    let url =
      Bundle.module.url(forResource: "club_names", withExtension: "txt", subdirectory: "Resources")
      ?? Bundle.module.url(forResource: "club_names", withExtension: "txt")
    let content = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
    return ClubNameGazetteer(lines: content.split(separator: "\n").map(String.init))
  }()

  /// The number of tokens of the longest club name whose first word has hash `first` (a word
  /// read without its proclitic) and whose next words are the tokens from `next` on; 0 when
  /// none. The first word's bit is tested before the table is probed.
  func nameLength(first: UInt64, continuingAt next: Int, in text: TokenizedText) -> Int {
    guard firstTokenBits[Int(first & 0xFFFF) >> 6] & (1 << (first & 63)) != 0, firstTokens[first] != nil else {
      return 0
    }
    var hash = TokenizedText.combine(0, first)
    var longest = names[hash] != nil ? 1 : 0
    var position = next
    while position < text.tokens.count, position - next + 1 < Self.longestName, text.tokens[position].joinsPrevious {
      hash = TokenizedText.combine(hash, text.tokens[position].hash)
      if names[hash] != nil { longest = position - next + 2 }
      position += 1
    }
    return longest
  }

  /// Whether a word (its hash) is the first word of a club's name ("Luton" of "Luton Town",
  /// "Brighton" of "Brighton & Hove Albion"): news names such clubs by that word alone.
  func beginsName(_ first: UInt64) -> Bool {
    firstTokenBits[Int(first & 0xFFFF) >> 6] & (1 << (first & 63)) != 0 && firstTokens[first] != nil
  }

  /// Per token: 1 when it begins the longest club name found there, 2 inside one, else 0.
  func codes(_ text: TokenizedText) -> [UInt8] {
    let count = text.tokens.count
    return NameListCodes.codes(count: count) { position in
      let first = text.tokens[position].hash
      guard firstTokenBits[Int(first & 0xFFFF) >> 6] & (1 << (first & 63)) != 0, firstTokens[first] != nil else {
        return 0
      }
      var hash: UInt64 = 0
      var longest = 0
      for length in 1...min(Self.longestName, count - position) {
        if length > 1 && !text.tokens[position + length - 1].joinsPrevious { break }
        hash = TokenizedText.combine(hash, text.tokens[position + length - 1].hash)
        if names[hash] != nil { longest = length }
      }
      return longest
    }
  }
}
