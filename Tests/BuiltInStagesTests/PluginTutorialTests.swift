import Foundation
import Testing

/// The plugin tutorial's code (docs/writing-a-plugin.md) is the example package's code, which
/// CI builds and tests (.ci/run): a change to one without the other fails here.
@Suite struct PluginTutorialTests {
  static let root = BuiltInStagesTests.pluginsFolder.deletingLastPathComponent()

  @Test(arguments: [
    "Examples/ExternalPlugin/Sources/Quotes/QuoteStage.swift",
    "Examples/ExternalPlugin/Sources/example-workbench/main.swift",
  ])
  func tutorialShowsTheExampleFile(path: String) throws {
    let tutorial = try String(
      contentsOf: Self.root.appendingPathComponent("docs/writing-a-plugin.md"), encoding: .utf8)
    let file = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    #expect(tutorial.contains("```swift\n" + file + "```\n"), "docs/writing-a-plugin.md must show \(path) as it is")
  }
}
