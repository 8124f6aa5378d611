import Foundation
import Testing

/// The README's "Adding a plugin" code is the example package's code, which CI builds and
/// tests (.ci/run): a change to one without the other fails here.
@Suite struct ReadmePluginExampleTests {
  static let root = BuiltInStagesTests.pluginsFolder.deletingLastPathComponent()

  @Test(arguments: [
    "Examples/ExternalPlugin/Sources/Quotes/QuoteStage.swift",
    "Examples/ExternalPlugin/Sources/example-workbench/main.swift",
  ])
  func readmeShowsTheExampleFile(path: String) throws {
    let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    let file = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    #expect(readme.contains("```swift\n" + file + "```\n"), "README.md's Adding a plugin section must show \(path) as it is")
  }
}
