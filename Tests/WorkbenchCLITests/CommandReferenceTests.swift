import Foundation
import Testing

/// docs/commands.md is what `workbench reference` prints from the commands' own help: a
/// page that no longer matches the options the commands take fails here.
@Suite struct CommandReferenceTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func committedCommandsPageMatchesTheHelp() throws {
    let result = try WorkbenchProcess.run(["reference"], in: Self.root)
    #expect(result.status == 0)
    let committed = try? String(contentsOf: Self.root.appendingPathComponent("docs/commands.md"), encoding: .utf8)
    #expect(
      committed == result.standardOutput,
      "docs/commands.md is stale: run `swift run workbench reference > docs/commands.md`")
  }

  @Test func pageShowsEveryCommandWithItsOptions() throws {
    let page = try WorkbenchProcess.run(["reference"], in: Self.root).standardOutput
    for heading in [
      "## `workbench run`", "## `workbench plugins`", "## `workbench cache prune`", "## `workbench kb import`",
    ] {
      #expect(page.contains(heading), "missing \(heading)")
    }
    #expect(page.contains("--markdown"))
    #expect(page.contains("--db <"))
  }
}
