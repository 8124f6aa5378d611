import Foundation

/// How often Arabic words occur in news text, by retrieval-normalized form: the evidence the
/// clitic segmenter and the stemmer use to tell `وسوريا` (و + سوريا) from `وزارة` (one word).
///
/// The shipped counts come from the ANT news corpus (see Resources/PROVENANCE.md). Words of
/// more than ten letters are not kept (they are rare, and never need the evidence).
public struct ArabicLexicon: Sendable {
  private let counts: ArabicWordTable

  /// A lexicon from word counts; words are folded like `NormalizationFolds.retrieval`.
  public init(counts: [String: Int]) {
    var table: [ArabicWordKey: Int32] = [:]
    for (word, count) in counts {
      if let key = ArabicWordKey(word) { table[key, default: 0] += Int32(clamping: count) }
    }
    self.counts = ArabicWordTable(table)
  }

  /// A lexicon from lines `word<TAB>count`; `#` starts a comment line.
  public init(tsv: String) {
    var counts: [String: Int] = [:]
    for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      if fields.count == 2, let count = Int(fields[1]) { counts[String(fields[0]), default: 0] += count }
    }
    self.init(counts: counts)
  }

  /// The lexicon shipped with WorkbenchText (loaded once per process).
  public static let shared: ArabicLexicon = {
    guard let url = Bundle.module.url(forResource: "arabic-word-counts", withExtension: "tsv", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return ArabicLexicon(counts: [:]) }
    return ArabicLexicon(tsv: text)
  }()

  /// The number of words the lexicon knows.
  public var count: Int { counts.count }

  /// How often a word occurs; 0 when unknown.
  public func count<C: Collection>(of scalars: C) -> Int where C.Element == Unicode.Scalar {
    guard let key = ArabicWordKey(scalars) else { return 0 }
    return count(of: key)
  }

  public func count(of key: ArabicWordKey) -> Int {
    Int(counts.value(key) ?? 0)
  }

  public func count(of word: String) -> Int { count(of: word.unicodeScalars) }
}
