import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

/// Corpus entries and metadata values that used to be skipped or accepted without a word.
@Suite struct CorpusFaultTests {
  func failures(_ spec: CorpusSpec, _ fixture: Fixture) throws -> [String] {
    try CorpusReader(spec: spec).entries().compactMap {
      if case .failure(let failure) = $0 { fixture.relative(failure.description) } else { nil }
    }
  }

  @Test func aDanglingLinkTheGlobsSelectFailsAloudAndTheRestIsRead() throws {
    let fixture = try Fixture(text: ["c/a.txt": "oil"])
    try FileManager.default.createSymbolicLink(
      atPath: fixture.url("c/gone.txt").path, withDestinationPath: "nowhere.txt")
    try FileManager.default.createSymbolicLink(
      atPath: fixture.url("c/gone.csv").path, withDestinationPath: "nowhere.csv")
    let entries = Array(try CorpusReader(spec: CorpusSpec(path: fixture.url("c"), include: ["*.txt"])).entries())
    #expect(entries.count == 2)
    #expect(
      try failures(CorpusSpec(path: fixture.url("c"), include: ["*.txt"]), fixture) == [
        "c/gone.txt:1:1: error: a symbolic link to 'nowhere.txt', which does not exist"
      ])
  }

  @Test(.enabled(if: getuid() != 0, "root reads every folder"))
  func anUnreadableSubfolderIsAFailureNotASilentGap() throws {
    let fixture = try Fixture(text: ["c/a.txt": "oil", "c/locked/b.txt": "gas"])
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: fixture.url("c/locked").path)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.url("c/locked").path)
    }
    let messages = try failures(CorpusSpec(path: fixture.url("c")), fixture)
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("c/locked:1:1: error: cannot read the folder (Permission denied)") == true)
  }

  @Test(arguments: [
    (
      #"{"id": "n1", "text": "t", "date": "not-a-date"}"#,
      "c/n.jsonl:1:1: error: 'date' of record 'n1' must be an ISO 8601 date (YYYY-MM-DD, optionally followed by a time), found 'not-a-date'"
    ),
    (
      #"{"id": "n1", "text": "t", "date": "2026-02-30"}"#,
      "c/n.jsonl:1:1: error: 'date' of record 'n1' has no day 30 in month 2 of 2026: '2026-02-30'"
    ),
    (
      #"{"id": "n1", "text": "t", "language": "klingon"}"#,
      "c/n.jsonl:1:1: error: 'language' of record 'n1' must be a language code such as 'ar' or 'en' (ISO 639, optionally with a region: 'ar-SY'), found 'klingon'"
    ),
  ])
  func aRecordWithAnInvalidDateOrLanguageFailsAtItsLine(line: String, message: String) throws {
    let fixture = try Fixture(text: [
      "c/n.jsonl": line + "\n" + #"{"id": "n2", "text": "t", "date": "2026-01-28T09:30:00Z", "language": "ar-SY"}"#
    ])
    #expect(try failures(CorpusSpec(path: fixture.url("c")), fixture) == [message])
  }

  @Test func anInvalidDateInTheMetadataTableIsAnErrorAtItsRow() {
    let csv = "file,date,language\na.txt,2026-01-28,ar\nb.txt,28/01/2026,en\nc.txt,,7\n"
    let (_, diagnostics) = Array(csv.utf8).withUnsafeBufferPointer { MetadataTable.parse($0, file: "meta.csv") }
    #expect(
      diagnostics.map(\.description) == [
        "meta.csv:3:1: error: 'date' of 'b.txt' must be an ISO 8601 date (YYYY-MM-DD, optionally followed by a time), found '28/01/2026'",
        "meta.csv:4:1: error: 'language' of 'c.txt' must be a language code such as 'ar' or 'en' (ISO 639, optionally with a region: 'ar-SY'), found '7'",
      ])
  }

  @Test(arguments: [("klingon", 3, 13), ("7", 3, 13)])
  func theCorpusLanguageMustBeALanguageCode(language: String, line: Int, column: Int) throws {
    let fixture = try Fixture(text: ["c/a.txt": "oil"])
    try fixture.write(
      "wf/flow.yaml", text: "version: 1\ncorpus:\n  language: \(language)\n  path: ../c\nstages: [dates]\n")
    let validation = WorkflowLoader.validate(fixture.url("wf/flow.yaml"), registry: testRegistry)
    #expect(validation.workflow == nil)
    #expect(
      validation.errors.map { fixture.relative($0.description) } == [
        "wf/flow.yaml:\(line):\(column): error: 'language' must be a language code such as 'ar' or 'en' (ISO 639, optionally with a region: 'ar-SY'), found '\(language)'"
      ])
  }

  @Test func metadataRowsMatchingNoDocumentGetTwentyWarningsAndACount() throws {
    let rows = (0..<50).map { "missing-\($0).txt,2026-01-01" }
    let fixture = try Fixture(text: [
      "c/a.txt": "oil", "meta.csv": "file,date\na.txt,2026-01-28\n" + rows.joined(separator: "\n") + "\n",
    ])
    try fixture.write(
      "wf/flow.yaml", text: "version: 1\ncorpus: {path: ../c, metadata: ../meta.csv}\nstages: [dates]\n")
    let validation = WorkflowLoader.validate(fixture.url("wf/flow.yaml"), registry: testRegistry)
    let warnings = validation.diagnostics.filter { $0.severity == .warning }.map { fixture.relative($0.description) }
    #expect(warnings.count == 21)
    #expect(
      warnings.first == "meta.csv:3:1: warning: the metadata row for 'missing-0.txt' matches no document of the corpus")
    #expect(
      warnings.last == "meta.csv:23:1: warning: 30 more metadata rows match no document of the corpus (50 in all)")
  }

  @Test func aDocumentOverTheSizeLimitFailsAloneWithItsSize() throws {
    let fixture = try Fixture(text: ["c/a.txt": "oil"])
    try fixture.write("c/huge.txt", [UInt8](repeating: 0x61, count: DocumentSizeLimit.bytes + 1))
    try fixture.write(
      "c/n.jsonl",
      Array(("{\"id\": \"big\", \"text\": \"" + String(repeating: "a", count: DocumentSizeLimit.bytes) + "\"}\n").utf8))
    let spec = CorpusSpec(path: fixture.url("c"))
    #expect(
      try failures(spec, fixture) == [
        "c/huge.txt:1:1: error: the document is 16 MB; documents over 16 MB are not analysed (split it into smaller documents)",
        "c/n.jsonl:1:1: error: the document is 16 MB; documents over 16 MB are not analysed (split it into smaller documents)",
      ])
    #expect(Array(try CorpusReader(spec: spec).entries()).count == 3)
  }
}
