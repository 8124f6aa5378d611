import WorkbenchCore
import WorkbenchText

/// The collect step of topic clustering: a document's content terms with the surface words
/// they were written as.
///
/// Words are normalized with the retrieval folds, light-stemmed (`LightStemmer`: clitics and
/// inflectional suffixes off, so `والنفط` and `النفط` are one term), and dropped when they are
/// stopwords, shorter than two letters, or inside boilerplate marked by `clean`. News formula
/// words (`NewsFormulaWords`) and the words of a story's dateline, credits and headings
/// (`StoryFormulaSpans`) are kept as formula terms, marked `~`: counted by the model, never
/// part of a phrase, never shown. Two content words in a row (nothing but spaces between them) also count as a phrase candidate
/// (`إعادة الإعمار`); the reduce keeps the frequent ones. Each term remembers its surface
/// forms without the conjunction or preposition in front (`والنفط` is shown as `النفط`) and
/// without diacritics, so topic labels read as words, not stems.
///
/// Words are interned per document as UTF-8 bytes: no String is made per token, and each
/// distinct written word is stemmed once per run, in a `WrittenWordCache` that hands out stem
/// and surface ids (a document copies their bytes once, when it is packed).
struct TermCollector: Sendable {
  var phrases: Bool
  /// Stems and surfaces of written words already seen, shared across documents; nil to work
  /// each document's words out afresh.
  var cache: WrittenWordCache? = nil
  /// Shared by every collector: the stemmer holds the lexicon, loaded once per process.
  static let stemmer = LightStemmer()
  let tokenizer = Tokenizer(options: [.urls, .emails, .hashtags, .mentions])

  func collect(_ document: Document, boilerplate: [Range<Int>]) -> CollectedTerms {
    // Decoded once; the scalar array's normalization takes the fast, preallocated path.
    let original = ScalarText.scalars(of: document.text)
    let normalized = LightStemmer.normalizer.normalize(original)
    let scalars = normalized.scalars
    // Boilerplate from `clean` is skipped; the story's dateline, credits and headings are
    // collected as formula terms.
    let skipped = boilerplate.map { normalized.normalizedRange(overlapping: $0) }.filter { !$0.isEmpty }
    var nextSkipped = 0
    let formula = StoryFormulaSpans.find(in: original).map { normalized.normalizedRange(overlapping: $0) }
      .filter { !$0.isEmpty }
    var nextFormula = 0

    // Each distinct written word is stemmed and looked up once per document (or found in the
    // cache): tokens are counted by written form, terms are made from the forms at the end.
    // A document starting once the shared cache is full (or without one) uses a cache of its
    // own, which hands out the same stem and surface bytes.
    let store = cache.flatMap { $0.isFull ? nil : $0 } ?? WrittenWordCache(capacity: .max)
    var words = TermTable()
    var wordCounts: [Int] = []
    /// One (previous word << 32 | word) key per phrase candidate, counted by sorting at the end.
    var pairKeys: [Int64] = []
    let buffer = WrittenWordBuffer()
    var stemBytes: [UInt8] = []
    var surfaceBytes: [UInt8] = []
    var previousWord: Int32?
    var previousToken = -2
    var tokenIndex = -1
    /// The document's terms in first-use order, as the cache's stem ids, and the way back.
    var termStems: [Int32] = []
    var termOfStem = DenseIdMap()
    /// For each written form: its term and (cache) surface ids, or -1 when it is not a content word.
    var wordTerms: [(term: Int32, surface: Int32)] = []
    /// For each written form: whether its term is a formula term.
    var formulaWords: [Bool] = []

    tokenizer.forEachToken(in: scalars) { token in
      tokenIndex += 1
      guard token.kind == .word else { return }
      while nextSkipped < skipped.count, skipped[nextSkipped].upperBound <= token.start { nextSkipped += 1 }
      if nextSkipped < skipped.count, skipped[nextSkipped].overlaps(token.range) { return }

      while nextFormula < formula.count, formula[nextFormula].upperBound <= token.start { nextFormula += 1 }
      let inFormula = nextFormula < formula.count && formula[nextFormula].overlaps(token.range)

      let written = normalized.originalRange(token.range)
      // A word in a dateline or heading is a word of its own: the marker keeps it apart.
      let marked = buffer.encode(original[written], marked: inFormula)
      let word = words.intern(marked)
      if Int(word) == wordTerms.count {
        var known: WrittenWordCache.Word
        let written = UnsafeBufferPointer(rebasing: marked[(inFormula ? 1 : 0)...])
        if let cached = store.lookUp(written) {
          known = cached
        } else {
          let isContent = Self.content(
            of: token, in: scalars, normalized: normalized, original: original, stem: &stemBytes, surface: &surfaceBytes
          )
          known = store.store(written, stem: isContent ? stemBytes : nil, surface: surfaceBytes)
        }
        if known.isContent, inFormula, !known.formula {
          known.stem = store.markedStem(known.stem)
          known.formula = true
        }
        if known.isContent {
          let term = termOfStem.value(of: known.stem) {
            termStems.append(known.stem)
            return Int32(termStems.count - 1)
          }
          wordTerms.append((term, known.surface))
        } else {
          wordTerms.append((-1, -1))
        }
        wordCounts.append(0)
        formulaWords.append(known.formula)
      }
      guard wordTerms[Int(word)].term >= 0 else { return }
      wordCounts[Int(word)] += 1
      // Formula terms are counted but never start or end a phrase ("said Monday").
      guard !formulaWords[Int(word)] else {
        previousWord = nil
        return
      }
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
    keyed.reserveCapacity(wordCounts.count)
    for (word, count) in wordCounts.enumerated() where count > 0 {
      let (term, surface) = wordTerms[word]
      keyed.append((Int64(term) << 32 | Int64(surface), count))
    }
    keyed.sort { $0.key < $1.key }
    var merged = 0
    for index in keyed.indices {
      if merged > 0, keyed[merged - 1].key == keyed[index].key {
        keyed[merged - 1].count += keyed[index].count
      } else {
        keyed[merged] = keyed[index]
        merged += 1
      }
    }
    keyed.removeLast(keyed.count - merged)

    // Pack in term-id order (as first used), forms by decreasing count then bytes: the same
    // text always packs to the same bytes. Every term is used, so entry i is term i, which is
    // how phrases refer to their words. `formRanks` keeps each (term, surface)'s place among
    // its term's packed forms, for the phrases.
    var formRanks = [Int32](repeating: 0, count: keyed.count)
    var packed: [UInt8] = []
    packed.reserveCapacity(keyed.count * 24 + pairKeys.count * 12)
    store.withTables { stems, surfaces in
      var forms: [(surface: Int, count: Int, position: Int)] = []
      var index = 0
      while index < keyed.count {
        let term = Int(keyed[index].key >> 32)
        forms.removeAll(keepingCapacity: true)
        while index < keyed.count, Int(keyed[index].key >> 32) == term {
          forms.append((Int(keyed[index].key & 0xFFFF_FFFF), keyed[index].count, index))
          index += 1
        }
        if forms.count > 1 {
          forms.sort { $0.count != $1.count ? $0.count > $1.count : surfaces.precedes($0.surface, $1.surface) }
        }
        if !packed.isEmpty { packed.append(CollectedTerms.entrySeparator) }
        packed.append(contentsOf: stems.bytes(of: Int(termStems[term])))
        packed.append(CollectedTerms.fieldSeparator)
        Self.appendDecimal(forms.reduce(0) { $0 + $1.count }, to: &packed)
        for (rank, form) in forms.enumerated() {
          formRanks[form.position] = Int32(rank)
          packed.append(CollectedTerms.fieldSeparator)
          packed.append(contentsOf: surfaces.bytes(of: form.surface))
          packed.append(CollectedTerms.fieldSeparator)
          Self.appendDecimal(form.count, to: &packed)
        }
      }
    }

    // Phrases refer to their two words' entries and forms by index (`+3,17;2;0,1;2`) instead
    // of repeating their bytes: phrases are most of a document's entries, and writing them out
    // tripled what the cache stores and parses.
    if !pairKeys.isEmpty {
      func rank(_ word: Int) -> Int32 {
        let key = Int64(wordTerms[word].term) << 32 | Int64(wordTerms[word].surface)
        var low = 0
        var high = keyed.count
        while low < high {
          let middle = (low + high) / 2
          if keyed[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return formRanks[low]
      }
      var wordRanks = [Int32](repeating: 0, count: wordTerms.count)
      for (word, count) in wordCounts.enumerated() where count > 0 { wordRanks[word] = rank(word) }
      var phraseKeys: [(first: Int32, second: Int32, firstForm: Int32, secondForm: Int32)] = pairKeys.map { pair in
        let first = Int(pair >> 32)
        let second = Int(pair & 0xFFFF_FFFF)
        return (wordTerms[first].term, wordTerms[second].term, wordRanks[first], wordRanks[second])
      }
      phraseKeys.sort {
        ($0.first, $0.second, $0.firstForm, $0.secondForm) < ($1.first, $1.second, $1.firstForm, $1.secondForm)
      }
      var phraseForms: [(first: Int32, second: Int32, count: Int)] = []
      var index = 0
      while index < phraseKeys.count {
        let (first, second, _, _) = phraseKeys[index]
        phraseForms.removeAll(keepingCapacity: true)
        while index < phraseKeys.count, phraseKeys[index].first == first, phraseKeys[index].second == second {
          let form = (phraseKeys[index].firstForm, phraseKeys[index].secondForm)
          var count = 0
          while index < phraseKeys.count, phraseKeys[index].first == first, phraseKeys[index].second == second,
            (phraseKeys[index].firstForm, phraseKeys[index].secondForm) == form
          {
            count += 1
            index += 1
          }
          phraseForms.append((form.0, form.1, count))
        }
        if phraseForms.count > 1 {
          phraseForms.sort {
            $0.count != $1.count ? $0.count > $1.count : ($0.first, $0.second) < ($1.first, $1.second)
          }
        }
        packed.append(CollectedTerms.entrySeparator)
        packed.append(CollectedTerms.phraseMarker)
        Self.appendDecimal(Int(first), to: &packed)
        packed.append(CollectedTerms.pairSeparator)
        Self.appendDecimal(Int(second), to: &packed)
        packed.append(CollectedTerms.fieldSeparator)
        Self.appendDecimal(phraseForms.reduce(0) { $0 + $1.count }, to: &packed)
        for form in phraseForms {
          packed.append(CollectedTerms.fieldSeparator)
          Self.appendDecimal(Int(form.first), to: &packed)
          packed.append(CollectedTerms.pairSeparator)
          Self.appendDecimal(Int(form.second), to: &packed)
          packed.append(CollectedTerms.fieldSeparator)
          Self.appendDecimal(form.count, to: &packed)
        }
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
    if isFormula(scalars, token.range, stem: stem) { stemBytes.append(CollectedTerms.formulaMarker) }
    appendUTF8(scalars[stem], to: &stemBytes)
    appendReadable(
      original[normalized.originalRange(displayRange(scalars, token: token.range, stem: stem))], to: &surface)
    return true
  }

  /// The part of a word shown as its surface: from the article (or the stem) to the word's end,
  /// so proclitic conjunctions and prepositions are left out, except the preposition ل before
  /// the article (للشرب): the second word of a phrase needs it (`الصالح للشرب`, not
  /// `الصالح الشرب`); a word shown alone or first in a phrase reads `الشرب`
  /// (`CorpusVocabulary.shownAlone`).
  static func displayRange(_ scalars: [Unicode.Scalar], token: Range<Int>, stem: Range<Int>) -> Range<Int> {
    let start = stem.lowerBound
    guard start - 2 >= token.lowerBound, scalars[start - 1].value == 0x0644 else {
      return start..<token.upperBound
    }
    switch scalars[start - 2].value {
    case 0x0627, 0x0644: return start - 2..<token.upperBound
    default: return start..<token.upperBound
    }
  }

  /// Whether a word carries no topic: a stopword as written or as stemmed.
  static func isStopword(_ scalars: [Unicode.Scalar], _ word: Range<Int>, stem: Range<Int>) -> Bool {
    Stopwords.arabicAndEnglish.contains(scalars, word) || Stopwords.arabicAndEnglish.contains(scalars, stem)
  }

  /// Whether a word is a news formula word (`said`, `أكد`, `Reuters`, `جانفي`, `million`), as
  /// written or as stemmed, a general word (`strong`, `أكثر`) as written, or a word with a
  /// digit (`G7`): counted, but never a label.
  static func isFormula(_ scalars: [Unicode.Scalar], _ word: Range<Int>, stem: Range<Int>) -> Bool {
    NewsFormulaWords.contains(scalars, word, stem: stem) || GeneralWords.contains(scalars, word)
      || scalars[word].contains { $0.properties.numericType != nil }
  }

  /// Appends the decimal digits of a non-negative count, without making a String.
  static func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
    // Most counts and entry indices are one or two digits: no division loop for them.
    if value < 10 {
      buffer.append(UInt8(48 + value))
      return
    }
    if value < 100 {
      buffer.append(UInt8(48 + value / 10))
      buffer.append(UInt8(48 + value % 10))
      return
    }
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
