/// The features the entity tagger scores each token by, hashed into `1 << bucketBits` buckets.
///
/// Chosen to carry over to names never seen in training: besides the word itself, its form
/// without Arabic proclitics and article (so `وبموسكو` and `موسكو` share weights, and news text,
/// which is not clitic-segmented, reads like segmented training text), its first and last
/// letters, its shape (script, capitals, digits, article), the punctuation before it, the
/// knowledge base's view of it (inside a person, place or organization alias, a demonym, at
/// the start or inside, freely linkable or not), cue words (titles, organization and place
/// words, function words), and the same facts about its neighbours.
struct EntityTaggerFeaturizer: Sendable {
  /// Changes whenever a feature changes: a model trained on other features is refused.
  static let version = 1
  static let featuresPerToken = 30

  let bucketBits: Int
  private var mask: UInt32 { UInt32((1 << bucketBits) - 1) }

  init(bucketBits: Int) {
    self.bucketBits = bucketBits
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
  }

  /// The knowledge base's view of each token, from the alias occurrences the linker found:
  /// which entity types the alias may name, whether the token opens it, whether it is a full
  /// name (linkable without evidence).
  static func gazetteer(_ occurrences: [EntityLinker.Occurrence], index: AliasIndex, knowledgeBase: KnowledgeBase, tokenCount: Int)
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
    for key in [\TokenFacts.word, \.stem, \.unclitic, \.prefix2, \.prefix3, \.suffix1, \.suffix2, \.suffix3, \.shape, \.punctuation] {
      facts[keyPath: key].reserveCapacity(count)
    }
    for position in 0..<count {
      let token = text.tokens[position]
      let scalars = folded[Int(token.foldedStart)..<Int(token.foldedEnd)]
      let start = scalars.startIndex
      let end = scalars.endIndex
      var stemStart = start
      var hasArticle = false
      var proclitic = false
      if !token.isLatin {
        var cursor = start
        if end - cursor >= 4, scalars[cursor] == 0x0648 || scalars[cursor] == 0x0641 { cursor += 1 }  // و ف
        if end - cursor >= 4, scalars[cursor] == 0x0628 || scalars[cursor] == 0x0643 || scalars[cursor] == 0x0644 {  // ب ك ل
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
      facts.word.append(token.hash)
      facts.stem.append(stemStart == start ? token.hash : TokenizedText.hash(stem))
      let first = scalars[start]
      let mayHaveClitic =
        !token.isLatin && end - start >= 4
        && (first == 0x0648 || first == 0x0641 || first == 0x0628 || first == 0x0644 || first == 0x0643)
      facts.unclitic.append(mayHaveClitic ? TokenizedText.hash(scalars[(start + 1)..<end]) : token.hash)
      facts.prefix2.append(TokenizedText.hash(stem.prefix(2)))
      facts.prefix3.append(stem.count > 3 ? TokenizedText.hash(stem.prefix(3)) : 1)
      facts.suffix1.append(TokenizedText.hash(stem.suffix(1)))
      facts.suffix2.append(TokenizedText.hash(stem.suffix(2)))
      facts.suffix3.append(stem.count > 3 ? TokenizedText.hash(stem.suffix(3)) : 1)
      facts.shape.append(Self.shape(token, scalars: scalars, hasArticle: hasArticle, proclitic: proclitic))
      facts.punctuation.append(Self.punctuationClass(token))
    }
    return facts
  }

  /// Script, case, digits, length and article, as one small number.
  private static func shape(
    _ token: TokenizedText.Token, scalars: Slice<UnsafeBufferPointer<UInt32>>, hasArticle: Bool, proclitic: Bool
  )
    -> UInt64
  {
    let digits = scalars.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    if digits { return 1 }
    let length = UInt64(min(scalars.count, 8))
    if token.isLatin {
      let caseClass: UInt64 =
        token.isAllUppercase ? (scalars.count == 1 ? 2 : 3) : token.startsUppercase ? 4 : 5
      return 16 + caseClass * 16 + length
    }
    return 256 + (hasArticle ? 16 : 0) + (proclitic ? 32 : 0) + length
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

  @inline(__always)
  private func bucket(_ template: UInt64, _ value: UInt64) -> Int32 {
    let hash = TokenizedText.combine(template &* 0x2545_F491_4F6C_DD1D, value)
    return Int32(bitPattern: UInt32(truncatingIfNeeded: hash ^ (hash >> 29)) & mask)
  }

  /// The buckets of every token's features, `featuresPerToken` per token, appended to `buckets`.
  func features(
    of text: TokenizedText, facts: TokenFacts, gazetteer: [UInt8], cues: [UInt8], into buckets: inout [Int32]
  ) {
    let count = text.tokens.count
    buckets.reserveCapacity(buckets.count + count * Self.featuresPerToken)
    let boundary: UInt64 = 0xB0B0
    func at(_ array: [UInt64], _ position: Int) -> UInt64 {
      position >= 0 && position < count ? array[position] : boundary
    }
    func small(_ array: [UInt8], _ position: Int) -> UInt64 {
      position >= 0 && position < count ? UInt64(array[position]) : 0x1FF
    }
    for i in 0..<count {
      let shape = facts.shape[i]
      let gaz = UInt64(gazetteer[i])
      let cue = UInt64(cues[i])
      let previousShape = at(facts.shape, i - 1)
      let nextShape = at(facts.shape, i + 1)
      var template: UInt64 = 0
      func add(_ value: UInt64) {
        template += 1
        buckets.append(bucket(template, value))
      }
      add(0)
      add(facts.word[i])
      add(facts.stem[i])
      add(facts.unclitic[i])
      add(facts.prefix2[i])
      add(facts.prefix3[i])
      add(facts.suffix1[i])
      add(facts.suffix2[i])
      add(facts.suffix3[i])
      add(shape)
      add(facts.punctuation[i])
      add(gaz)
      add(cue)
      add(at(facts.stem, i - 1))
      add(at(facts.stem, i + 1))
      add(at(facts.stem, i - 2))
      add(at(facts.stem, i + 2))
      add(small(gazetteer, i - 1))
      add(small(gazetteer, i + 1))
      add(small(cues, i - 1))
      add(small(cues, i + 1))
      add(TokenizedText.combine(previousShape, shape))
      add(TokenizedText.combine(shape, nextShape))
      add(TokenizedText.combine(at(facts.stem, i - 1), facts.stem[i]))
      add(TokenizedText.combine(facts.stem[i], at(facts.stem, i + 1)))
      add(TokenizedText.combine(shape, facts.punctuation[i]))
      add(TokenizedText.combine(small(cues, i - 1), shape))
      add(TokenizedText.combine(gaz, shape))
      add(TokenizedText.combine(at(facts.suffix2, i - 1), facts.suffix2[i]))
      add(TokenizedText.combine(at(facts.punctuation, i + 1), shape))
    }
  }
}
