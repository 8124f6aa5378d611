/// The features the entity tagger scores each token by, hashed into `1 << bucketBits` buckets.
///
/// Chosen to carry over to names never seen in training: besides the word itself, its form
/// without Arabic proclitics and article (so `وبموسكو` and `موسكو` share weights, and news text,
/// which is not clitic-segmented, reads like segmented training text), its first and last
/// letters, its shape (script, capitals, digits, article), the punctuation before it, the
/// knowledge base's view of it (inside a person, place or organization alias, a demonym, at
/// the start or inside, freely linkable or not), cue words (titles, organization and place
/// words, function words), whether it is in a sports club's name, how the word is usually
/// written (`WordCaseProfile`: what a capital at a sentence's start or in an all-caps headline
/// cannot tell), its distributional word clusters (`WordClusterTable`: which words it is used
/// like in unlabeled text), how far back an organization's head word stands
/// (`OrganizationHeadWords`), whether it is in an organization's name of the training text
/// (`OrganizationNameGazetteer`, read with the club list), and the same facts about its
/// neighbours. One more feature is
/// added while decoding: the tags given to the same word earlier in the document
/// (`EntityTagHistory`).
struct EntityTaggerFeaturizer: Sendable {
  /// Changes whenever a feature changes: a model trained on other features is refused.
  static let version = 6
  static let featuresPerToken = 39

  let bucketBits: Int
  let caseProfile: WordCaseProfile
  /// `caseProfile`'s usages for the per-token look-up (a `Dictionary` hashes its key again).
  private let caseUsages: HashProbeTable
  let clubs: ClubNameGazetteer
  let clusters: WordClusterTable
  let organizations: OrganizationNameGazetteer
  /// The facts of the words of earlier texts (`EntityTaggerWordCache`).
  private let wordCache = EntityTaggerWordCache()
  private var mask: UInt32 { UInt32((1 << bucketBits) - 1) }

  init(
    bucketBits: Int, caseProfile: WordCaseProfile, clusters: WordClusterTable,
    organizations: OrganizationNameGazetteer = .empty, clubs: ClubNameGazetteer = .shipped
  ) {
    self.bucketBits = bucketBits
    self.caseProfile = caseProfile
    self.caseUsages = HashProbeTable(caseProfile.usages.mapValues(UInt32.init))
    self.clusters = clusters
    self.clubs = clubs
    self.organizations = organizations
  }

  /// Per-token facts the features are made of, computed once per text.
  struct TokenFacts {
    var word: [UInt64] = []
    var stem: [UInt64] = []
    var unclitic: [UInt64] = []
    var prefix2: [UInt64] = []
    var prefix3: [UInt64] = []
    var suffix1: [UInt64] = []
    var suffix2: [UInt64] = []
    var suffix3: [UInt64] = []
    var shape: [UInt64] = []
    var punctuation: [UInt64] = []
    var caseUsage: [UInt64] = []
    /// The club list's code (0-2) plus 3 × the organization list's (`OrganizationNameGazetteer`).
    var club: [UInt8] = []
    /// Whether the word heads an organization's name (`OrganizationHeadWords`).
    var organizationHead: [Bool] = []
    /// Packed `WordClusterTable` levels (0: not in the table).
    var cluster: [UInt32] = []
  }

  /// The knowledge base's view of each token, from the alias occurrences the linker found:
  /// which entity types the alias may name, whether the token opens it, whether it is a full
  /// name (linkable without evidence).
  static func gazetteer(
    _ occurrences: [EntityLinker.Occurrence], index: AliasIndex, knowledgeBase: KnowledgeBase, tokenCount: Int
  )
    -> [UInt8]
  {
    var codes = [UInt8](repeating: 0, count: tokenCount)
    for occurrence in occurrences {
      var bits: UInt8 = 0
      for candidate in index.lists[Int(occurrence.match.list)] {
        if candidate.kind == .demonym {
          bits |= 16
          continue
        }
        switch knowledgeBase.entities[Int(candidate.entity)].type {
        case "PERSON": bits |= 1
        case "LOCATION": bits |= 2
        case "ORGANIZATION": bits |= 4
        default: bits |= 8
        }
        if candidate.kind == .name { bits |= 64 }
      }
      for token in occurrence.match.firstToken..<occurrence.match.endToken {
        codes[token] = bits | (token == occurrence.match.firstToken ? 32 : 0)
      }
    }
    return codes
  }

  func facts(of text: TokenizedText) -> TokenFacts {
    // Slices of the folded scalars through a buffer pointer: array slices would retain and
    // release the text's storage for every token.
    text.folded.withUnsafeBufferPointer { facts(of: text, folded: $0) }
  }

  private func facts(of text: TokenizedText, folded: UnsafeBufferPointer<UInt32>) -> TokenFacts {
    var facts = TokenFacts()
    let count = text.tokens.count
    let capsLine = WordCaseProfile.allCapsSentences(text)
    facts.club = clubs.codes(text)
    // The hashes are written through pointers into one block, then copied out fact by fact:
    // appending to eleven arrays checked each one's uniqueness and capacity for every token.
    // The clusters and the organization heads are kept there too, as 64-bit values.
    let fields = 13
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count * fields) { block in
      guard let base = block.baseAddress else { return }
      let word = base
      let stems = base + count
      let unclitic = base + 2 * count
      let prefix2 = base + 3 * count
      let prefix3 = base + 4 * count
      let suffix1 = base + 5 * count
      let suffix2 = base + 6 * count
      let suffix3 = base + 7 * count
      let shape = base + 8 * count
      let punctuation = base + 9 * count
      let caseUsage = base + 10 * count
      let cluster = base + 11 * count
      let organizationHead = base + 12 * count
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { entries in
        withUnsafeTemporaryAllocation(of: EntityTaggerWordCache.Facts.self, capacity: count) { made in
          guard let entries = entries.baseAddress, let made = made.baseAddress else { return }
          text.tokens.withUnsafeBufferPointer { tokens in
            // Words seen in earlier texts take their facts from the cache; the others are
            // made here and added to it after.
            wordCache.find(tokens, folded: folded, into: entries)
            var missed = false
            for position in 0..<count {
              let token = tokens[position]
              let facts: EntityTaggerWordCache.Facts
              if entries[position] >= 0 {
                facts = wordCache.facts(at: entries[position])
              } else {
                facts = wordFacts(token, folded: folded)
                (made + position).initialize(to: facts)
                missed = true
              }
              word[position] = token.hash
              stems[position] = facts.stem
              unclitic[position] = facts.unclitic
              prefix2[position] = facts.prefix2
              prefix3[position] = facts.prefix3
              suffix1[position] = facts.suffix1
              suffix2[position] = facts.suffix2
              suffix3[position] = facts.suffix3
              shape[position] = Self.shape(token, parts: facts.shapeParts, capsLine: capsLine[position])
              punctuation[position] = Self.punctuationClass(token)
              caseUsage[position] = facts.caseUsage
              cluster[position] = UInt64(facts.cluster)
              organizationHead[position] = facts.organizationHead ? 1 : 0
            }
            if missed { wordCache.insert(tokens, folded: folded, entries: entries, facts: made) }
          }
        }
      }
      func array(_ start: UnsafeMutablePointer<UInt64>) -> [UInt64] {
        Array(UnsafeBufferPointer(start: start, count: count))
      }
      facts.word = array(word)
      facts.stem = array(stems)
      facts.unclitic = array(unclitic)
      facts.prefix2 = array(prefix2)
      facts.prefix3 = array(prefix3)
      facts.suffix1 = array(suffix1)
      facts.suffix2 = array(suffix2)
      facts.suffix3 = array(suffix3)
      facts.shape = array(shape)
      facts.punctuation = array(punctuation)
      facts.caseUsage = array(caseUsage)
      facts.cluster = (0..<count).map { UInt32(truncatingIfNeeded: cluster[$0]) }
      facts.organizationHead = (0..<count).map { organizationHead[$0] != 0 }
    }
    if !organizations.names.isEmpty {
      let organizationCodes = organizations.codes(text, unclitic: facts.unclitic)
      for position in 0..<count where organizationCodes[position] != 0 {
        facts.club[position] &+= 3 &* organizationCodes[position]
      }
    }
    return facts
  }

  /// The facts of a token that depend on its folded scalars and script alone.
  private func wordFacts(_ token: TokenizedText.Token, folded: UnsafeBufferPointer<UInt32>)
    -> EntityTaggerWordCache.Facts
  {
    let scalars = folded[Int(token.foldedStart)..<Int(token.foldedEnd)]
    let start = scalars.startIndex
    let end = scalars.endIndex
    var stemStart = start
    var hasArticle = false
    var proclitic = false
    if !token.isLatin {
      var cursor = start
      if end - cursor >= 4, scalars[cursor] == 0x0648 || scalars[cursor] == 0x0641 { cursor += 1 }  // و ف
      // ب ك ل
      if end - cursor >= 4, scalars[cursor] == 0x0628 || scalars[cursor] == 0x0643 || scalars[cursor] == 0x0644 {
        if scalars[cursor] == 0x0644 && scalars[cursor + 1] == 0x0644 {
          cursor += 2  // لل: ل + ال
          hasArticle = true
        } else if scalars[cursor + 1] == 0x0627 && scalars[cursor + 2] == 0x0644 {
          cursor += 1
        }
      }
      if !hasArticle, end - cursor >= 4, scalars[cursor] == 0x0627, scalars[cursor + 1] == 0x0644 {
        cursor += 2
        hasArticle = true
      }
      // Only a clitic before the article is certain; without it the word is kept whole.
      if hasArticle {
        stemStart = cursor
        proclitic = cursor - start > 2
      }
    }
    let stem = scalars[stemStart..<end]
    let stemHash = stemStart == start ? token.hash : TokenizedText.hash(stem)
    let first = scalars[start]
    let mayHaveClitic =
      !token.isLatin && end - start >= 4
      && (first == 0x0648 || first == 0x0641 || first == 0x0628 || first == 0x0644 || first == 0x0643)
    let uncliticHash = mayHaveClitic ? TokenizedText.hash(scalars[(start + 1)..<end]) : token.hash
    // The shape's parts that do not depend on the token's case (`shape(_:parts:capsLine:)`).
    let digits = scalars.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    let shapeParts =
      (digits ? 1 : 0) | UInt16(min(scalars.count, 8)) << 1 | (scalars.count == 1 ? 0x20 : 0)
      | (hasArticle ? 0x40 : 0) | (proclitic ? 0x80 : 0)
    var cluster = clusters.find(token.hash)
    if cluster == 0 { cluster = clusters.fallbackClusters(word: token.hash, stem: stemHash, unclitic: uncliticHash) }
    return EntityTaggerWordCache.Facts(
      stem: stemHash, unclitic: uncliticHash, prefix2: TokenizedText.hash(stem.prefix(2)),
      prefix3: stem.count > 3 ? TokenizedText.hash(stem.prefix(3)) : 1, suffix1: TokenizedText.hash(stem.suffix(1)),
      suffix2: TokenizedText.hash(stem.suffix(2)), suffix3: stem.count > 3 ? TokenizedText.hash(stem.suffix(3)) : 1,
      caseUsage: token.isLatin ? UInt64(caseUsages[token.hash] ?? 0) : 7, cluster: cluster, shapeParts: shapeParts,
      organizationHead: OrganizationHeadWords.shipped.contains(word: token.hash, stem: stemHash, unclitic: uncliticHash)
    )
  }

  /// Script, case (unknown in an all-caps line), digits, length and article, as one small
  /// number. `parts` holds what depends on the word alone: bit 0 digits only, bits 1-4 the
  /// length up to 8, bit 5 a single scalar, bit 6 the article, bit 7 a proclitic before it.
  private static func shape(_ token: TokenizedText.Token, parts: UInt16, capsLine: Bool) -> UInt64 {
    if parts & 1 != 0 { return 1 }
    let length = UInt64((parts >> 1) & 0xF)
    if token.isLatin {
      let caseClass: UInt64 =
        capsLine ? 6 : token.isAllUppercase ? (parts & 0x20 != 0 ? 2 : 3) : token.startsUppercase ? 4 : 5
      return 16 + caseClass * 16 + length
    }
    return 256 + (parts & 0x40 != 0 ? 16 : 0) + (parts & 0x80 != 0 ? 32 : 0) + length
  }

  /// What stands before the token: the start, a sentence end, a comma, a quote, a bracket, a
  /// colon or other punctuation, and whether only spaces separate it from the previous token.
  private static func punctuationClass(_ token: TokenizedText.Token) -> UInt64 {
    let before = token.scalarBefore
    let kind: UInt64
    switch before {
    case 0: kind = 1
    case 0x2E, 0x21, 0x3F, 0x061F, 0x0A, 0x0D, 0x06D4: kind = 2
    case 0x2C, 0x060C, 0x3B, 0x061B: kind = 3
    case 0x28, 0x5B, 0x29, 0x5D: kind = 5
    case 0x3A: kind = 6
    default: kind = TokenizedText.isQuote(before) ? 4 : 7
    }
    return kind * 4 + (token.joinsPrevious ? 1 : 0) + (token.looselyJoinsPrevious ? 2 : 0)
  }

  /// The buckets of every token's features, `featuresPerToken` per token, appended to `buckets`.
  func features(
    of text: TokenizedText, facts: TokenFacts, gazetteer: [UInt8], cues: [UInt8], into buckets: inout [Int32]
  ) {
    let count = text.tokens.count
    let perToken = Self.featuresPerToken
    let boundary: UInt64 = 0xB0B0
    let mask = mask
    // Written through a buffer pointer, template by template: a nested closure that appends
    // kept the array's uniqueness check and a call per feature on the stage's hottest path. The
    // array is made uninitialized, every slot written once: appending zeros first stored them
    // one by one.
    let written = [Int32](unsafeUninitializedCapacity: count * perToken) { all, initialized in
      initialized = 0
      guard let base = all.baseAddress else { return }
      initialized = count * perToken
      @inline(__always) func at(_ array: [UInt64], _ position: Int) -> UInt64 {
        position >= 0 && position < count ? array[position] : boundary
      }
      @inline(__always) func cluster(_ position: Int) -> UInt64 {
        position >= 0 ? UInt64(facts.cluster[position]) : 0xFFFF_FFFF
      }
      @inline(__always) func small(_ array: [UInt8], _ position: Int) -> UInt64 {
        position >= 0 && position < count ? UInt64(array[position]) : 0x1FF
      }
      for i in 0..<count {
        let shape = facts.shape[i]
        let gaz = UInt64(gazetteer[i])
        let cue = UInt64(cues[i])
        let stem = facts.stem[i]
        let usage = facts.caseUsage[i]
        let club = UInt64(facts.club[i])
        let previousStem = at(facts.stem, i - 1)
        let nextStem = at(facts.stem, i + 1)
        let packed = UInt64(facts.cluster[i])
        let mid = packed >> 12
        // How far back (1...3 tokens, within one run of words) the nearest organization head
        // stands: the words a head governs are part of its name (وزارة الخارجية القطرية).
        var headBefore: UInt64 = 0
        var distance = 1
        while distance <= 3, i - distance >= 0, text.tokens[i - distance + 1].joinsPrevious {
          if facts.organizationHead[i - distance] {
            headBefore = TokenizedText.combine(UInt64(distance), shape)
            break
          }
          distance += 1
        }
        let values:
          (
            UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
            UInt64,
            UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
            UInt64,
            UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
            UInt64, UInt64, UInt64, UInt64
          ) = (
            0, facts.word[i], stem, facts.unclitic[i], facts.prefix2[i], facts.prefix3[i], facts.suffix1[i],
            facts.suffix2[i], facts.suffix3[i], shape, facts.punctuation[i], gaz, cue, previousStem, nextStem,
            at(facts.stem, i - 2), at(facts.stem, i + 2), small(gazetteer, i - 1), small(gazetteer, i + 1),
            small(cues, i - 1), small(cues, i + 1), TokenizedText.combine(at(facts.shape, i - 1), shape),
            TokenizedText.combine(shape, at(facts.shape, i + 1)), TokenizedText.combine(previousStem, stem),
            TokenizedText.combine(stem, nextStem), TokenizedText.combine(shape, facts.punctuation[i]),
            TokenizedText.combine(small(cues, i - 1), shape), TokenizedText.combine(gaz, shape),
            TokenizedText.combine(at(facts.suffix2, i - 1), facts.suffix2[i]),
            TokenizedText.combine(at(facts.punctuation, i + 1), shape),
            usage, TokenizedText.combine(usage, shape), TokenizedText.combine(usage, facts.punctuation[i]),
            club, TokenizedText.combine(club, usage),
            packed, mid, TokenizedText.combine(cluster(i - 1) >> 12, mid),
            headBefore
          )
        withUnsafeBytes(of: values) { raw in
          let row = base.advanced(by: i &* perToken)
          for template in 0..<perToken {
            let value = raw.load(fromByteOffset: template &* 8, as: UInt64.self)
            let hash = TokenizedText.combine(UInt64(template &+ 1) &* 0x2545_F491_4F6C_DD1D, value)
            row[template] = Int32(bitPattern: UInt32(truncatingIfNeeded: hash ^ (hash >> 29)) & mask)
          }
        }
      }
    }
    if buckets.isEmpty { buckets = written } else { buckets += written }
  }
}
