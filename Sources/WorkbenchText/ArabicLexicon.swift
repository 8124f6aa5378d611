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

  /// A lexicon from lines `word<TAB>count`; `#` starts a comment line. Lines of another shape
  /// are skipped.
  ///
  /// Parsed over UTF-8 bytes into one reused scalar buffer: the shipped table has tens of
  /// thousands of lines, and every process that tokenizes Arabic loads it.
  public init(tsv: String) {
    var table: [ArabicWordKey: Int32] = [:]
    var word: [Unicode.Scalar] = []
    var text = tsv
    text.withUTF8 { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        var tab = -1
        var tabs = 0
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A {
          if bytes[lineEnd] == 0x09 {
            tabs += 1
            tab = lineEnd
          }
          lineEnd += 1
        }
        defer { lineStart = lineEnd + 1 }
        guard bytes[lineStart] != UInt8(ascii: "#"), tabs == 1, tab > lineStart,
          let count = Self.count(bytes[(tab + 1)..<lineEnd])
        else { continue }
        word.removeAll(keepingCapacity: true)
        var decoder = UTF8()
        var iterator = bytes[lineStart..<tab].makeIterator()
        decoding: while true {
          switch decoder.decode(&iterator) {
          case .scalarValue(let scalar): word.append(scalar)
          case .emptyInput, .error: break decoding
          }
        }
        if let key = ArabicWordKey(word) { table[key, default: 0] &+= Int32(clamping: count) }
      }
    }
    self.counts = ArabicWordTable(table)
  }

  /// A decimal count (what `Int(_:)` accepts without a sign), or nil.
  private static func count(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    guard !digits.isEmpty, digits.count <= 18 else { return nil }
    var value = 0
    for byte in digits {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  /// The lexicon shipped with WorkbenchText (loaded once per process).
  public static let shared: ArabicLexicon = {
    guard
      let url = Bundle.module.url(forResource: "arabic-word-counts", withExtension: "tsv", subdirectory: "Resources"),
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
