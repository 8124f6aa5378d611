import Foundation
import Testing

/// The plugin code the tutorial (docs/writing-a-plugin.md) and the plugin reference
/// (docs/plugins.md) show is the example package's code, which CI builds and tests
/// (.ci/run): a change to one without the other fails here.
@Suite struct PluginTutorialTests {
  static let root = BuiltInStagesTests.pluginsFolder.deletingLastPathComponent()

  @Test(arguments: [
    ("docs/writing-a-plugin.md", "Examples/ExternalPlugin/Sources/Quotes/QuoteStage.swift"),
    ("docs/writing-a-plugin.md", "Examples/ExternalPlugin/Sources/example-workbench/main.swift"),
    ("docs/plugins.md", "Examples/ExternalPlugin/Sources/Quotes/QuoteStage.swift"),
    ("docs/plugins.md", "Examples/ExternalPlugin/Sources/Quotes/QuotesPlugin.swift"),
    ("docs/plugins.md", "Examples/ExternalPlugin/Tests/QuotesTests/QuoteStageTests.swift"),
    ("docs/plugins.md", "Examples/ExternalPlugin/Sources/example-workbench/main.swift"),
  ])
  func documentShowsTheExampleFile(document: String, path: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
    let file = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    #expect(text.contains("```swift\n" + file + "```\n"), "\(document) must show \(path) as it is")
  }
}
