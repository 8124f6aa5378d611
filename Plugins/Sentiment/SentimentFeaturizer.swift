/// Turns a span of text into hashed, weighted features for the linear model, in one pass over
/// its scalars with no per-token allocation.
///
/// Features, each hashed into `1 << bucketBits` buckets with its own salt:
/// - the folded word (see `SentimentScalar.fold`) and its stem after Arabic proclitics
///   (و ف, ال, بال كال لل) or the English possessive are stripped; words in a negation scope
///   get separate "negated" features, so `لم ينجح` and `ينجح` learn different weights;
/// - stem bigrams within a clause;
/// - character 3- and 4-grams of each folded word with boundary marks, which carry roots and
///   dialect spellings the word features miss;
/// - emoji and pictographs as tokens.
/// Negators open a scope over the next three content words of the clause (`ما` only before a
/// word that can be a verb). Intensifiers scale the word they modify by 1.5, diminishers by
/// 0.5 (rules applied in training and prediction alike).
struct SentimentFeaturizer: Sendable {
  /// The format of the features: a model records it and refuses another.
  static let version = 1
  /// Words longer than this contribute their first `maxWordLength` scalars.
  static let maxWordLength = 40

  let bucketBits: Int
  private let mask: Int
  private let roles: [UInt64: SentimentWordRole]

  init(bucketBits: Int) {
    self.bucketBits = bucketBits
    self.mask = (1 << bucketBits) - 1
    var roles: [UInt64: SentimentWordRole] = [:]
    for (role, words) in SentimentWordRole.words {
      for word in words { roles[Self.foldedHash(word)] = role }
    }
    self.roles = roles
  }

  /// Calls `body(bucket, value)` for every feature of `scalars` (raw scalar values) and returns
  /// the sum of the squared values, by which a model divides its dot products.
  func forEachFeature(
    in scalars: UnsafeBufferPointer<UInt32>, _ body: (Int, Float) -> Void
  ) -> Float {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maxWordLength + 2) { buffer in
      var state = State(word: buffer.baseAddress!)
      var squares: Float = 0
      func emit(_ bucket: Int, _ value: Float) {
        squares += value * value
        body(bucket, value)
      }
      for raw in scalars {
        let folded = SentimentScalar.fold(raw)
        if folded == SentimentScalar.dropped { continue }
        if folded < SentimentScalar.symbolFlag {
          if folded == 0x27, state.length == 0 || state.word[state.length - 1] >= 0x250 {
            endWord(&state, emit)
            continue
          }
          state.append(folded)
          continue
        }
        endWord(&state, emit)
        if folded == SentimentScalar.clauseBreak {
          state.endClause()
        } else if folded != SentimentScalar.wordBreak {
          emit(bucket(hashStep(Self.basis, folded), salt: 7), 1)
        }
      }
      endWord(&state, emit)
      return squares
    }
  }

  private struct State {
    let word: UnsafeMutablePointer<UInt32>
    var length = 0
    var previousStem: UInt64? = nil
    var previousUnigram: (bucket: Int, value: Float)? = nil
    var negationLeft = 0
    var verbNegationPending = false
    var nextScale: Float = 1

    init(word: UnsafeMutablePointer<UInt32>) { self.word = word }

    mutating func append(_ folded: UInt32) {
      guard length < SentimentFeaturizer.maxWordLength else { return }
      // Elongation (حلوووو, sooooo) keeps at most two repeats.
      if length >= 2, word[length - 1] == folded, word[length - 2] == folded { return }
      word[length] = folded
      length += 1
    }

    mutating func endClause() {
      previousStem = nil
      previousUnigram = nil
      negationLeft = 0
      verbNegationPending = false
      nextScale = 1
    }
  }

  private func endWord(_ state: inout State, _ emit: (Int, Float) -> Void) {
    var length = state.length
    state.length = 0
    while length > 0, state.word[length - 1] == 0x27 { length -= 1 }
    guard length > 0 else { return }
    let word = state.word
    let surface = hash(word, 0, length)
    let stemStart = SentimentScalar.isArabic(word[0]) ? Self.procliticLength(word, length) : 0
    var stemEnd = length
    if length > 3, word[length - 2] == 0x27, word[length - 1] == 0x73 { stemEnd = length - 2 }  // 's
    let stem = stemStart == 0 && stemEnd == length ? surface : hash(word, stemStart, stemEnd)
    let role = roles[surface] ?? roles[stem]

    var negated = state.negationLeft > 0
    if state.verbNegationPending {
      state.verbNegationPending = false
      let startsWithArticle = length > 2 && word[0] == 0x0627 && word[1] == 0x0644
      if SentimentWordRole.canOpenVerb(word[0]), !startsWithArticle, role == nil {
        negated = true
        state.negationLeft = 3
      }
    }
    let scale = state.nextScale
    state.nextScale = 1

    switch role {
    case .negator:
      state.negationLeft = 3
      negated = false
    case .negatorBeforeVerb:
      state.verbNegationPending = true
    case .intensifierBefore:
      state.nextScale = 1.5
    case .diminisherBefore:
      state.nextScale = 0.5
    case .intensifierAfter:
      if let previous = state.previousUnigram { emit(previous.bucket, 0.5 * previous.value) }
    case .diminisherAfter:
      if let previous = state.previousUnigram { emit(previous.bucket, -0.5 * previous.value) }
    case nil:
      if negated { state.negationLeft -= 1 }
    }

    let surfaceBucket = bucket(surface, salt: negated ? 2 : 1)
    emit(surfaceBucket, scale)
    var unigram = surfaceBucket
    if stem != surface {
      unigram = bucket(stem, salt: negated ? 4 : 3)
      emit(unigram, scale)
    }
    if role == nil { state.previousUnigram = (unigram, scale) }
    if let previous = state.previousStem {
      emit(bucket((previous &* 0x0000_0100_0000_01B3) ^ stem, salt: 5), 1)
    }
    state.previousStem = stem

    // Character n-grams over "<word>".
    let padded = length + 2
    @inline(__always) func scalar(_ index: Int) -> UInt32 {
      index == 0 ? 0x3C : index == padded - 1 ? 0x3E : word[index - 1]
    }
    if padded >= 3 {
      for end in 2..<padded {
        let h3 = hashStep(hashStep(hashStep(Self.basis, scalar(end - 2)), scalar(end - 1)), scalar(end))
        emit(bucket(h3, salt: 6), 0.5)
        if end >= 3 {
          let h4 = hashStep(hashStep(hashStep(hashStep(Self.basis, scalar(end - 3)), scalar(end - 2)), scalar(end - 1)), scalar(end))
          emit(bucket(h4, salt: 8), 0.5)
        }
      }
    }
  }

  /// How many leading scalars of a folded Arabic word are proclitics: و or ف, then the article
  /// (ال) alone or after ب ك ل, or لل. The stem keeps at least three letters.
  static func procliticLength(_ word: UnsafeMutablePointer<UInt32>, _ length: Int) -> Int {
    let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644
    var start = 0
    func hasArticle(at index: Int) -> Int {
      let left = length - index
      if left >= 5, word[index] == alef, word[index + 1] == lam { return 2 }
      if left >= 6, word[index] == 0x0628 || word[index] == 0x0643 || word[index] == lam,
        word[index + 1] == alef, word[index + 2] == lam
      {
        return 3
      }
      if left >= 5, word[index] == lam, word[index + 1] == lam { return 2 }
      return 0
    }
    if length >= 5, word[0] == 0x0648 || word[0] == 0x0641 {
      if hasArticle(at: 1) > 0 || length >= 6 { start = 1 }
    }
    start += hasArticle(at: start)
    return start
  }

  // MARK: hashing

  static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

  @inline(__always)
  private func hashStep(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
  }

  @inline(__always)
  private func hash(_ word: UnsafeMutablePointer<UInt32>, _ start: Int, _ end: Int) -> UInt64 {
    var hash = Self.basis
    for index in start..<end { hash = hashStep(hash, word[index]) }
    return hash
  }

  @inline(__always)
  private func bucket(_ hash: UInt64, salt: UInt64) -> Int {
    var mixed = hash ^ (salt &* 0x9E37_79B9_7F4A_7C15)
    mixed ^= mixed >> 33
    mixed &*= 0xFF51_AFD7_ED55_8CCD
    mixed ^= mixed >> 33
    mixed &*= 0xC4CE_B1B2_FE1A_C985
    mixed ^= mixed >> 33
    return Int(truncatingIfNeeded: mixed) & mask
  }

  /// The hash of a word as the featurizer folds it: how role words are looked up.
  static func foldedHash(_ word: String) -> UInt64 {
    var hash = basis
    for scalar in word.unicodeScalars {
      let folded = SentimentScalar.fold(scalar.value)
      guard folded != SentimentScalar.dropped, folded < SentimentScalar.symbolFlag else { continue }
      hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
