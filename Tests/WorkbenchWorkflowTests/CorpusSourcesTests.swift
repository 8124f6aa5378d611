import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

@Suite struct CorpusSourcesTests {
  @Test func listedFilesKeepTheirPathsFormatsAndOrder() throws {
    let fixture = try Fixture(text: [
      "c/ب.txt": "1", "c/b/z.jsonl": "{}", "c/a.md": "3", "c/b.txt": "4", "c/Ä.txt": "5",
    ])
    let sources = try CorpusListing.list(CorpusSpec(path: fixture.url("c")))
    #expect(sources.map(\.relativePath) == ["a.md", "b.txt", "b/z.jsonl", "Ä.txt", "ب.txt"])
    #expect(sources.map(\.format) == [.text, .text, .jsonLines, .text, .text])
    #expect(sources.indices.map(sources.format(at:)) == [.text, .text, .jsonLines, .text, .text])
    let folder = fixture.url("c").standardizedFileURL.path
    #expect(sources[2].path == folder + "/b/z.jsonl")
    #expect(sources[4].url == URL(fileURLWithPath: folder + "/ب.txt"))
    #expect(sources.areSorted)
  }

  @Test func sourcesMadeOneByOneKeepTheirOrder() {
    let made = ["b.txt", "a.txt"].map {
      CorpusSource(path: "/x/" + $0, relativePath: $0, format: .text, displayPath: $0)
    }
    let sources = CorpusSources(made)
    #expect(Array(sources) == made)
    #expect(!sources.areSorted)
    #expect(CorpusSources(made.reversed()).areSorted)
  }
}
