/// The knowledge base's names as a hash table of folded token sequences, built once per run.
///
/// A key is the hash of a name's folded tokens; a lookup hashes the text's tokens the same
/// way, so matching a document costs a few table probes per token whatever the size of the
/// knowledge base. A bit filter answers most misses before the table is consulted. Keys are
/// 64-bit hashes and are not verified against the name's text: with 10^6 names a false hit
/// has a probability near 10^-13 per probe.
struct AliasIndex: Sendable {
  /// How an alias found in text may be used.
  enum MatchKind: UInt8, Sendable {
    case name, partial, ambiguous, contextual, demonym
  }

  struct Candidate: Sendable {
    /// Position of the entity in the knowledge base.
    var entity: Int32
    var kind: MatchKind
    /// Latin abbreviations (`UN`, `EU`) match upper-case text only.
    var upperCaseOnly: Bool
    /// The alias is a country name that is also the accusative of its nisba (`تركيا`).
    var isAccusativeNisba: Bool
  }

  /// Filled while the index is built, then frozen into `listProbe` and emptied.
  private var listByKey: [UInt64: Int32] = [:]
  private(set) var lists: [[Candidate]] = []
  /// The longest alias, in tokens, that starts with a given first-token hash.
  private var longestByFirstToken: [UInt64: UInt8] = [:]
  private var filter = [UInt64](repeating: 0, count: AliasIndex.filterWords)
  /// `listByKey` and `longestByFirstToken` frozen for matching (`HashProbeTable`).
  private var listProbe = HashProbeTable([:])
  private var longestProbe = HashProbeTable([:])
  private(set) var aliasCount = 0

  private static let filterBits = 1 << 22
  private static let filterWords = filterBits / 64
  private static let sequenceSeed: UInt64 = 0x51_7CC1_B727_220A

  init(_ knowledgeBase: KnowledgeBase) {
    for (position, entity) in knowledgeBase.entities.enumerated() {
      let entityIndex = Int32(position)
      let nisbaAccusatives = Set(entity.demonyms_ar.map { NameFolding.fold($0) + "ا" })
      for alias in entity.aliases {
        let kind: MatchKind =
          switch alias.kind {
          case .name: .name
          case .partial: .partial
          case .ambiguous: .ambiguous
          case .contextual: .contextual
          }
        let letters = alias.text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upperCaseOnly = letters.count <= 4 && letters.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
        let accusative = nisbaAccusatives.contains(NameFolding.fold(alias.text))
        add(
          alias.text,
          Candidate(entity: entityIndex, kind: kind, upperCaseOnly: upperCaseOnly, isAccusativeNisba: accusative))
      }
      for stem in entity.demonyms_ar {
        for form in Self.demonymForms(stem) {
          add(form, Candidate(entity: entityIndex, kind: .demonym, upperCaseOnly: false, isAccusativeNisba: false))
        }
      }
    }
    listProbe = HashProbeTable(listByKey.mapValues { UInt32(bitPattern: $0) })
    longestProbe = HashProbeTable(longestByFirstToken.mapValues { UInt32($0) })
    // Matching reads only the probe tables: the dictionaries they were built from would be a
    // second copy of the index kept for nothing.
    listByKey = [:]
    longestByFirstToken = [:]
  }

  /// Masculine, feminine and plural nisba forms with and without the article:
  /// روسي → روسي روسية روسيون روسيين روسيان الروسي الروسية ...; an irregular plural (`روس`) as given.
  static func demonymForms(_ stem: String) -> [String] {
    var forms = [stem]
    if stem.hasSuffix("ي") {
      forms += [stem + "ة", stem + "ون", stem + "ين", stem + "ان", stem + "تان", stem + "تين", stem + "ات"]
    }
    return forms + forms.map { "ال" + $0 }
  }

  private mutating func add(_ alias: String, _ candidate: Candidate) {
    let tokenized = TokenizedText(alias)
    guard !tokenized.tokens.isEmpty, tokenized.tokens.count < 255 else { return }
    var sequence = Self.sequenceSeed
    for token in tokenized.tokens { sequence = TokenizedText.combine(sequence, token.hash) }
    let first = tokenized.tokens[0].hash
    setFilter(first)
    longestByFirstToken[first] = max(longestByFirstToken[first] ?? 0, UInt8(tokenized.tokens.count))
    if let list = listByKey[sequence] {
      let position = Int(list)
      if let existing = lists[position].firstIndex(where: { $0.entity == candidate.entity }) {
        // One entry per entity: the freest kind wins (a name beats a partial name).
        if candidate.kind.rawValue < lists[position][existing].kind.rawValue {
          lists[position][existing] = candidate
        }
        return
      }
      lists[position].append(candidate)
    } else {
      listByKey[sequence] = Int32(lists.count)
      lists.append([candidate])
    }
    aliasCount += 1
  }

  @inline(__always)
  private mutating func setFilter(_ hash: UInt64) {
    let bit = Int(truncatingIfNeeded: hash >> 40) & (Self.filterBits - 1)
    filter[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  @inline(__always)
  private func mayStartName(_ hash: UInt64) -> Bool {
    let bit = Int(truncatingIfNeeded: hash >> 40) & (Self.filterBits - 1)
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// A match of an alias in a tokenized text.
  struct Match {
    var firstToken: Int
    /// Index of the token after the match.
    var endToken: Int
    /// Folded scalars of the first token left out of the match (a proclitic: و ب ل ...).
    var strippedPrefix: Int
    var list: Int32
  }

  /// The longest alias starting at token `position`, trying the token as it is and with its
  /// Arabic proclitics removed (و ف, then ب ل ك, and لل read as ل + ال).
  func longestMatch(at position: Int, in text: TokenizedText) -> Match? {
    let variants = Self.cliticVariants(of: position, in: text)
    var best: Match?
    for index in 0..<variants.count {
      probe(hash: variants[index], stripped: variants.stripped(index), at: position, in: text, best: &best)
    }
    return best
  }

  @inline(__always)
  private func probe(hash: UInt64, stripped: Int, at position: Int, in text: TokenizedText, best: inout Match?) {
    guard mayStartName(hash), let longest = longestProbe[hash] else { return }
    var sequence = TokenizedText.combine(Self.sequenceSeed, hash)
    var endToken = position + 1
    while true {
      if let list = listProbe[sequence] {
        if best == nil || endToken > best!.endToken || (endToken == best!.endToken && stripped < best!.strippedPrefix) {
          best = Match(
            firstToken: position, endToken: endToken, strippedPrefix: stripped, list: Int32(bitPattern: list))
        }
      }
      guard endToken - position < Int(longest), endToken < text.tokens.count,
        text.tokens[endToken].joinsPrevious || text.continuesAbbreviation(endToken)
          || text.followsAbbreviation(endToken)
      else { break }
      sequence = TokenizedText.combine(sequence, text.tokens[endToken].hash)
      endToken += 1
    }
  }

  /// Up to four hashes of one token, without allocating: the token and its forms without
  /// proclitics, each with the number of folded scalars it leaves out.
  struct Variants {
    private var values: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var stored: UInt8 = 0
    /// Two bits a variant: the folded scalars left out of the token's start.
    private var strippedCodes: UInt8 = 0

    var count: Int { Int(stored) }

    mutating func append(_ hash: UInt64, stripped: Int) {
      switch stored {
      case 0: values.0 = hash
      case 1: values.1 = hash
      case 2: values.2 = hash
      default: values.3 = hash
      }
      strippedCodes |= UInt8(truncatingIfNeeded: stripped) << (2 * stored)
      stored = min(stored + 1, 4)
    }

    subscript(index: Int) -> UInt64 {
      switch index {
      case 0: values.0
      case 1: values.1
      case 2: values.2
      default: values.3
      }
    }

    /// The folded scalars that variant `index` leaves out of the token's start (0 for the token).
    func stripped(_ index: Int) -> Int { Int((strippedCodes >> (2 * UInt8(truncatingIfNeeded: index))) & 3) }

    /// The hash of token `position` without its first `stripped` folded scalars: variant
    /// `index` when that is the form it holds, else computed from the text.
    @inline(__always)
    func hash(stripping stripped: Int, at index: Int, of position: Int, in text: TokenizedText) -> UInt64 {
      if index < count, self.stripped(index) == stripped { return self[index] }
      let token = text.tokens[position]
      return TokenizedText.hash(text.folded[(Int(token.foldedStart) + stripped)..<Int(token.foldedEnd)])
    }

    func contains(where predicate: (UInt64) -> Bool) -> Bool {
      (stored > 0 && predicate(values.0)) || (stored > 1 && predicate(values.1))
        || (stored > 2 && predicate(values.2)) || (stored > 3 && predicate(values.3))
    }
  }

  /// The clitic-stripped hashes of a token: the token itself and its forms without و ف ب ل ك.
  /// Read from the text where `CueWords.classify` stored them (once per token), else computed.
  @inline(__always)
  static func cliticVariants(of position: Int, in text: TokenizedText) -> Variants {
    position < text.cliticVariants.count
      ? text.cliticVariants[position] : computedCliticVariants(of: position, in: text)
  }

  /// The clitic-stripped hashes of a token, in the order `longestMatch` probes them (a tie in
  /// length goes to the first): the token, without و ف, then without ب ل ك, then لل read as
  /// ل + ال (the span keeps both lams: neither letter alone is the preposition or the article).
  static func computedCliticVariants(of position: Int, in text: TokenizedText) -> Variants {
    let token = text.tokens[position]
    let start = Int(token.foldedStart)
    let end = Int(token.foldedEnd)
    var variants = Variants()
    variants.append(token.hash, stripped: 0)
    guard end - start >= 3, !token.isLatin else { return variants }
    var offset = 0
    if text.folded[start] == 0x0648 || text.folded[start] == 0x0641 {
      offset = 1
      variants.append(TokenizedText.hash(text.folded[(start + 1)..<end]), stripped: 1)
    }
    if end - start - offset >= 3 {
      let letter = text.folded[start + offset]
      if letter == 0x0628 || letter == 0x0644 || letter == 0x0643 {
        variants.append(TokenizedText.hash(text.folded[(start + offset + 1)..<end]), stripped: offset + 1)
        if letter == 0x0644 && text.folded[start + offset + 1] == 0x0644 {
          var hash = TokenizedText.mix(TokenizedText.fnvOffset, 0x0627)
          for value in text.folded[(start + offset + 1)..<end] { hash = TokenizedText.mix(hash, value) }
          variants.append(hash, stripped: offset)
        }
      }
    }
    return variants
  }
}
