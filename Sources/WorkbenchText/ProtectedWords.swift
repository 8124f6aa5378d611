import Foundation

/// Arabic words the segmenter and stemmer never cut (names such as بوتين, لبنان, البابا and
/// function words such as الذي, لكن), as folded keys.
public struct ProtectedWords: Sendable {
  private let keys: Set<ArabicWordKey>
  private let table: ArabicWordTable

  /// A list from words in any spelling.
  public init<S: Sequence>(_ words: S) where S.Element == String {
    self.init(keys: Set(words.compactMap { ArabicWordKey($0) }))
  }

  /// A list from a text with one word per line; `#` starts a comment line.
  public init(lines text: String) {
    self.init(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }

  /// The list shipped with WorkbenchText (Resources/arabic-protected-words.txt).
  public static let shared: ProtectedWords = {
    guard
      let url = Bundle.module.url(
        forResource: "arabic-protected-words", withExtension: "txt", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return ProtectedWords([String]()) }
    return ProtectedWords(lines: text)
  }()

  /// This list with more words.
  public func adding<S: Sequence>(_ words: S) -> ProtectedWords where S.Element == String {
    ProtectedWords(keys: keys.union(words.compactMap { ArabicWordKey($0) }))
  }

  private init(keys: Set<ArabicWordKey>) {
    self.keys = keys
    self.table = ArabicWordTable(Dictionary(uniqueKeysWithValues: keys.map { ($0, Int32(1)) }))
  }

  public func contains(_ key: ArabicWordKey) -> Bool { table.value(key) != nil }

  public func contains<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
    guard let key = ArabicWordKey(scalars) else { return false }
    return table.value(key) != nil
  }

  public var count: Int { keys.count }
}
