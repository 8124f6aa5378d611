import BuiltInStages
import Foundation
import Testing
import WorkbenchCLI
import WorkbenchCore

/// docs/stages/<id>.reference.md is what `workbench plugins --markdown` writes from the
/// registered stages: a page that no longer matches its stage's declarations fails here.
@Suite struct StageReferencePageTests {
  static let stagesFolder = BuiltInStagesTests.pluginsFolder.deletingLastPathComponent()
    .appendingPathComponent("docs/stages")
  static let regenerate = "swift run workbench plugins --markdown --output docs/stages"

  static var stageIDs: [String] {
    ((try? builtInRegistry().factories) ?? []).map(\.descriptor.id)
  }

  @Test(arguments: stageIDs)
  func committedPageMatchesTheStage(id: String) throws {
    let factory = try #require(try builtInRegistry().factory(named: id))
    let page = StageReferencePage.inFolder(Self.stagesFolder, factory: factory)
    let url = Self.stagesFolder.appendingPathComponent(page.fileName)
    let committed = try? String(contentsOf: url, encoding: .utf8)
    #expect(committed != nil, "docs/stages/\(page.fileName) is missing: run `\(Self.regenerate)`")
    if let committed {
      #expect(committed == page.markdown, "docs/stages/\(page.fileName) is stale: run `\(Self.regenerate)`")
    }
  }

  @Test func everyRegisteredStageHasAPage() {
    #expect(Self.stageIDs.count == builtInStageTypes.count)
    #expect(Self.stageIDs.contains("clean"))
  }

  @Test func pageListsOptionsWithTypesDefaultsAndHelp() throws {
    let factory = try #require(try builtInRegistry().factory(named: "keywords"))
    let markdown = StageReferencePage(factory: factory).markdown
    #expect(markdown.hasPrefix(StageReferencePage.banner))
    #expect(
      markdown.contains("| `whole_words` | boolean | `true` | only match where the term is not part of a longer word |")
    )
    #expect(markdown.contains("| `KEYWORD` (or the value of `label`) | span | none |"))
    #expect(markdown.contains("- annotations of role `boilerplate` (optional)"))
    #expect(markdown.contains("With `config: {\"terms\":[\"energy\"]}`."))
  }

  @Test func manualIsLinkedOnlyWhenItExists() throws {
    let registry = try builtInRegistry()
    let sentiment = try #require(registry.factory(named: "sentiment"))
    let clean = try #require(registry.factory(named: "clean"))
    #expect(StageReferencePage.inFolder(Self.stagesFolder, factory: sentiment).manual == "sentiment.md")
    #expect(StageReferencePage.inFolder(Self.stagesFolder, factory: clean).manual == nil)
  }
}
