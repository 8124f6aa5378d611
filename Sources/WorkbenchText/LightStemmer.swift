/// A light stemmer for retrieval and clustering: strips clitics (as `CliticSegmenter` decides)
/// and a few inflectional suffixes, never letters inside the word, so the stem is always a
/// range of the word and costs no allocation.
///
/// Arabic: proclitics and enclitic pronouns as validated by the segmenter, then one of
/// ات (plural), ه (ta marbuta after folding: طاقة → طاق, روسية → روسي), and ون ين ان when what
/// remains is a known word (مسؤولين → مسؤول, but تعاون and بوتين stay whole). Protected
/// words (names) are kept. Latin: a plural `s` (not after `s`, `u`, `i`).
///
/// Input words should be normalized with `LightStemmer.normalizer` (the retrieval folds).
public struct LightStemmer: Sendable {
  public let segmenter: CliticSegmenter

  public init(segmenter: CliticSegmenter = CliticSegmenter()) {
    self.segmenter = segmenter
  }

  /// The normalization the stemmer expects.
  public static let normalizer = TextNormalizer.retrieval

  private static let alef: UInt32 = 0x0627
  private static let ta: UInt32 = 0x062A
  private static let ha: UInt32 = 0x0647
  private static let waw: UInt32 = 0x0648
  private static let yeh: UInt32 = 0x064A
  private static let nun: UInt32 = 0x0646

  /// The stem of the word `scalars[range]`, as a range inside it.
  public func stem(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
    guard range.count >= 3 else { return range }
    let first = ScalarClass.of(scalars[range.lowerBound].value)
    if first == .latinLetter { return latinStem(scalars, range) }
    guard first == .arabicLetter else { return range }
    let segmentation = segmenter.segment(scalars, range)
    var stem = segmentation.stem
    if segmentation.taMarbutaBeforeEnclitic { return stem.lowerBound..<stem.upperBound - 1 }
    if stem.count < 4 || segmenter.protectedWords.contains(scalars[stem]) { return stem }
    let last = scalars[stem.upperBound - 1].value
    let beforeLast = scalars[stem.upperBound - 2].value
    if stem.count >= 5 && beforeLast == Self.alef && last == Self.ta {
      stem = stem.lowerBound..<stem.upperBound - 2
    } else if last == Self.ha {
      stem = stem.lowerBound..<stem.upperBound - 1
    } else if stem.count >= 5 && last == Self.nun
      && (beforeLast == Self.waw || beforeLast == Self.yeh || beforeLast == Self.alef)
    {
      let rest = stem.lowerBound..<stem.upperBound - 2
      let lexicon = segmenter.lexicon
      if lexicon.count(of: scalars[rest]) > 0
        || (ArabicWordKey(scalars[rest])?.appending(Self.ha)).map({ lexicon.count(of: $0) > 0 }) == true
      {
        stem = rest
      }
    }
    return stem
  }

  /// The stem of one word as a string, after the retrieval normalization.
  public func stem(_ word: String) -> String {
    let normalized = Self.normalizer.normalize(word)
    return normalized.string(stem(normalized.scalars, 0..<normalized.count))
  }

  private func latinStem(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
    guard range.count >= 4, scalars[range.upperBound - 1] == "s" else { return range }
    switch scalars[range.upperBound - 2] {
    case "s", "u", "i", "'": return range
    default: return range.lowerBound..<range.upperBound - 1
    }
  }
}
