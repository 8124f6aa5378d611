import Foundation

/// A stopword list: words to leave out of term counts, keywords and topics.
///
/// Matching folds like `NormalizationFolds.retrieval` (alef variants, ة, ى, diacritics) and
/// Latin case, so a word may be looked up as written or normalized.
public struct Stopwords: Sendable {
  private let arabic: Set<ArabicWordKey>
  private let latin: Set<LatinWordKey>

  /// A list of words (Arabic or Latin); others are ignored.
  public init<S: Sequence>(_ words: S) where S.Element == String {
    var arabic = Set<ArabicWordKey>()
    var latin = Set<LatinWordKey>()
    for word in words {
      if let key = ArabicWordKey(word) { arabic.insert(key) } else if let key = LatinWordKey(word) { latin.insert(key) }
    }
    self.arabic = arabic
    self.latin = latin
  }

  /// A list read from the format of the shipped files: one word per line, `#` comments; for
  /// Arabic words, clitic variants are added (و and ف before every word; ب ل ك, alone or
  /// after و/ف, before words marked ` +`).
  public init(listText: String) {
    var words: [String] = []
    for rawLine in listText.split(separator: "\n") {
      var line = rawLine.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      var takesPrepositions = false
      if line.hasSuffix("+") {
        takesPrepositions = true
        line = String(line.dropLast()).trimmingCharacters(in: .whitespaces)
      }
      words.append(line)
      guard ArabicWordKey(line) != nil else { continue }
      let prepositions = takesPrepositions ? ["ب", "ل", "ك"] : []
      for conjunction in ["", "و", "ف"] {
        if !conjunction.isEmpty { words.append(conjunction + line) }
        for preposition in prepositions { words.append(conjunction + preposition + line) }
      }
    }
    self.init(words)
  }

  /// Arabic function words with clitic variants (Resources/stopwords-ar.txt).
  public static let arabic = Stopwords.load("stopwords-ar")
  /// English function words (Resources/stopwords-en.txt).
  public static let english = Stopwords.load("stopwords-en")
  /// Both lists.
  public static let arabicAndEnglish = Stopwords(lists: [arabic, english])

  private init(lists: [Stopwords]) {
    arabic = lists.reduce(into: Set()) { $0.formUnion($1.arabic) }
    latin = lists.reduce(into: Set()) { $0.formUnion($1.latin) }
  }

  private static func load(_ name: String) -> Stopwords {
    guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return Stopwords([String]()) }
    return Stopwords(listText: text)
  }

  /// The number of words (with variants).
  public var count: Int { arabic.count + latin.count }

  /// Whether the word `scalars[range]` is a stopword.
  public func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    contains(scalars[range])
  }

  public func contains<C: Collection>(_ word: C) -> Bool where C.Element == Unicode.Scalar {
    if let key = ArabicWordKey(word) { return arabic.contains(key) }
    if let key = LatinWordKey(word) { return latin.contains(key) }
    return false
  }

  public func contains(_ word: String) -> Bool { contains(word.unicodeScalars) }
}
