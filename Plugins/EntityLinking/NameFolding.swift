import WorkbenchText

/// The per-scalar folding the alias index is keyed on: WorkbenchText's `search` folds plus
/// hamza carriers (أ إ آ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, harakat, tatweel and controls
/// dropped, Latin lower-cased, Arabic-Indic digits to ASCII), and Latin accents removed so that
/// "Erdogan" finds "Erdoğan".
///
/// WorkbenchText's folds are read once into a table so that the hot path is one array read per
/// scalar with no allocation; names and text fold the same way.
enum NameFolding {
  static let normalizer = TextNormalizer(folds: [.search, .hamzaCarriers])
  /// Marks a scalar that folds to several (a ligature such as ﻻ): see `expansions`.
  static let expands: UInt32 = 0xFFFF_FFFF
  private static let denseLimit: UInt32 = 0x10000

  private static let table: [UInt32] = (0..<denseLimit).map { value in
    guard let scalar = Unicode.Scalar(value) else { return value }
    let folded = normalizer.fold(scalar).flatMap(stripAccent)
    if folded.isEmpty { return 0 }
    return folded.count == 1 ? folded[0].value : expands
  }

  /// The folded scalars of the scalars in the table marked `expands`.
  static let expansions: [UInt32: [UInt32]] = {
    var expansions: [UInt32: [UInt32]] = [:]
    for value in 0..<denseLimit where table[Int(value)] == expands {
      expansions[value] = normalizer.fold(Unicode.Scalar(value)!).flatMap(stripAccent).map(\.value)
    }
    return expansions
  }()

  /// A Latin letter with diacritics as its base letter (ğ → g, é → e); other scalars as they are.
  private static func stripAccent(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    guard scalar.value >= 0xC0 && scalar.value < 0x250 else { return [scalar] }
    let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
    guard let base = decomposed.first, base.value < 0x80 else { return [scalar] }
    return [base]
  }

  /// The folded value of a scalar: 0 when it is dropped, `expands` when it becomes several.
  @inline(__always)
  static func fold(_ value: UInt32) -> UInt32 {
    value < denseLimit ? table[Int(value)] : value
  }

  /// Whether a scalar belongs to a word: letters, marks and digits, and the invisible controls
  /// (ZWNJ, direction marks) that may sit inside a word and are dropped by the fold.
  @inline(__always)
  static func isWordScalar(_ value: UInt32) -> Bool {
    isWordClass(ScalarClass.of(value))
  }

  @inline(__always)
  static func isWordClass(_ scalarClass: ScalarClass) -> Bool {
    switch scalarClass {
    case .latinLetter, .arabicLetter, .otherLetter, .mark, .digit, .invisible: true
    default: false
    }
  }

  /// What `WordFolds.code` gives for a scalar that belongs to no word.
  static let notWord: UInt32 = 0xFFFF_FFFE

  /// `notWord` for the scalars below the dense class table's limit that are no word scalars,
  /// else their fold: the tokenizer needs both answers for every scalar, and one table gives
  /// them in one read. (Folded values are scalars, below 0x110000, so `notWord` is none of them.)
  private static let wordFolds: [UInt32] = (0..<ScalarClassTable.denseLimit).map { value in
    isWordScalar(value) ? table[Int(value)] : notWord
  }

  /// The most scalars one scalar folds to.
  static let widestExpansion = max(1, expansions.values.map(\.count).max() ?? 1)

  /// `wordFolds` read through a pointer, for a loop over a whole text: neither a lazy
  /// global's check nor an array's bounds check runs per scalar. Valid inside `withWordFolds`.
  struct WordFolds {
    fileprivate let codes: UnsafePointer<UInt32>

    /// `notWord`, or the scalar's fold (0 when dropped, `expands` when it becomes several).
    @inline(__always)
    func code(_ value: UInt32) -> UInt32 {
      if value < ScalarClassTable.denseLimit { return codes[Int(value)] }
      return NameFolding.isWordScalar(value) ? NameFolding.fold(value) : notWord
    }
  }

  static func withWordFolds<Result>(_ body: (WordFolds) throws -> Result) rethrows -> Result {
    try wordFolds.withUnsafeBufferPointer { try body(WordFolds(codes: $0.baseAddress!)) }
  }

  /// The folded form of a whole string (for index keys and NIL cluster ids).
  static func fold(_ text: String) -> String {
    // The scalars' UTF-8 bytes in one buffer, made a string once: appending to a scalar view
    // went through the string's slow append path for every scalar (names are folded per mention).
    // Each scalar's bytes are written one by one: appending a scalar's UTF-8 view went through
    // the generic append of a collection for every scalar.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    func append(_ value: UInt32) {
      if value < 0x80 {
        bytes.append(UInt8(value))
      } else if value < 0x800 {
        bytes.append(0xC0 | UInt8(value >> 6))
        bytes.append(0x80 | UInt8(value & 0x3F))
      } else if value < 0x10000 {
        bytes.append(0xE0 | UInt8(value >> 12))
        bytes.append(0x80 | UInt8((value >> 6) & 0x3F))
        bytes.append(0x80 | UInt8(value & 0x3F))
      } else {
        bytes.append(0xF0 | UInt8(value >> 18))
        bytes.append(0x80 | UInt8((value >> 12) & 0x3F))
        bytes.append(0x80 | UInt8((value >> 6) & 0x3F))
        bytes.append(0x80 | UInt8(value & 0x3F))
      }
    }
    let folds = table
    for scalar in text.unicodeScalars {
      let folded = scalar.value < denseLimit ? folds[Int(scalar.value)] : scalar.value
      if folded == expands {
        for value in expansions[scalar.value] ?? [] { append(Unicode.Scalar(value)!.value) }
      } else if folded != 0, let out = Unicode.Scalar(folded) {
        append(out.value)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
