/// A document cut into word tokens, each with its original scalar offsets, its folded scalars
/// and their hash: what the alias index is matched against.
///
/// Built in one pass over the UTF-8 bytes; the folded scalars of all tokens share one buffer.
struct TokenizedText {
  struct Token {
    /// Scalar offsets into the original text, end exclusive.
    var start: Int32
    var end: Int32
    /// UTF-8 offsets of the token in the source.
    var byteStart: Int32
    var byteEnd: Int32
    /// Range of the token's folded scalars in `folded`.
    var foldedStart: Int32
    var foldedEnd: Int32
    var hash: UInt64
    /// Only spaces (or a hyphen between Latin words) separate it from the previous token,
    /// so a multi-word name may continue across.
    var joinsPrevious: Bool
    /// Only spaces and quotation marks separate it from the previous token.
    var looselyJoinsPrevious: Bool
    var isLatin: Bool
    var startsUppercase: Bool
    var isAllUppercase: Bool
    /// The last scalar before the token that is not a space (0 at the start of the text).
    var scalarBefore: UInt32
  }

  var tokens: [Token] = []
  var folded: [UInt32] = []
  /// The original scalar offset of each folded scalar.
  var foldedOffsets: [Int32] = []
  /// The text as given, to quote titles and NIL names as written.
  let source: String
  /// The cue-word classes of each token (`CueWords.classify`), filled in by the linker.
  var cueClasses: [UInt8] = []
  /// Each token's clitic-stripped hashes (`AliasIndex.Variants`), set with `cueClasses` by
  /// `CueWords.classify`; empty before.
  var cliticVariants: [AliasIndex.Variants] = []
  /// The sentences (`EntityTaggerTrainer.sentences`), filled in by the linker: the tagger and
  /// the merging rules read them several times per text.
  var knownSentences: [Range<Int>]?

  /// For each scalar offset up to the last token's start, how many tokens start before it
  /// (`indexTokenStarts`): the linker's rules ask `tokens(within:)` for every mention in each
  /// of their passes, and a bisection per question cost more than filling this once. Empty
  /// until then.
  private(set) var tokensStartingBefore: [Int32] = []

  /// The token ranges of the sentences the tagger decodes one by one.
  var sentences: [Range<Int>] { knownSentences ?? EntityTaggerTrainer.sentences(of: self) }

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    source = text
    text.withUTF8 { bytes in build(bytes) }
  }

  static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

  @inline(__always)
  static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* fnvPrime
  }

  /// Combines a token hash into a sequence hash.
  @inline(__always)
  static func combine(_ sequence: UInt64, _ token: UInt64) -> UInt64 {
    (sequence &* 0x9E37_79B9_7F4A_7C15) ^ (token &+ 0x632B_E59B_D9B4_E019)
  }

  /// The hash of folded scalars, as tokens hash them.
  static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
    var hash = fnvOffset
    for value in scalars { hash = mix(hash, value) }
    return hash
  }

  private mutating func build(_ bytes: UnsafeBufferPointer<UInt8>) {
    // The folded scalars and their offsets are written straight into the arrays' storage, one
    // slot per byte (a text has no more scalars than bytes): filling buffers and copying them
    // into arrays afterwards copied 8 bytes per scalar again. Only a ligature that folds to more
    // scalars than it has bytes (ﷺ) can pass that; the text is then read again with room for
    // the widest expansion at every byte.
    var capacity = bytes.count + 16
    while true {
      var tokens: [Token] = []
      tokens.reserveCapacity(bytes.count / 6)
      var offsets: [Int32] = []
      var complete = true
      let folded = [UInt32](unsafeUninitializedCapacity: capacity) { foldedBuffer, foldedCount in
        offsets = [Int32](unsafeUninitializedCapacity: capacity) { offsetBuffer, offsetCount in
          let written = NameFolding.withWordFolds { wordFolds in
            Self.scan(
              bytes, into: &tokens, folded: foldedBuffer.baseAddress!, offsets: offsetBuffer.baseAddress!,
              capacity: capacity, wordFolds: wordFolds)
          }
          guard let count = written else {
            complete = false
            return
          }
          offsetCount = count
        }
        foldedCount = offsets.count
      }
      if complete {
        self.tokens = tokens
        self.folded = folded
        self.foldedOffsets = offsets
        return
      }
      capacity = bytes.count * NameFolding.widestExpansion + 16
    }
  }

  /// The scalar at `index` of UTF-8 bytes and its byte count; a sequence cut off by the end of
  /// the text reads as U+FFFD.
  @inline(__always)
  private static func decode(_ bytes: UnsafePointer<UInt8>, at index: Int, count: Int) -> (value: UInt32, length: Int) {
    let byte = bytes[index]
    if byte < 0x80 { return (UInt32(byte), 1) }
    if byte < 0xE0 {
      return (index + 1 < count ? (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F) : 0xFFFD, 2)
    }
    if byte < 0xF0 {
      return (
        index + 2 < count
          ? (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
          : 0xFFFD, 3
      )
    }
    return (
      index + 3 < count
        ? (UInt32(byte & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
          | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
        : 0xFFFD, 4
    )
  }

  /// Cuts the text into tokens, writing the folded scalars and their offsets into buffers of
  /// `capacity` values: the number written, or nil when an expanding ligature would pass the
  /// capacity.
  ///
  /// Two loops, one over the scalars between words and one over a word's scalars, so that
  /// neither tests which of the two it is in; each scalar is classified and folded by one read
  /// of `NameFolding.WordFolds`.
  private static func scan(
    _ buffer: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], folded: UnsafeMutablePointer<UInt32>,
    offsets: UnsafeMutablePointer<Int32>, capacity: Int, wordFolds: NameFolding.WordFolds
  ) -> Int? {
    let count = buffer.count
    guard count > 0, let bytes = buffer.baseAddress else { return 0 }
    var foldedCount = 0
    var index = 0
    var scalarOffset: Int32 = 0
    var gapIsSpace = false
    var gapIsLoose = false
    var gapHasHyphen = false
    var previousScalar: UInt32 = 0
    var (value, length) = decode(bytes, at: 0, count: count)
    var code = wordFolds.code(value)
    while true {
      // Between words.
      while code == NameFolding.notWord {
        if value == 0x2D || value == 0x2010 || value == 0x2011 {
          gapHasHyphen = true
          gapIsSpace = false
          gapIsLoose = false
        } else if value != 0x20 && value != 0xA0 && value != 0x200C {
          gapIsSpace = false
          if !isQuote(value) { gapIsLoose = false }
        }
        if value != 0x20 && value != 0xA0 { previousScalar = value }
        scalarOffset += 1
        index += length
        if index >= count { return foldedCount }
        (value, length) = decode(bytes, at: index, count: count)
        code = wordFolds.code(value)
      }
      // A word: its first scalar says how it joins the one before.
      let isLatin = value < 0x0250
      var token = Token(
        start: scalarOffset, end: 0, byteStart: Int32(index), byteEnd: 0, foldedStart: Int32(foldedCount),
        foldedEnd: 0, hash: fnvOffset, joinsPrevious: !tokens.isEmpty && gapIsSpace,
        looselyJoinsPrevious: !tokens.isEmpty && gapIsLoose, isLatin: isLatin,
        startsUppercase: (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE),
        isAllUppercase: true, scalarBefore: previousScalar)
      if gapHasHyphen, let last = tokens.last, last.isLatin, isLatin { token.joinsPrevious = true }
      var hash = fnvOffset
      var hasLowercase = false
      repeat {
        if code == NameFolding.expands {
          let parts = NameFolding.expansions[value] ?? []
          // Room kept for one value per byte still to read.
          guard foldedCount + parts.count + max(0, count - index - length) <= capacity else { return nil }
          for part in parts {
            folded[foldedCount] = part
            offsets[foldedCount] = scalarOffset
            foldedCount += 1
            hash = mix(hash, part)
          }
        } else if code != 0 {
          // There is a slot for every byte not yet read: a scalar of one folded value fits.
          folded[foldedCount] = code
          offsets[foldedCount] = scalarOffset
          foldedCount += 1
          hash = mix(hash, code)
        }
        if value &- 0x61 < 26 { hasLowercase = true }
        // A word's scalars are never spaces.
        previousScalar = value
        scalarOffset += 1
        index += length
        if index >= count { break }
        (value, length) = decode(bytes, at: index, count: count)
        code = wordFolds.code(value)
      } while code != NameFolding.notWord
      token.hash = hash
      token.isAllUppercase = !hasLowercase
      token.byteEnd = Int32(min(index, count))
      token.end = scalarOffset
      token.foldedEnd = Int32(foldedCount)
      if token.foldedEnd > token.foldedStart { tokens.append(token) }
      if index >= count { return foldedCount }
      gapIsSpace = true
      gapIsLoose = true
      gapHasHyphen = false
    }
  }

  @inline(__always)
  static func isQuote(_ value: UInt32) -> Bool {
    value == 0x22 || value == 0x27 || value == 0xAB || value == 0xBB || (value >= 0x2018 && value <= 0x201F)
  }

  /// The folded scalars of a token.
  @inline(__always)
  func foldedScalars(_ token: Int) -> ArraySlice<UInt32> {
    folded[Int(tokens[token].foldedStart)..<Int(tokens[token].foldedEnd)]
  }

  /// Fills `tokensStartingBefore`.
  mutating func indexTokenStarts() {
    guard let last = tokens.last else { return }
    let count = Int(last.start) + 1
    tokensStartingBefore = tokens.withUnsafeBufferPointer { tokens in
      [Int32](unsafeUninitializedCapacity: count) { table, initialized in
        var offset = 0
        for number in tokens.indices {
          // The offsets after the previous token's start, up to this one's, have `number`
          // tokens starting before them.
          let end = Int(tokens[number].start) + 1
          if offset < end {
            (table.baseAddress! + offset).initialize(repeating: Int32(number), count: end - offset)
            offset = end
          }
        }
        initialized = count
      }
    }
  }

  /// The original text of tokens `first..<end`, with what stands between them.
  func originalText(tokens first: Int, _ end: Int) -> String {
    let utf8 = source.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: Int(tokens[first].byteStart))
    let to = utf8.index(utf8.startIndex, offsetBy: Int(tokens[end - 1].byteEnd))
    return String(decoding: utf8[from..<to], as: UTF8.self)
  }

  func originalText(of token: Int) -> String {
    originalText(tokens: token, token + 1)
  }

  /// The tokens that lie wholly within scalar offsets `start..<end`: a run of tokens in text
  /// order, the first read from `tokensStartingBefore` once it is filled, else found by bisection.
  func tokens(within start: Int, _ end: Int) -> Range<Int> {
    var low = 0
    if !tokensStartingBefore.isEmpty {
      if start >= tokensStartingBefore.count {
        low = tokens.count
      } else if start > 0 {
        low = Int(tokensStartingBefore[start])
      }
    } else {
      var high = tokens.count
      while low < high {
        let middle = (low + high) / 2
        if Int(tokens[middle].start) < start { low = middle + 1 } else { high = middle }
      }
    }
    var upper = low
    while upper < tokens.count && Int(tokens[upper].end) <= end { upper += 1 }
    return low..<upper
  }

  /// Whether the one-letter capital token `position` continues a dotted abbreviation of
  /// capitals: the S of "U.S.", the K of "J.K.", a full stop and nothing else after a one-letter
  /// capital before it. A longer word is not ("Vitamin A.Then": a missing space, not a name).
  func continuesAbbreviation(_ position: Int) -> Bool {
    guard position > 0 else { return false }
    let token = tokens[position]
    let previous = tokens[position - 1]
    return token.scalarBefore == 0x2E && token.isLatin && token.startsUppercase && token.end - token.start == 1
      && previous.isLatin && previous.startsUppercase && previous.end - previous.start == 1
      && token.start == previous.end + 1
  }

  /// Whether capitalized token `position` follows a dotted abbreviation's last full stop and one
  /// space: "Virgin" of "U.S. Virgin Islands", a name the knowledge base holds whole.
  func followsAbbreviation(_ position: Int) -> Bool {
    guard position > 1 else { return false }
    let token = tokens[position]
    return token.scalarBefore == 0x2E && token.isLatin && token.startsUppercase
      && token.start == tokens[position - 1].end + 2 && endsAbbreviationBeforeStop(position - 1)
  }

  /// Whether the one-letter capital token `position` ends a dotted abbreviation whose last full
  /// stop follows it ("U.S." of "the U.S. said"): a mention of it ends after that stop.
  func endsAbbreviationBeforeStop(_ position: Int) -> Bool {
    let token = tokens[position]
    guard continuesAbbreviation(position) else { return false }
    let utf8 = source.utf8
    let after = Int(token.byteEnd)
    return after < utf8.count && utf8[utf8.index(utf8.startIndex, offsetBy: after)] == 0x2E
  }

  /// The UTF-8 offset of the scalar at `offset` (scalar offsets as in `Token.start`; the
  /// text's scalar count gives its byte count): from the nearest token that starts at or before
  /// it, counting the lead bytes in between.
  func byteOffset(ofScalar offset: Int) -> Int {
    // The last token starting at or before the offset, by bisection (tokens are in text order).
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if Int(tokens[middle].start) <= offset { low = middle + 1 } else { high = middle }
    }
    var scalar = 0
    var byte = 0
    if low > 0 {
      let token = tokens[low - 1]
      (scalar, byte) =
        offset >= Int(token.end) ? (Int(token.end), Int(token.byteEnd)) : (Int(token.start), Int(token.byteStart))
    }
    let utf8 = source.utf8
    return utf8.withContiguousStorageIfAvailable { bytes in
      var byte = byte
      while scalar < offset && byte < bytes.count {
        byte += 1
        while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        scalar += 1
      }
      return byte
    } ?? utf8.distance(from: utf8.startIndex, to: source.unicodeScalars.index(source.startIndex, offsetBy: offset))
  }

  /// The original text between two scalar offsets: what `String(scalars[start..<end])` of the
  /// text's scalars gives, without making the scalar array.
  func text(scalarsFrom start: Int, to end: Int) -> String {
    let from = byteOffset(ofScalar: start)
    let to = end == start ? from : byteOffset(ofScalar: end)
    let utf8 = source.utf8
    return String(
      decoding: utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)],
      as: UTF8.self)
  }

  /// Whether a line break stands between token `position` (not the first) and the one before:
  /// only the bytes between them are read.
  func followsLineBreak(_ position: Int) -> Bool {
    let from = Int(tokens[position - 1].byteEnd)
    let to = Int(tokens[position].byteStart)
    guard from < to else { return false }
    return source.utf8.withContiguousStorageIfAvailable { bytes in
      bytes[from..<to].contains(0x0A)
    } ?? source.utf8.dropFirst(from).prefix(to - from).contains(0x0A)
  }

  /// The scalar at a scalar offset of the text.
  func scalar(at offset: Int) -> Unicode.Scalar {
    let utf8 = source.utf8
    return source.unicodeScalars[utf8.index(utf8.startIndex, offsetBy: byteOffset(ofScalar: offset))]
  }

  /// The folded form of a token as a string.
  func foldedString(_ token: Int) -> String {
    // The scalars' UTF-8 bytes written into one buffer and made a string once: appending to a
    // scalar view went through the string's slow append path for every scalar (the Latin
    // capitals and title checks fold each capitalized word).
    let first = Int(tokens[token].foldedStart)
    let end = Int(tokens[token].foldedEnd)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * (end - first)) { buffer in
      var count = 0
      for index in first..<end {
        guard let scalar = Unicode.Scalar(folded[index]) else { continue }
        for byte in scalar.utf8 {
          buffer[count] = byte
          count += 1
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
    }
  }
}
