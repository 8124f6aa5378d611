import Foundation
import Testing

/// The README is the short door and docs/ the manual: the README stays short, names the two
/// commands, and every relative link in either leads to a file that exists.
@Suite struct DocumentationTests {
  static let root = BuiltInStagesTests.pluginsFolder.deletingLastPathComponent()

  static var pages: [String] {
    var pages = ["README.md"]
    for folder in ["docs", "docs/stages"] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
      pages += names.filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + $0 }
    }
    return pages
  }

  @Test func readmeIsShortAndNamesTheTwoCommands() throws {
    let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count <= 300)
    #expect(readme.contains("swift test"))
    #expect(readme.contains("workbench run"))
  }

  @Test(arguments: pages)
  func relativeLinksLeadToFiles(page: String) throws {
    let url = Self.root.appendingPathComponent(page)
    let text = try String(contentsOf: url, encoding: .utf8)
    let folder = url.deletingLastPathComponent()
    var broken: [String] = []
    var rest = text[...]
    while let open = rest.range(of: "](") {
      rest = rest[open.upperBound...]
      guard let close = rest.firstIndex(of: ")") else { break }
      let target = String(rest[..<close])
      rest = rest[close...]
      if target.contains("://") || target.hasPrefix("#") || target.hasPrefix("mailto:") || target.contains(" ") {
        continue
      }
      let path = String(target.split(separator: "#", maxSplits: 1).first ?? "")
      if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) { broken.append(target) }
    }
    #expect(broken.isEmpty, "\(page) links to missing files: \(broken)")
  }
}
