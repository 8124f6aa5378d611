import Foundation

/// Given names written in Latin script (Resources/given_names_latin.txt, written for Workbench):
/// evidence that a capitalized pair is a person's name. The tagger learned English names from
/// little text (wikigold and the project's sentences), and reads some pairs it has never seen as
/// an organization ("Monica Smith won", "Rebecca Lowry said"); a given name in front settles it.
enum LatinGivenNames {
  /// The shipped list as folded word hashes, read once per process (empty when the resource is
  /// missing).
  static let shipped: WordHashSet = {
    let url =
      Bundle.module.url(forResource: "given_names_latin", withExtension: "txt", subdirectory: "Resources")
      ?? Bundle.module.url(forResource: "given_names_latin", withExtension: "txt")
    let content = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
    return names(in: content)
  }()

  /// The hashes of the names in a list: one name per line, `#` opens a comment line.
  static func names(in content: String) -> WordHashSet {
    NonNameWords.hashes(
      content.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: " "))
  }
}
