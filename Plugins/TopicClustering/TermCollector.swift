import WorkbenchCore
import WorkbenchText

/// The collect step of topic clustering: a document's content terms with the surface words
/// they were written as.
///
/// Words are normalized with the retrieval folds, light-stemmed (`LightStemmer`: clitics and
/// inflectional suffixes off, so `والنفط` and `النفط` are one term), and dropped when they are
/// stopwords, shorter than two letters, or inside boilerplate marked by `clean`. Two content
/// words in a row (nothing but spaces between them) also count as a phrase candidate
/// (`إعادة الإعمار`); the reduce keeps the frequent ones. Each term remembers its surface
/// forms without the conjunction or preposition in front (`والنفط` is shown as `النفط`) and
/// without diacritics, so topic labels read as words, not stems.
///
/// Words are interned per document as UTF-8 bytes: no String is made per token, and each
/// distinct written word is stemmed once per document.
struct TermCollector: Sendable {
  var phrases: Bool
  /// Stems and surfaces of written words already seen, shared across documents; nil to work
  /// every word out afresh.
  var cache: WrittenWordCache? = nil
  /// Shared by every collector: the stemmer holds the lexicon, loaded once per process.
  static let stemmer = LightStemmer()
  let tokenizer = Tokenizer(options: [.urls, .emails, .hashtags, .mentions])

  func collect(_ document: Document, boilerplate: [Range<Int>]) -> CollectedTerms {
    let original = Array(document.text.unicodeScalars)
    let normalized = LightStemmer.normalizer.normalize(document.text)
    let scalars = normalized.scalars
    let skipped = boilerplate.map { normalized.normalizedRange(overlapping: $0) }.filter { !$0.isEmpty }
    var nextSkipped = 0

    // Each distinct written word is normalized, stemmed and looked up once per document:
    // tokens are counted by written form, terms are made from the forms at the end.
    var words = TermTable()
    var wordCounts: [Int] = []
    /// One (previous word << 32 | word) key per phrase candidate, counted by sorting at the end.
    var pairKeys: [Int64] = []
    var buffer: [UInt8] = []
    var stemBytes: [UInt8] = []
    var surfaceBytes: [UInt8] = []
    var previousWord: Int32?
    var previousToken = -2
    var tokenIndex = -1
    var terms = TermTable()
    var surfaces = TermTable()
    /// For each written form: its term and surface ids, or -1 when it is not a content word.
    var wordTerms: [(term: Int32, surface: Int32)] = []

    tokenizer.forEachToken(in: scalars) { token in
      tokenIndex += 1
      guard token.kind == .word else { return }
      while nextSkipped < skipped.count, skipped[nextSkipped].upperBound <= token.start { nextSkipped += 1 }
      if nextSkipped < skipped.count, skipped[nextSkipped].overlaps(token.range) { return }

      let written = normalized.originalRange(token.range)
      buffer.removeAll(keepingCapacity: true)
      Self.appendUTF8(original[written], to: &buffer)
      let word = buffer.withUnsafeBufferPointer { words.intern($0) }
      if Int(word) == wordTerms.count {
        let isContent = buffer.withUnsafeBufferPointer { written in
          if let known = cache?.lookUp(written, stem: &stemBytes, surface: &surfaceBytes) { return known }
          let isContent = Self.content(
            of: token, in: scalars, normalized: normalized, original: original, stem: &stemBytes, surface: &surfaceBytes)
          cache?.store(written, stem: isContent ? stemBytes : nil, surface: surfaceBytes)
          return isContent
        }
        wordTerms.append(
          isContent
            ? (stemBytes.withUnsafeBufferPointer { terms.intern($0) }, surfaceBytes.withUnsafeBufferPointer { surfaces.intern($0) })
            : (-1, -1))
        wordCounts.append(0)
      }
      guard wordTerms[Int(word)].term >= 0 else { return }
      wordCounts[Int(word)] += 1
      if phrases, let previousWord, previousToken == tokenIndex - 1,
        wordTerms[Int(previousWord)].term != wordTerms[Int(word)].term
      {
        pairKeys.append(Int64(previousWord) << 32 | Int64(word))
      }
      previousWord = word
      previousToken = tokenIndex
    }

    // (term << 32 | surface, count) pairs, merged and grouped by sorting: no dictionary and no
    // array per term, so packing a document allocates a handful of arrays, not one per term.
    var keyed: [(key: Int64, count: Int)] = []
    keyed.reserveCapacity(wordCounts.count + pairKeys.count / 2)
    for (word, count) in wordCounts.enumerated() where count > 0 {
      let (term, surface) = wordTerms[word]
      keyed.append((Int64(term) << 32 | Int64(surface), count))
    }
    // Phrases are interned in word-id order, so that term ids never depend on hashing.
    pairKeys.sort()
    var run = 0
    while run < pairKeys.count {
      let pair = pairKeys[run]
      var runEnd = run + 1
      while runEnd < pairKeys.count, pairKeys[runEnd] == pair { runEnd += 1 }
      let first = wordTerms[Int(pair >> 32)]
      let second = wordTerms[Int(pair & 0xFFFF_FFFF)]
      buffer.removeAll(keepingCapacity: true)
      buffer.append(contentsOf: terms.bytes(of: Int(first.term)))
      buffer.append(0x20)
      buffer.append(contentsOf: terms.bytes(of: Int(second.term)))
      let phrase = buffer.withUnsafeBufferPointer { terms.intern($0) }
      buffer.removeAll(keepingCapacity: true)
      buffer.append(contentsOf: surfaces.bytes(of: Int(first.surface)))
      buffer.append(0x20)
      buffer.append(contentsOf: surfaces.bytes(of: Int(second.surface)))
      let phraseSurface = buffer.withUnsafeBufferPointer { surfaces.intern($0) }
      keyed.append((Int64(phrase) << 32 | Int64(phraseSurface), runEnd - run))
      run = runEnd
    }
    keyed.sort { $0.key < $1.key }

    // Pack in term-id order (words as first used, then phrases), forms by decreasing count then
    // bytes: the same text always packs to the same bytes.
    var forms: [(surface: Int, count: Int)] = []
    var packed: [UInt8] = []
    packed.reserveCapacity(keyed.count * 24)
    var index = 0
    while index < keyed.count {
      let term = Int(keyed[index].key >> 32)
      forms.removeAll(keepingCapacity: true)
      while index < keyed.count, Int(keyed[index].key >> 32) == term {
        let key = keyed[index].key
        var count = 0
        while index < keyed.count, keyed[index].key == key {
          count += keyed[index].count
          index += 1
        }
        forms.append((Int(key & 0xFFFF_FFFF), count))
      }
      if forms.count > 1 {
        forms.sort { $0.count != $1.count ? $0.count > $1.count : surfaces.precedes($0.surface, $1.surface) }
      }
      if !packed.isEmpty { packed.append(CollectedTerms.entrySeparator) }
      packed.append(contentsOf: terms.bytes(of: term))
      packed.append(CollectedTerms.fieldSeparator)
      Self.appendDecimal(forms.reduce(0) { $0 + $1.count }, to: &packed)
      for form in forms {
        packed.append(CollectedTerms.fieldSeparator)
        packed.append(contentsOf: surfaces.bytes(of: form.surface))
        packed.append(CollectedTerms.fieldSeparator)
        Self.appendDecimal(form.count, to: &packed)
      }
    }
    return CollectedTerms(
      length: original.count, title: document.metadata.title, packed: String(decoding: packed, as: UTF8.self))
  }

  /// Whether a word is a content word, with its stem and surface bytes in `stem` and
  /// `surface`; false for a stopword or a word too short to carry a topic.
  static func content(
    of token: Token, in scalars: [Unicode.Scalar], normalized: NormalizedText, original: [Unicode.Scalar],
    stem stemBytes: inout [UInt8], surface: inout [UInt8]
  ) -> Bool {
    stemBytes.removeAll(keepingCapacity: true)
    surface.removeAll(keepingCapacity: true)
    let stem = stemmer.stem(scalars, token.range)
    guard stem.count >= 2, !isStopword(scalars, token.range, stem: stem) else { return false }
    appendUTF8(scalars[stem], to: &stemBytes)
    let display = displayRange(scalars, token: token.range, stem: stem)
    if display.prefixAlef { appendUTF8(CollectionOfOne(Unicode.Scalar(0x0627)!), to: &surface) }
    appendReadable(original[normalized.originalRange(display.range)], to: &surface)
    return true
  }

  /// The part of a word shown as its surface: from the article (or the stem) to the word's end,
  /// so proclitic conjunctions and prepositions are left out. After the preposition ل the
  /// article is written ل alone (للحرس), so an alef is put back (الحرس).
  static func displayRange(_ scalars: [Unicode.Scalar], token: Range<Int>, stem: Range<Int>)
    -> (range: Range<Int>, prefixAlef: Bool)
  {
    let start = stem.lowerBound
    guard start - 2 >= token.lowerBound, scalars[start - 1].value == 0x0644 else { return (start..<token.upperBound, false) }
    switch scalars[start - 2].value {
    case 0x0627: return (start - 2..<token.upperBound, false)
    case 0x0644: return (start - 1..<token.upperBound, true)
    default: return (start..<token.upperBound, false)
    }
  }

  /// Whether a word carries no topic: a stopword as written or as stemmed.
  static func isStopword(_ scalars: [Unicode.Scalar], _ word: Range<Int>, stem: Range<Int>) -> Bool {
    Stopwords.arabicAndEnglish.contains(scalars, word) || Stopwords.arabicAndEnglish.contains(scalars, stem)
  }

  /// Appends the decimal digits of a non-negative count, without making a String.
  static func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
    var divisor = 1
    while divisor <= value / 10 { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      buffer.append(UInt8(48 + rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  static func appendUTF8<C: Collection>(_ scalars: C, to buffer: inout [UInt8]) where C.Element == Unicode.Scalar {
    for scalar in scalars { UTF8.encode(scalar) { buffer.append($0) } }
  }

  /// Appends the original scalars without Arabic diacritics, tatweel and invisible controls.
  static func appendReadable(_ scalars: ArraySlice<Unicode.Scalar>, to buffer: inout [UInt8]) {
    for scalar in scalars {
      switch scalar.value {
      case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF, 0x00AD:
        continue
      default:
        UTF8.encode(scalar) { buffer.append($0) }
      }
    }
  }
}
