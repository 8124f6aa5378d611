/// Organization names the tagger was trained with (the organization mentions of its training
/// documents: ministries, councils, agencies, clubs, UN bodies), for one feature: whether a
/// token begins or continues such a name. Stored in the model, so that a model reads new text
/// with the list it learned to trust.
///
/// The trainer featurizes each training document with the names of the *other* training
/// documents (as it does the word case profile): with its own names in the list, every
/// organization of the training text would be listed, and the tagger would learn to trust a
/// list that, in use, misses most new names.
public struct OrganizationNameGazetteer: Sendable {
  /// Longer mentions are left out: the list is for names that recur as written.
  static let longestName = 6

  /// The names as written in the training text, sorted (the model file stores them).
  public let names: [String]
  /// Sequence hashes (`TokenizedText.combine` over token hashes) of every name.
  private let sequences: HashProbeTable
  /// Hashes of the names' first tokens.
  private let firstTokens: HashProbeTable
  /// One bit per first-token hash's low 16 bits: rejects most tokens before the table is probed.
  private let firstTokenBits: [UInt64]

  init<Names: Sequence>(names: Names) where Names.Element == String {
    var kept = Set<String>()
    var sequences: [UInt64: UInt32] = [:]
    var firstTokens: [UInt64: UInt32] = [:]
    for name in names {
      let text = TokenizedText(name)
      guard !text.tokens.isEmpty, text.tokens.count <= Self.longestName else { continue }
      kept.insert(name)
      sequences[text.tokens.reduce(0) { TokenizedText.combine($0, $1.hash) }] = 1
      firstTokens[text.tokens[0].hash] = 1
    }
    self.names = kept.sorted()
    self.sequences = HashProbeTable(sequences)
    self.firstTokens = HashProbeTable(firstTokens)
    var bits = [UInt64](repeating: 0, count: 1 << 10)
    for hash in firstTokens.keys { bits[Int(hash & 0xFFFF) >> 6] |= 1 << (hash & 63) }
    self.firstTokenBits = bits
  }

  /// No names: the feature never fires.
  public static let empty = OrganizationNameGazetteer(names: [String]())

  /// The text of every organization mention of the documents.
  static func names(in documents: [EntityGoldDocument]) -> Set<String> {
    var names = Set<String>()
    for document in documents where document.mentions.contains(where: { $0.type == "ORGANIZATION" }) {
      let scalars = Array(document.text.unicodeScalars)
      for mention in document.mentions
      where mention.type == "ORGANIZATION" && mention.start >= 0 && mention.start < mention.end
        && mention.end <= scalars.count
      {
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[mention.start..<mention.end])
        names.insert(String(name))
      }
    }
    return names
  }

  /// Per token: 1 when it begins the longest listed name found there, 2 inside one, else 0. A
  /// name's first token may also match without a proclitic (`unclitic`: والزمالك, للأونروا).
  func codes(_ text: TokenizedText, unclitic: [UInt64]) -> [UInt8] {
    let count = text.tokens.count
    guard !names.isEmpty else { return [UInt8](repeating: 0, count: count) }
    @inline(__always) func mayBegin(_ hash: UInt64) -> Bool {
      firstTokenBits[Int(hash & 0xFFFF) >> 6] & (1 << (hash & 63)) != 0 && firstTokens[hash] != nil
    }
    func longestName(at position: Int, first: UInt64) -> Int {
      var hash = TokenizedText.combine(0, first)
      var longest = sequences[hash] != nil ? 1 : 0
      var length = 2
      while length <= min(Self.longestName, count - position), text.tokens[position + length - 1].joinsPrevious {
        hash = TokenizedText.combine(hash, text.tokens[position + length - 1].hash)
        if sequences[hash] != nil { longest = length }
        length += 1
      }
      return longest
    }
    return NameListCodes.codes(count: count) { position in
      let word = text.tokens[position].hash
      let bare = unclitic[position]
      return max(
        mayBegin(word) ? longestName(at: position, first: word) : 0,
        bare != word && mayBegin(bare) ? longestName(at: position, first: bare) : 0)
    }
  }
}
