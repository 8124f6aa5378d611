import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

/// Outputs that would write over what the workflow reads are errors at the output.
@Suite struct OutputTargetTests {
  func fixture() throws -> Fixture {
    try Fixture(text: [
      "docs/a.txt": "oil and gas",
      "docs/notes/b.txt": "nested",
      "meta.csv": "file,date\na.txt,2026-01-28\n",
    ])
  }

  func validate(output path: String, in fixture: Fixture, include: String = "[\"*.txt\"]") throws -> [String] {
    try fixture.write(
      "wf/flow.yaml",
      text: """
        version: 1
        corpus: {path: ../docs, include: \(include), metadata: ../meta.csv}
        stages: [dates]
        outputs:
          - {format: jsonl, path: \(path)}
        """)
    let validation = WorkflowLoader.validate(fixture.url("wf/flow.yaml"), registry: testRegistry)
    #expect(validation.workflow == nil || validation.errors.isEmpty)
    return validation.errors.map { fixture.relative($0.description) }
  }

  @Test(arguments: [
    ("flow.yaml", "wf/flow.yaml:5:5: error: output 'wf/flow.yaml' would overwrite the workflow file 'wf/flow.yaml'"),
    (
      "./../wf/flow.yaml",
      "wf/flow.yaml:5:5: error: output 'wf/flow.yaml' would overwrite the workflow file 'wf/flow.yaml'"
    ),
    ("../meta.csv", "wf/flow.yaml:5:5: error: output 'meta.csv' would overwrite the metadata file 'meta.csv'"),
    ("../docs/a.txt", "wf/flow.yaml:5:5: error: output 'docs/a.txt' would overwrite the corpus document 'a.txt'"),
    (
      "../docs/notes/b.txt",
      "wf/flow.yaml:5:5: error: output 'docs/notes/b.txt' would overwrite the corpus document 'notes/b.txt'"
    ),
  ])
  func anOutputOverAFileTheWorkflowReadsIsAnError(path: String, message: String) throws {
    let fixture = try fixture()
    let before = try Data(contentsOf: fixture.url("meta.csv"))
    let errors = try validate(output: path, in: fixture)
    #expect(errors.first.map { $0.components(separatedBy: "\n")[0] } == message)
    #expect(try Data(contentsOf: fixture.url("meta.csv")) == before)
  }

  @Test func anOutputOverAnyFileInTheCorpusFolderIsAnError() throws {
    let fixture = try fixture()
    try fixture.write("docs/notes.csv", text: "kept,as,is\n")
    let errors = try validate(output: "../docs/notes.csv", in: fixture)
    #expect(
      errors.first?.hasPrefix(
        "wf/flow.yaml:5:5: error: output 'docs/notes.csv' would overwrite 'notes.csv', a file in the corpus folder")
        == true)
    #expect(try String(contentsOf: fixture.url("docs/notes.csv"), encoding: .utf8) == "kept,as,is\n")
  }

  @Test(arguments: [
    ("out/notes.jsonl", "my own notes\n", false),
    ("out/sheet.csv", "name,total\r\n", false),
    ("out/page.html", "<!DOCTYPE html>\n<title>mine</title>", false),
    ("out/old.jsonl", "{\"doc\":\"a.txt\",\"stage\":\"dates\"}\n", true),
    ("out/old.csv", "\u{FEFF}doc,stage,start,end,text,label,value,attributes\r\n", true),
    ("out/old.html", "<!DOCTYPE html>\n<head>\n<meta name=\"generator\" content=\"Workbench\">\n", true),
    ("out/empty.jsonl", "", true),
  ])
  func onlyFilesWorkbenchWroteAreReplaced(path: String, contents: String, replaceable: Bool) throws {
    let fixture = try fixture()
    try fixture.write(path, text: contents)
    let errors = try validate(output: "../\(path)", in: fixture)
    if replaceable {
      #expect(errors.isEmpty)
    } else {
      #expect(
        errors.first?.hasPrefix("wf/flow.yaml:5:5: error: output '\(path)' exists and is not a file Workbench wrote")
          == true, "\(errors)")
    }
    #expect(try Data(contentsOf: fixture.url(path)) == Data(contents.utf8))
  }

  @Test func anOutputTheNextRunWouldReadAsADocumentIsAnError() throws {
    let fixture = try fixture()
    let errors = try validate(output: "../docs/out.jsonl", in: fixture, include: "[\"*.txt\", \"*.jsonl\"]")
    #expect(
      errors.first?.hasPrefix(
        "wf/flow.yaml:5:5: error: output 'docs/out.jsonl' is in the corpus folder and matches its include globs")
        == true)
  }

  @Test(arguments: ["../docs/out.jsonl", "../docs/.hidden/out.jsonl", "../out/a.txt"])
  func anOutputBesideOrOutsideTheCorpusThatIsNeverReadIsFine(path: String) throws {
    let fixture = try fixture()
    #expect(try validate(output: path, in: fixture).isEmpty)
  }

  @Test func anOutputThroughAHardLinkToTheMetadataIsCaught() throws {
    let fixture = try fixture()
    try FileManager.default.createDirectory(at: fixture.url("out"), withIntermediateDirectories: true)
    try FileManager.default.linkItem(at: fixture.url("meta.csv"), to: fixture.url("out/linked.csv"))
    let errors = try validate(output: "../out/linked.csv", in: fixture)
    #expect(errors.first?.contains("would overwrite the metadata file 'meta.csv'") == true)
  }

  @Test func aLongListOfPlainTermsIsNotAnAliasExpansion() throws {
    // More nodes than aliases may add, all written out: the size of the text bounds them.
    let count = YAMLParser.maximumExpandedNodes + 10
    var text = "terms:\n"
    text.reserveCapacity(count * 4 + 8)
    for _ in 0..<count { text += "- t\n" }
    let root = try #require(try YAMLParser.parse(text, file: "t.yaml"))
    #expect(root.mapping?.first?.value.sequence?.count == count)
  }
}
