/// How an Arabic word splits into proclitics, a stem and an enclitic pronoun, as ranges of
/// the scalars it was cut from.
public struct WordSegmentation: Sendable, Hashable {
  /// The whole word.
  public var word: Range<Int>
  /// The word without its clitics.
  public var stem: Range<Int>
  /// و or ف.
  public var conjunction: Bool
  /// ب, ك or ل.
  public var preposition: Bool
  /// ال (or its ل after the preposition ل: لل).
  public var article: Bool
  /// The stem ends with ت that stands for ة before the enclitic (حكومتها = حكومة + ها).
  public var taMarbutaBeforeEnclitic: Bool

  /// The proclitics together (empty when there are none).
  public var proclitics: Range<Int> { word.lowerBound..<stem.lowerBound }
  /// The enclitic pronoun (empty when there is none).
  public var enclitic: Range<Int> { stem.upperBound..<word.upperBound }
  public var isSplit: Bool { stem != word }

  /// Each proclitic on its own: و, ب, ال in وبالنفط; the article of لل is its second ل.
  public var procliticPieces: [Range<Int>] {
    var pieces: [Range<Int>] = []
    var position = word.lowerBound
    if conjunction {
      pieces.append(position..<position + 1)
      position += 1
    }
    if preposition {
      pieces.append(position..<position + 1)
      position += 1
    }
    if article { pieces.append(position..<stem.lowerBound) }
    return pieces
  }

  /// Proclitic pieces, the stem and the enclitic, in order, without empty ranges.
  public var pieces: [Range<Int>] {
    var all = procliticPieces
    all.append(stem)
    if !enclitic.isEmpty { all.append(enclitic) }
    return all
  }
}

/// Splits Arabic proclitics (و ف, ب ك ل, ال and their combinations: وبال, فلل, وللـ) and
/// enclitic pronouns (ها هم هما هن ه ك كم كما كن نا ني) off words, keeping offsets.
///
/// A split is made only when the evidence supports it, so names and words that merely start
/// or end with these letters stay whole (بوتين, موسكو, لبنان, فلاديمير, البابا, وزارة):
/// - words on the protected list (`ProtectedWords`) are never cut;
/// - what remains must keep at least 3 letters (2 after the article);
/// - a single-letter proclitic or an enclitic is split only when the remainder is a known
///   word (`ArabicLexicon`) at least as frequent as the whole word;
/// - the article is split when the remainder is known or has at least 3 letters.
///
/// Input words should be normalized without folding ta marbuta (`CliticSegmenter.normalizer`),
/// so that ة is never taken for the pronoun ه; with ة folded the lexicon still decides.
public struct CliticSegmenter: Sendable {
  public let lexicon: ArabicLexicon
  public let protectedWords: ProtectedWords

  public init(lexicon: ArabicLexicon = .shared, protectedWords: ProtectedWords = .shared) {
    self.lexicon = lexicon
    self.protectedWords = protectedWords
  }

  /// The normalization segmentation expects: the search folds, keeping ة.
  public static let normalizer = TextNormalizer(folds: NormalizationFolds.search.subtracting(.taMarbuta))

  private static let waw: UInt32 = 0x0648
  private static let fa: UInt32 = 0x0641
  private static let ba: UInt32 = 0x0628
  private static let kaf: UInt32 = 0x0643
  private static let lam: UInt32 = 0x0644
  private static let alef: UInt32 = 0x0627
  private static let ha: UInt32 = 0x0647
  private static let ta: UInt32 = 0x062A
  private static let nun: UInt32 = 0x0646
  private static let meem: UInt32 = 0x0645
  private static let yeh: UInt32 = 0x064A

  /// Proclitic combinations, longest first: (conjunction, preposition, article).
  private static let candidates: [(UInt32?, UInt32?, Bool)] = {
    var all: [(UInt32?, UInt32?, Bool)] = []
    for conjunction in [waw, fa, nil] as [UInt32?] {
      for preposition in [ba, kaf, lam, nil] as [UInt32?] {
        for article in [true, false] where conjunction != nil || preposition != nil || article {
          all.append((conjunction, preposition, article))
        }
      }
    }
    func length(_ c: (UInt32?, UInt32?, Bool)) -> Int {
      (c.0 == nil ? 0 : 1) + (c.1 == nil ? 0 : 1) + (c.2 ? (c.1 == lam ? 1 : 2) : 0)
    }
    return all.sorted { length($0) > length($1) }
  }()

  /// Enclitic pronouns, longest first, as scalar values.
  private static let enclitics: [[UInt32]] = [
    [ha, meem, alef], [kaf, meem, alef], [ha, meem], [ha, nun], [kaf, meem], [kaf, nun],
    [ha, alef], [nun, alef], [nun, yeh], [ha], [kaf],
  ]

  /// The segmentation of the word `scalars[range]`.
  public func segment(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> WordSegmentation {
    var result = WordSegmentation(
      word: range, stem: range, conjunction: false, preposition: false, article: false,
      taMarbutaBeforeEnclitic: false)
    guard range.count >= 3, range.count <= 24, isArabicWord(scalars, range),
      !protectedWords.contains(scalars[range])
    else { return result }
    let wholeCount = lexicon.count(of: scalars[range])
    var stemStart = range.lowerBound
    for (conjunction, preposition, article) in Self.candidates {
      guard let end = matchProclitics(scalars, range, conjunction, preposition, article),
        acceptsProclitics(scalars, end..<range.upperBound, article: article, wholeCount: wholeCount)
      else { continue }
      stemStart = end
      result.conjunction = conjunction != nil
      result.preposition = preposition != nil
      result.article = article
      break
    }
    result.stem = stemStart..<range.upperBound
    if let (stemEnd, taMarbuta) = encliticSplit(scalars, stemStart..<range.upperBound) {
      result.stem = stemStart..<stemEnd
      result.taMarbutaBeforeEnclitic = taMarbuta
    }
    return result
  }

  /// The segmentation of every Arabic word of a text, with offsets into the original text.
  public func segmentWords(_ text: String) -> [WordSegmentation] {
    let normalized = Self.normalizer.normalize(text)
    var result: [WordSegmentation] = []
    Tokenizer(options: []).forEachToken(in: normalized.scalars) { token in
      guard token.kind == .word, token.script == .arabic else { return }
      let found = segment(normalized.scalars, token.range)
      func map(_ range: Range<Int>) -> Range<Int> {
        range.isEmpty
          ? normalized.originalStart(range.lowerBound)..<normalized.originalStart(range.lowerBound)
          : normalized.originalRange(range)
      }
      result.append(
        WordSegmentation(
          word: map(found.word), stem: map(found.stem), conjunction: found.conjunction,
          preposition: found.preposition, article: found.article,
          taMarbutaBeforeEnclitic: found.taMarbutaBeforeEnclitic))
    }
    return result
  }

  /// Tokenization with clitics split off: the tokens of a text, offsets into the original,
  /// where each Arabic word becomes its proclitics, stem and enclitic as separate word tokens
  /// (`وبالنفط` → `و` `ب` `ال` `نفط`). Other tokens are as `Tokenizer` makes them.
  public func tokenize(_ text: String, tokenizer: Tokenizer = Tokenizer()) -> [Token] {
    let normalized = Self.normalizer.normalize(text)
    var result: [Token] = []
    tokenizer.forEachToken(in: normalized.scalars) { token in
      guard token.kind == .word, token.script == .arabic else {
        let range = normalized.originalRange(token.range)
        result.append(Token(start: range.lowerBound, end: range.upperBound, kind: token.kind, script: token.script))
        return
      }
      for piece in segment(normalized.scalars, token.range).pieces {
        let range = normalized.originalRange(piece)
        result.append(Token(start: range.lowerBound, end: range.upperBound, kind: .word, script: .arabic))
      }
    }
    return result
  }

  /// The pieces of one word as strings: `وبالنفط` → `["و", "ب", "ال", "نفط"]`.
  public func split(_ word: String) -> [String] {
    let normalized = Self.normalizer.normalize(word)
    let segmentation = segment(normalized.scalars, 0..<normalized.count)
    let original = ScalarText(word)
    return segmentation.pieces.map { original[normalized.originalRange($0)] }
  }

  // MARK: Evidence

  private func isArabicWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    for index in range where !ArabicScalars.isArabicLetter(scalars[index].value) { return false }
    return true
  }

  @inline(__always)
  private func letter(_ scalars: [Unicode.Scalar], _ index: Int) -> UInt32 {
    ArabicWordKey.fold(scalars[index].value)
  }

  /// The end of the proclitics if the word starts with this combination.
  private func matchProclitics(
    _ scalars: [Unicode.Scalar], _ range: Range<Int>, _ conjunction: UInt32?, _ preposition: UInt32?,
    _ article: Bool
  ) -> Int? {
    var position = range.lowerBound
    if let conjunction {
      guard letter(scalars, position) == conjunction else { return nil }
      position += 1
    }
    if let preposition {
      guard position < range.upperBound, letter(scalars, position) == preposition else { return nil }
      position += 1
    }
    if article {
      if preposition == Self.lam {
        guard position < range.upperBound, letter(scalars, position) == Self.lam else { return nil }
        position += 1
      } else {
        guard position + 1 < range.upperBound, letter(scalars, position) == Self.alef,
          letter(scalars, position + 1) == Self.lam
        else { return nil }
        position += 2
      }
    }
    return position
  }

  private func acceptsProclitics(
    _ scalars: [Unicode.Scalar], _ rest: Range<Int>, article: Bool, wholeCount: Int
  ) -> Bool {
    let remainder = scalars[rest]
    if protectedWords.contains(remainder) { return true }
    let restCount = evidence(scalars, rest)
    if article {
      if rest.count >= 3 { return true }
      return rest.count == 2 && restCount > 0 && restCount >= wholeCount
    }
    return rest.count >= 3 && restCount > 0 && restCount >= wholeCount
  }

  /// How often the remainder occurs as a word, or as a word with an enclitic pronoun.
  private func evidence(_ scalars: [Unicode.Scalar], _ rest: Range<Int>) -> Int {
    let direct = lexicon.count(of: scalars[rest])
    if direct > 0 { return direct }
    if let (stemEnd, _) = encliticSplit(scalars, rest) {
      return max(1, lexicon.count(of: scalars[rest.lowerBound..<stemEnd]))
    }
    return 0
  }

  /// Where the stem ends if an enclitic pronoun splits off, and whether the stem's final ت
  /// stands for ة.
  private func encliticSplit(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (Int, Bool)? {
    guard range.count >= 4, !protectedWords.contains(scalars[range]) else { return nil }
    let wholeCount = lexicon.count(of: scalars[range])
    for suffix in Self.enclitics where range.count - suffix.count >= 2 {
      let stemEnd = range.upperBound - suffix.count
      var matches = true
      for (offset, value) in suffix.enumerated() where scalars[stemEnd + offset].value != value {
        matches = false
        break
      }
      guard matches else { continue }
      let stem = scalars[range.lowerBound..<stemEnd]
      if protectedWords.contains(stem) { return (stemEnd, false) }
      let stemCount = lexicon.count(of: stem)
      if stemCount > 0 && stemCount >= wholeCount && (stem.count >= 3 || suffix.count >= 2) {
        return (stemEnd, false)
      }
      if stem.count >= 3, letter(scalars, stemEnd - 1) == Self.ta,
        let key = ArabicWordKey(scalars[range.lowerBound..<stemEnd - 1])?.appending(Self.ha),
        lexicon.count(of: key) > max(wholeCount, stemCount)
      {
        return (stemEnd, true)
      }
    }
    return nil
  }
}
