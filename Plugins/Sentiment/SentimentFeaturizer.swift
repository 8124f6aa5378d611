import WorkbenchText

/// Turns tokens of a prepared text into hashed, weighted features for the linear model, with
/// no per-token allocation.
///
/// The text is normalized with WorkbenchText's retrieval folds (`LightStemmer.normalizer`:
/// diacritics, tatweel, alef/ya/ta-marbuta/hamza variants, digits, punctuation, case) and cut
/// by its `Tokenizer`. Features, each hashed into `1 << bucketBits` buckets with its own salt:
/// - the normalized word and its `LightStemmer` stem (clitics and inflections stripped); words
///   in a negation scope get separate "negated" features, so `لم ينجح` and `ينجح` learn
///   different weights;
/// - stem bigrams within a clause;
/// - character 3- and 4-grams of each word with boundary marks (elongations such as حلوووو
///   collapsed), which carry roots and dialect spellings the word features miss;
/// - emoji and pictographs as tokens;
/// - market and quantity direction: a direction word (rose, fell; ارتفع، تراجع) paired with the
///   quantity named near it, valued (shares, exports), costly (unemployment, prices) or none
///   (`SentimentDirectionWord`).
/// Negators open a scope over the next three content words of the clause (`ما` only before a
/// word that can be a verb; English `n't` counts). Intensifiers scale the word they modify by
/// 1.5, diminishers by 0.5: rules applied in training and prediction alike.
struct SentimentFeaturizer: Sendable {
  /// The format of the features: a model records it and refuses another.
  static let version = 3
  /// Words longer than this contribute their first `maxWordLength` scalars to n-grams.
  static let maxWordLength = 40
  static let normalizer = LightStemmer.normalizer
  /// Hashtags are split into `#` and words (their words carry tone in tweets); URLs, e-mail
  /// addresses and @mentions are whole tokens and ignored.
  static let tokenizer = Tokenizer(options: [.urls, .emails, .mentions])

  let bucketBits: Int
  private let mask: Int
  private let roles: [UInt64: SentimentWordRole]
  private let directions: [UInt64: SentimentDirectionWord]
  private let stemmer = LightStemmer()

  init(bucketBits: Int) {
    self.bucketBits = bucketBits
    self.mask = (1 << bucketBits) - 1
    self.roles = Self.table(SentimentWordRole.words)
    self.directions = Self.table(SentimentDirectionWord.words)
  }

  /// Each word of `words` (as written) by the hash of its normalized form, as tokens are looked up.
  private static func table<Kind>(_ words: [Kind: [String]]) -> [UInt64: Kind] {
    var table: [UInt64: Kind] = [:]
    for (kind, members) in words {
      for word in members {
        let normalized = normalizer.normalize(word).scalars
        table[hash(normalized, 0..<normalized.count)] = kind
      }
    }
    return table
  }

  /// Calls `body(bucket, value)` for every feature of `text.tokens[tokens]` and returns the sum
  /// of the squared values, by which a model divides its dot products.
  func forEachFeature(
    in text: SentimentText, tokens: Range<Int>, _ body: (Int, Float) -> Void
  ) -> Float {
    let scalars = text.normalized.scalars
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maxWordLength + 2) { buffer in
      let buffer = buffer.baseAddress!
      var state = State()
      var squares: Float = 0
      func emit(_ bucket: Int, _ value: Float) {
        squares += value * value
        body(bucket, value)
      }
      for index in tokens {
        let token = text.tokens[index]
        switch token.kind {
        case .word:
          let length = Self.collapse(token, scalars, into: buffer)
          guard length > 0 else { continue }
          let word = features(of: token, scalars, buffer: buffer, length: length)
          applyRules(
            word, index: index, text: text, &state, emit, emitWord: { _, bucket, value in emit(bucket, value) },
            emitBigram: { emit($0, 1) })
          forEachNGram(buffer, length: length) { emit($0, Self.nGramValue) }
        case .punctuation:
          if Self.isClauseBreak(scalars[token.start].value) {
            state.endClause { emit(directionBucket($0), Self.directionValue) }
          }
        case .symbol:
          emit(symbolBucket(scalars[token.start].value), 1)
        case .number, .url, .email, .hashtag, .mention:
          continue
        }
      }
      state.endClause { emit(directionBucket($0), Self.directionValue) }
      return squares
    }
  }

  /// Adds the dot products of the features of `text.tokens[tokens]` with `weights` (by bucket
  /// then class) to `scores` and returns the sum of the squared feature values: the same
  /// features as `forEachFeature`, but each distinct word's context-free part (stem, role,
  /// character n-grams and their summed weights) is computed once per `cache` (and the
  /// tables it reads). Tokens inside `masked` (sorted, disjoint token ranges) are passed over.
  func score(
    in text: SentimentText, tokens: Range<Int>, masked: [Range<Int>] = [], cache: inout SentimentWordCache,
    weights: UnsafeBufferPointer<Float>, scores: UnsafeMutableBufferPointer<Float>
  ) -> Float {
    let scalars = text.normalized.scalars
    let classes = scores.count
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maxWordLength + 2) { buffer in
      let buffer = buffer.baseAddress!
      var state = State()
      var squares: Float = 0
      @inline(__always) func emit(_ bucket: Int, _ value: Float) {
        squares += value * value
        let row = bucket &* classes
        for label in 0..<classes { scores[label] += value * weights[row &+ label] }
      }
      // First every word's entry, with copies of its floats and of the weights of its stem
      // bigram (the bigram follows the words alone: clause breaks end it, masked tokens do not
      // count), then the rules and sums over those copies. The look-ups of successive words do
      // not wait on each other's scoring, so their cache misses overlap; the sums are the
      // same products in the same order.
      let stride = SentimentWordTable.floatsPerWord(classes)
      let perToken = stride + classes
      return withUnsafeTemporaryAllocation(of: Int32.self, capacity: tokens.count) { entries in
        withUnsafeTemporaryAllocation(of: Float.self, capacity: tokens.count * perToken) { copies in
          let copies = copies.baseAddress!
          var nextMask = 0
          var previousStem: UInt64? = nil
          for index in tokens {
            var entry: Int32 = -1
            let offset = index &- tokens.lowerBound
            defer { entries[offset] = entry }
            if nextMask < masked.count {
              while nextMask < masked.count, masked[nextMask].upperBound <= index { nextMask += 1 }
              if nextMask < masked.count, masked[nextMask].contains(index) {
                entry = -2
                continue
              }
            }
            let token = text.tokens[index]
            guard token.kind == .word else {
              if token.kind == .punctuation, Self.isClauseBreak(scalars[token.start].value) { previousStem = nil }
              continue
            }
            let found = cache.entry(for: token, scalars) { floats in
              let length = Self.collapse(token, scalars, into: buffer)
              guard length > 0 else { return nil }
              var count = 0
              forEachNGram(buffer, length: length) { bucket in
                count += 1
                let row = bucket &* classes
                for label in 0..<classes { floats[label] += Self.nGramValue * weights[row &+ label] }
              }
              let word = features(of: token, scalars, buffer: buffer, length: length)
              func keep(_ kind: WordWeights, _ bucket: Int) {
                for label in 0..<classes {
                  floats[kind.rawValue &* classes &+ label] = weights[bucket &* classes &+ label]
                }
              }
              keep(.surface, word.surface)
              keep(.negatedSurface, word.negatedSurface)
              keep(.stem, word.stemBucket)
              keep(.negatedStem, word.negatedStem)
              return (word, count)
            }
            guard found >= 0 else { continue }
            entry = Int32(truncatingIfNeeded: found)
            let copy = copies + offset &* perToken
            cache.copyFloats(found, to: copy)
            let stem = cache.features(found).stem
            if let previous = previousStem {
              let row = bigramBucket(previous, stem) &* classes
              for label in 0..<classes { copy[stride &+ label] = weights[row &+ label] }
            }
            previousStem = stem
          }
          for index in tokens {
            let offset = index &- tokens.lowerBound
            let stored = entries[offset]
            if stored == -2 { continue }
            let token = text.tokens[index]
            switch token.kind {
            case .word:
              guard stored >= 0 else { continue }
              let entry = Int(stored)
              let copy = copies + offset &* perToken
              applyRules(
                cache.features(entry), index: index, text: text, &state, emit,
                emitWord: { kind, _, value in
                  squares += value * value
                  let start = kind.rawValue &* classes
                  for label in 0..<classes { scores[label] += value * copy[start &+ label] }
                },
                emitBigram: { _ in
                  squares += 1
                  for label in 0..<classes { scores[label] += copy[stride &+ label] }
                })
              squares += Float(cache.nGramCount(entry)) * Self.nGramValue * Self.nGramValue
              for label in 0..<classes { scores[label] += copy[label] }
            case .punctuation:
              if Self.isClauseBreak(scalars[token.start].value) {
                state.endClause { emit(directionBucket($0), Self.directionValue) }
              }
            case .symbol:
              emit(symbolBucket(scalars[token.start].value), 1)
            case .number, .url, .email, .hashtag, .mention:
              continue
            }
          }
          state.endClause { emit(directionBucket($0), Self.directionValue) }
          return squares
        }
      }
    }
  }

  /// The value of a direction pair's feature: larger than a word's, so that in a sentence of
  /// many words the pair still weighs. On the cross-validated news training sentences, values
  /// 1, 2, 3, 4, 6 gave macro-F1 0.761, 0.775, 0.788, 0.800, 0.813; 4 is kept, not more, so
  /// that a pair read wrongly does not override the rest of its sentence.
  static let directionValue: Float = 4
  /// The value of every character n-gram feature.
  static let nGramValue: Float = 0.5

  private struct State {
    var previousStem: UInt64? = nil
    var previousUnigram: (bucket: Int, value: Float)? = nil
    var negationLeft = 0
    var verbNegationPending = false
    var nextScale: Float = 1
    var direction = DirectionState()

    mutating func endClause(_ emitPair: (UInt64) -> Void) {
      direction.flush(emitPair)
      direction = DirectionState()
      previousStem = nil
      previousUnigram = nil
      negationLeft = 0
      verbNegationPending = false
      nextScale = 1
    }
  }

  /// The quantities named since the last direction word of the clause, and a direction word
  /// still looking for its quantity among the next words. Pairs are reported as codes
  /// (`code(_:_:)`), which the featurizer hashes into buckets. Positions are ordinals of the
  /// clause's content words, so that a word far from any direction word costs one increment.
  private struct DirectionState {
    static let never = Int.min / 2
    var words = 0
    var costlyAt = never
    var valuedAt = never
    var pending: SentimentDirectionWord? = nil
    var pendingUntil = 0
    var pendingCostly = false

    /// Reports the pending direction word's pair with what it found (a costly quantity or none).
    mutating func flush(_ emitPair: (UInt64) -> Void) {
      guard let direction = pending else { return }
      emitPair(Self.code(direction, pendingCostly ? .costlyWhenHigher : nil))
      pending = nil
    }

    @inline(__always)
    mutating func read(_ kind: SentimentDirectionWord?, negated: Bool, _ emitPair: (UInt64) -> Void) {
      words &+= 1
      if kind != nil || pending != nil { pair(kind, negated: negated, emitPair) }
    }

    private mutating func pair(_ kind: SentimentDirectionWord?, negated: Bool, _ emitPair: (UInt64) -> Void) {
      let before = SentimentDirectionWord.pairingDistanceBefore
      switch kind {
      case .rises?, .falls?:
        flush(emitPair)
        // "did not rise" reads as the opposite move.
        let direction: SentimentDirectionWord = (kind == .rises) != negated ? .rises : .falls
        if words - valuedAt <= before + 1 {
          emitPair(Self.code(direction, .valuedWhenHigher))
        } else {
          pending = direction
          pendingCostly = words - costlyAt <= before + 1
          pendingUntil = words + SentimentDirectionWord.pairingDistanceAfter
        }
        costlyAt = Self.never
        valuedAt = Self.never
        return
      case .valuedWhenHigher?:
        if let direction = pending {
          emitPair(Self.code(direction, .valuedWhenHigher))
          pending = nil
        } else {
          valuedAt = words
        }
        return
      case .costlyWhenHigher?:
        if pending != nil { pendingCostly = true }
        costlyAt = words
      case nil:
        break
      }
      if pending != nil, words >= pendingUntil { flush(emitPair) }
    }

    /// One code per (direction, quantity kind) pair.
    static func code(_ direction: SentimentDirectionWord, _ quantity: SentimentDirectionWord?) -> UInt64 {
      UInt64(direction.rawValue) &* 8 &+ UInt64(quantity.map { $0.rawValue &+ 1 } ?? 0)
    }
  }

  /// Copies the normalized word into `buffer`, elongations collapsed to two repeats and cut at
  /// `maxWordLength`, and returns its length: what hashing and n-grams read.
  @inline(__always)
  private static func collapse(_ token: Token, _ scalars: [Unicode.Scalar], into buffer: UnsafeMutablePointer<UInt32>)
    -> Int
  {
    var length = 0
    for position in token.start..<token.end where length < maxWordLength {
      let value = scalars[position].value
      if length >= 2, buffer[length - 1] == value, buffer[length - 2] == value { continue }
      buffer[length] = value
      length += 1
    }
    return length
  }

  /// The context-free part of a word's features.
  private func features(
    of token: Token, _ scalars: [Unicode.Scalar], buffer: UnsafeMutablePointer<UInt32>, length: Int
  ) -> SentimentWordFeatures {
    var surface = Self.basis
    for position in 0..<length { surface = Self.step(surface, buffer[position]) }
    let stemRange = stemmer.stem(scalars, token.range)
    let stem = stemRange == token.range ? surface : Self.hash(scalars, stemRange)
    let startsWithArticle = length > 2 && buffer[0] == 0x0627 && buffer[1] == 0x0644
    return SentimentWordFeatures(
      surface: bucket(surface, salt: 1), negatedSurface: bucket(surface, salt: 2),
      stem: stem, stemDiffers: stem != surface,
      stemBucket: bucket(stem, salt: 3), negatedStem: bucket(stem, salt: 4),
      role: roles[surface] ?? roles[stem],
      direction: directions[surface] ?? directions[stem],
      canOpenVerb: SentimentWordRole.canOpenVerb(buffer[0]) && !startsWithArticle,
      isLoneT: length == 1 && buffer[0] == 0x74)
  }

  /// The context rules (negation scopes, intensifiers, bigrams) and the word and stem features:
  /// the word's own buckets go to `emitWord(kind, bucket, value)`, the stem bigram with the
  /// previous word to `emitBigram(bucket)` (value 1), the others to `emit`.
  @inline(__always)
  private func applyRules(
    _ word: SentimentWordFeatures, index: Int, text: SentimentText, _ state: inout State, _ emit: (Int, Float) -> Void,
    emitWord: (WordWeights, Int, Float) -> Void, emitBigram: (Int) -> Void
  ) {
    let scalars = text.normalized.scalars
    var role = word.role
    // English n't: "don" "'" "t".
    if role == nil, word.isLoneT, index >= 2,
      text.tokens[index - 1].kind == .punctuation, scalars[text.tokens[index - 1].start].value == 0x27
    {
      role = .negator
    }

    var negated = state.negationLeft > 0
    if state.verbNegationPending {
      state.verbNegationPending = false
      if word.canOpenVerb, role == nil {
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

    let surfaceBucket = negated ? word.negatedSurface : word.surface
    emitWord(negated ? .negatedSurface : .surface, surfaceBucket, scale)
    var unigram = surfaceBucket
    if word.stemDiffers {
      unigram = negated ? word.negatedStem : word.stemBucket
      emitWord(negated ? .negatedStem : .stem, unigram, scale)
    }
    if role == nil { state.previousUnigram = (unigram, scale) }
    if role == nil || word.direction != nil {
      state.direction.read(word.direction, negated: negated) { emit(directionBucket($0), Self.directionValue) }
    }
    if let previous = state.previousStem { emitBigram(bigramBucket(previous, word.stem)) }
    state.previousStem = word.stem
  }

  /// Calls `body(bucket)` for the character 3- and 4-grams of "<word>" (each of value
  /// `nGramValue`).
  @inline(__always)
  private func forEachNGram(_ buffer: UnsafeMutablePointer<UInt32>, length: Int, _ body: (Int) -> Void) {
    let padded = length + 2
    @inline(__always) func scalar(_ index: Int) -> UInt32 {
      index == 0 ? 0x3C : index == padded - 1 ? 0x3E : buffer[index - 1]
    }
    for end in 2..<padded {
      let h3 = Self.step(Self.step(Self.step(Self.basis, scalar(end - 2)), scalar(end - 1)), scalar(end))
      body(bucket(h3, salt: 6))
      if end >= 3 {
        let h4 = Self.step(
          Self.step(Self.step(Self.step(Self.basis, scalar(end - 3)), scalar(end - 2)), scalar(end - 1)), scalar(end))
        body(bucket(h4, salt: 8))
      }
    }
  }

  @inline(__always)
  private func bigramBucket(_ previousStem: UInt64, _ stem: UInt64) -> Int {
    bucket((previousStem &* 0x0000_0100_0000_01B3) ^ stem, salt: 5)
  }

  @inline(__always)
  private func directionBucket(_ code: UInt64) -> Int { bucket(code, salt: 9) }

  @inline(__always)
  private func symbolBucket(_ value: UInt32) -> Int { bucket(Self.step(Self.basis, value), salt: 7) }

  /// , . ; : ! ? … brackets and quotes end a clause (negation scope, bigrams).
  private static func isClauseBreak(_ value: UInt32) -> Bool {
    switch value {
    case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x28, 0x29, 0x5B, 0x5D, 0x2026, 0x00AB, 0x00BB,
      0x201C, 0x201D, 0x060C, 0x061B, 0x061F:
      return true
    default:
      return false
    }
  }

  // MARK: hashing

  static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

  @inline(__always)
  static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
  }

  static func hash(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
    var hash = basis
    var last: UInt32 = 0
    var beforeLast: UInt32 = 0
    var length = 0
    for position in range where length < maxWordLength {
      let value = scalars[position].value
      if length >= 2, value == last, value == beforeLast { continue }
      hash = step(hash, value)
      beforeLast = last
      last = value
      length += 1
    }
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
}
