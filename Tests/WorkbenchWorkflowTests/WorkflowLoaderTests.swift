import BuiltInStages
import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

@Suite struct WorkflowLoaderTests {
  /// A folder with a small corpus, where each test writes its workflow as `wf/flow.yaml`.
  func corpusFixture() throws -> Fixture {
    try Fixture(text: [
      "docs/a.txt": "النفط والغاز",
      "docs/b.md": "# Energy\n",
      "docs/notes/c.txt": "nested",
      "docs/skip.csv": "x,y\n",
      "meta.csv": "file,date,title\na.txt,2026-01-28,\"عنوان، مع فاصلة\"\n",
    ])
  }

  func validate(_ yaml: String, in fixture: Fixture, registry: StageRegistry = testRegistry) throws
    -> WorkflowValidation
  {
    try fixture.write("wf/flow.yaml", text: yaml)
    return WorkflowLoader.validate(fixture.url("wf/flow.yaml"), registry: registry)
  }

  func messages(_ validation: WorkflowValidation, _ fixture: Fixture) -> [String] {
    validation.diagnostics.map { fixture.relative($0.description) }
  }

  @Test func decodesAValidWorkflow() throws {
    let fixture = try corpusFixture()
    let validation = try validate(
      """
      version: 1
      name: energy
      description: Energy coverage
      corpus:
        path: ../docs
        include: ["*.txt", "*.md"]
        exclude: [notes/*]
        metadata: ../meta.csv
        language: ar
      stages:
        - plugin: sentiment
        - id: links
          plugin: entities
          config: {threshold: 0.7}
        - plugin: dates
          config:
            max_years: 20
            anchors: [a, "1"]
          needs: [links]
        - clean
        - plugin: topics
          config: {topics: 3}
      outputs:
        - {format: html, path: ../out/energy.html}
        - path: ../out/energy.jsonl
        - {format: csv, path: /tmp/energy.csv, spreadsheet: true}
      """, in: fixture)
    #expect(
      messages(validation, fixture) == ["wf/flow.yaml:8:13: warning: 1 document has no row in the metadata file: b.md"])
    let workflow = try #require(validation.workflow)
    #expect(workflow.warnings.count == 1)
    #expect(workflow.version == 1)
    #expect(workflow.name == "energy")
    #expect(workflow.description == "Energy coverage")
    #expect(workflow.file == fixture.url("wf/flow.yaml").standardizedFileURL)
    #expect(workflow.corpus.path == fixture.url("docs").standardizedFileURL)
    #expect(workflow.corpus.include == ["*.txt", "*.md"])
    #expect(workflow.corpus.exclude == ["notes/*"])
    #expect(workflow.corpus.metadata == fixture.url("meta.csv").standardizedFileURL)
    #expect(workflow.corpus.language == "ar")
    // Clean comes before the linker that consumes its boilerplate, the linker before sentiment that requires its
    // it; otherwise file order holds.
    #expect(workflow.stages.map(\.id) == ["clean", "links", "sentiment", "date-normalization", "topic-clustering"])
    #expect(
      workflow.stages.map(\.plugin) == [
        "clean", "entity-linking", "sentiment", "date-normalization", "topic-clustering",
      ])
    #expect(workflow.stages.map(\.needs) == [[], ["clean"], ["clean", "links"], ["links"], []])
    #expect(workflow.stages.map(\.location.line) == [20, 12, 11, 15, 21])
    #expect(workflow.stages[1].configured.configuration == ["threshold": 0.7])
    #expect(
      workflow.stages[3].configured.configuration == ["max_years": 20, "calendar": "gregorian", "anchors": ["a", "1"]])
    #expect(workflow.stages[4].configured.configuration == ["topics": 3])
    #expect(workflow.outputs.map(\.format) == [.html, .jsonl, .csv])
    #expect(workflow.outputs.map(\.spreadsheet) == [false, false, true])
    #expect(
      workflow.outputs.map(\.path.path) == [
        fixture.url("out/energy.html").path, fixture.url("out/energy.jsonl").path, "/tmp/energy.csv",
      ])
    #expect(workflow.corpusReader.sources.map(\.relativePath) == ["a.txt", "b.md"])
    #expect(workflow.corpusReader.metadata.metadata(for: "a.txt")?.title == "عنوان، مع فاصلة")
  }

  @Test func defaultsNameIncludeAndStageIDs() throws {
    let fixture = try corpusFixture()
    let validation = try validate(
      """
      version: 1
      corpus: ../docs
      stages: [{plugin: dates}]
      """, in: fixture)
    let workflow = try #require(validation.workflow, "\(messages(validation, fixture))")
    #expect(workflow.name == "flow")
    #expect(workflow.corpus.include == ["*.txt", "*.md", "*.jsonl"])
    #expect(workflow.corpusReader.sources.map(\.relativePath) == ["a.txt", "b.md", "notes/c.txt"])
    #expect(workflow.stages.map(\.id) == ["date-normalization"])
    #expect(workflow.outputs.isEmpty)
  }

  @Test func theEnergyWorkflowIsValidWithTheBuiltInStages() throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let validation = WorkflowLoader.validate(
      repository.appendingPathComponent("workflows/energy.yaml"), registry: try builtInRegistry())
    #expect(validation.diagnostics.map(\.description) == [])
    let workflow = try #require(validation.workflow)
    #expect(workflow.corpus.language == "ar")
    #expect(workflow.corpusReader.sources.count == 5)
    #expect(workflow.corpusReader.metadata.count == 5)
    #expect(workflow.stages.map(\.plugin).contains("keywords"))
  }

  @Test func reportsAllProblemsAtOnceInFileOrder() throws {
    let fixture = try corpusFixture()
    let validation = try validate(
      """
      version: 3
      nmae: energy
      corpus:
        path: ../nowhere
        metadata: ../missing.csv
      stages:
        - plugin: datse
        - plugin: sentiment
          config: {tone: high}
        - id: x
          plugin: clean
          needs: [y]
      outputs:
        - {format: pdf, path: out.pdf}
      """, in: fixture)
    #expect(validation.workflow == nil)
    #expect(
      validation.diagnostics.map { "\($0.location!.line):\($0.location!.column)" } == [
        "1:10", "2:1", "4:9", "5:13", "7:13", "8:13", "9:14", "12:13", "14:14",
      ])
    #expect(validation.errors.count == 9)
    #expect(
      fixture.relative(validation.diagnostics[8].description).hasPrefix(
        "wf/flow.yaml:14:14: error: unknown output format 'pdf'"))
  }

  @Test func needsMayNameAPluginAndRequirementsBecomeNeeds() throws {
    let fixture = try corpusFixture()
    let validation = try validate(
      """
      version: 1
      corpus: ../docs
      stages:
        - plugin: sentiment
        - plugin: dates
          needs: entity-linking
        - {id: links, plugin: entities}
      """, in: fixture)
    let workflow = try #require(validation.workflow, "\(messages(validation, fixture))")
    #expect(workflow.stages.map(\.id) == ["links", "sentiment", "date-normalization"])
    #expect(workflow.stages.map(\.needs) == [[], ["links"], ["links"]])
  }

  /// Metadata coverage warnings: documents without a row (counted, the first three named in
  /// code point order), then orphan rows in line order with a did-you-mean when one is close.
  @Test(arguments: [
    (
      [
        "docs/report-01.txt": "a", "docs/report-02.txt": "b", "docs/report-03.txt": "c",
        "meta.csv": "file,date\nreport-01.txt,2026-01-01\nreport-2.txt,2026-01-02\n",
      ],
      [
        "wf/flow.yaml:2:35: warning: 2 documents have no row in the metadata file: report-02.txt, report-03.txt",
        "meta.csv:3:1: warning: the metadata row for 'report-2.txt' matches no document of the corpus; did you mean 'report-02.txt'?",
      ]
    ),
    (
      [
        "docs/a.txt": "1", "docs/b.txt": "2", "docs/c.txt": "3", "docs/d.txt": "4", "docs/ب.txt": "5",
        "docs/Z.txt": "6",
        "meta.csv": "file,title\nd.txt,\"two\nlines\"\nbb.txt,x\na.txt,y\nملف.txt,z\n",
      ],
      [
        "wf/flow.yaml:2:35: warning: 4 documents have no row in the metadata file: Z.txt, b.txt, c.txt, ...",
        "meta.csv:4:1: warning: the metadata row for 'bb.txt' matches no document of the corpus; did you mean 'b.txt'?",
        "meta.csv:6:1: warning: the metadata row for 'ملف.txt' matches no document of the corpus",
      ]
    ),
  ])
  func warnsAboutDocumentsWithoutARowAndRowsWithoutADocument(files: [String: String], expected: [String]) throws {
    let fixture = try Fixture(text: files)
    let validation = try validate(
      """
      version: 1
      corpus: {path: ../docs, metadata: ../meta.csv}
      stages: [clean]
      """, in: fixture)
    let workflow = try #require(validation.workflow, "\(messages(validation, fixture))")
    #expect(workflow.warnings.map { fixture.relative($0.description) } == expected)
  }

  @Test func aQuotedMetadataFieldKeepsItsLineBreak() throws {
    let fixture = try Fixture(text: ["docs/d.txt": "4", "meta.csv": "file,title\nd.txt,\"two\nlines\"\n"])
    let validation = try validate(
      """
      version: 1
      corpus: {path: ../docs, metadata: ../meta.csv}
      stages: [clean]
      """, in: fixture)
    let workflow = try #require(validation.workflow, "\(messages(validation, fixture))")
    #expect(workflow.corpusReader.metadata.metadata(for: "d.txt")?.title == "two\nlines")
    #expect(workflow.corpusReader.metadata.line(of: "d.txt") == 2)
  }

  /// The located-error example of README.md, with the built-in stages.
  @Test func theDocumentedExampleGivesTheDocumentedMessages() throws {
    let fixture = try Fixture(text: ["seeds/a.txt": "النفط"])
    try fixture.write(
      "workflows/broken.yaml",
      text: """
        version: 2
        corpus:
          path: ../seeds
          incude: ["*.txt"]
        stages:
          - id: first
            plugin: keyword
          - plugin: keywords
            config:
              term: [النفط]
          - id: second
            plugin: keywords
            needs: [frist]
        """)
    let validation = WorkflowLoader.validate(fixture.url("workflows/broken.yaml"), registry: try builtInRegistry())
    #expect(
      validation.diagnostics.map { fixture.relative($0.description) } == [
        "workflows/broken.yaml:1:10: error: unsupported workflow version 2; this Workbench reads version 1",
        "workflows/broken.yaml:4:3: error: unknown key 'incude' in corpus; did you mean 'include'?",
        "workflows/broken.yaml:7:13: error: unknown plugin 'keyword'; did you mean 'keywords'?\nworkflows/broken.yaml:7:13: note: known plugins: "
          + (try builtInRegistry()).factories.map(\.descriptor.id).joined(separator: ", "),
        "workflows/broken.yaml:10:7: error: stage 'keywords': unknown configuration key 'term'; did you mean 'terms'?",
        "workflows/broken.yaml:13:13: error: stage 'second' needs 'frist', which is not a stage of this workflow; did you mean 'first'?\nworkflows/broken.yaml:13:13: note: its stages: first, keywords",
      ])
  }
}
