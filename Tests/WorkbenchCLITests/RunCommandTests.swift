import Foundation
import Testing
import WorkbenchCore
import WorkbenchStore

@Suite struct RunCommandTests {
  static let workflow = """
    version: 1
    name: oil
    description: Oil words
    corpus:
      path: corpus
      include: ["*.txt", "*.jsonl"]
    stages:
      - id: oil
        plugin: keywords
        config: {terms: [oil, النفط]}
    outputs:
      - {format: jsonl, path: out/oil.jsonl}
      - {format: csv, path: out/oil.csv}
      - {format: html, path: out/oil.html}
    """

  func makeProject() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("workflows/oil.yaml", Self.workflow)
    try folder.write("workflows/corpus/a.txt", "oil, gas and oil")
    try folder.write("workflows/corpus/b.txt", "\u{FEFF}ارتفع سعر النفط والغاز\r\n")
    return folder
  }

  func summary(_ result: WorkbenchProcess.Result) throws -> [String: JSONValue] {
    try JSONValue.parse(result.standardOutput).objectValue ?? [:]
  }

  func stageCounts(_ summary: [String: JSONValue]) -> [String: JSONValue] {
    summary["stages"]?.arrayValue?.first?.objectValue ?? [:]
  }

  @Test func runsAWorkflowByNameThenReusesEveryResult() throws {
    let project = try makeProject()
    let first = try WorkbenchProcess.run(["run", "oil", "--json"], in: project.url)
    #expect(first.status == 0, "\(first.standardError)")
    let firstSummary = try summary(first)
    #expect(firstSummary["documents"] == 2)
    #expect(stageCounts(firstSummary)["computed"] == 2)
    #expect(stageCounts(firstSummary)["id"] == "oil")
    #expect(stageCounts(firstSummary)["plugin"] == "keywords")

    let second = try WorkbenchProcess.run(["run", "oil", "--json"], in: project.url)
    #expect(stageCounts(try summary(second))["computed"] == 0)
    #expect(stageCounts(try summary(second))["cached"] == 2)

    let lines = try String(contentsOf: project.url.appendingPathComponent("workflows/out/oil.jsonl"), encoding: .utf8)
      .split(separator: "\n").map { try JSONValue.parse(String($0)).objectValue ?? [:] }
    #expect(lines.map { $0["doc"] } == ["a.txt", "a.txt", "b.txt"])
    #expect(lines.map { $0["start"] } == [0, 13, 10])
    #expect(lines.map { $0["text"] } == ["oil", "oil", "النفط"])
    let csv = try String(contentsOf: project.url.appendingPathComponent("workflows/out/oil.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("doc,stage,start,end,text,label,value,attributes\r\na.txt,oil,0,3,oil,KEYWORD,oil,\r\n"))
    let html = try String(contentsOf: project.url.appendingPathComponent("workflows/out/oil.html"), encoding: .utf8)
    #expect(html.contains("ارتفع سعر"))
  }

  @Test func exportShowAndRunsReadTheStoredRun() throws {
    let project = try makeProject()
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    let export = try WorkbenchProcess.run(["export", "--format", "jsonl", "--stage", "oil"], in: project.url)
    #expect(export.status == 0)
    #expect(export.standardOutput.split(separator: "\n").count == 3)
    let spreadsheet = try WorkbenchProcess.run(["export", "--format", "csv", "--spreadsheet"], in: project.url)
    #expect(spreadsheet.status == 0)
    #expect(spreadsheet.standardOutput.hasPrefix("\u{FEFF}doc,stage,start,end,text,label,value,attributes\r\n"))
    let notCSV = try WorkbenchProcess.run(["export", "--format", "jsonl", "--spreadsheet"], in: project.url)
    #expect(notCSV.status == 64)
    #expect(notCSV.standardError.contains("--spreadsheet applies to --format csv"))
    let show = try WorkbenchProcess.run(["show", "b.txt"], in: project.url)
    #expect(show.status == 0)
    #expect(show.standardOutput.contains("النفط"))
    let missing = try WorkbenchProcess.run(["show", "c.txt"], in: project.url)
    #expect(missing.status == 64)
    #expect(missing.standardError.contains("run 1 has no document 'c.txt'"))
    let runs = try WorkbenchProcess.run(["runs", "--json"], in: project.url)
    let listed = try JSONValue.parse(runs.standardOutput).arrayValue ?? []
    #expect(listed.first?.objectValue?["status"] == "completed")
  }

  @Test func cacheStatsCountsWhatIsStoredAndPruneDropsWhatNoKeptRunUses() throws {
    let project = try makeProject()
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    try project.write("workflows/corpus/a.txt", "gas only")
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    let stats = try WorkbenchProcess.run(["cache", "stats"], in: project.url)
    #expect(stats.status == 0)
    let lines = stats.standardOutput.split(separator: "\n").map(String.init)
    // Two runs of a.txt and b.txt (a.txt edited in between): three texts, three results.
    #expect(lines.contains("runs            2"))
    #expect(lines.contains("texts           3"))
    #expect(lines.contains("results         3 (0 used by no run)"))
    #expect(lines.contains("  keywords      3"))
    let pruned = try WorkbenchProcess.run(["cache", "prune", "--keep-runs", "1"], in: project.url)
    #expect(pruned.status == 0)
    #expect(pruned.standardOutput == "deleted 1 results; kept the newest 1 run(s)\n")
    let after = try WorkbenchProcess.run(["cache", "stats"], in: project.url)
    #expect(after.standardOutput.contains("results         2 (0 used by no run)\n"))
  }

  @Test func aBadDocumentFailsAloneWithStatus1() throws {
    let project = try makeProject()
    try Data([0x6F, 0x69, 0x6C, 0xC3, 0x28]).write(to: project.url.appendingPathComponent("workflows/corpus/c.txt"))
    try project.write("workflows/corpus/d.jsonl", "{\"id\": \"d1\", \"text\": \"oil\"}\n{\"id\": \"d2\", \"text\": \n")
    let result = try WorkbenchProcess.run(["run", "oil", "--json"], in: project.url)
    #expect(result.status == 1)
    let object = try summary(result)
    #expect(object["documents"] == 5)
    #expect(stageCounts(object)["computed"] == 3)
    let failures = object["failures"]?.arrayValue?.compactMap { $0.objectValue?["document"]?.stringValue } ?? []
    #expect(failures.count == 2)
    #expect(failures.contains("c.txt"))
    let messages = object["failures"]?.arrayValue?.compactMap { $0.objectValue?["message"]?.stringValue } ?? []
    #expect(messages.contains { $0.contains("c.txt") && $0.contains("UTF-8") })
    #expect(messages.contains { $0.contains("d.jsonl:2") })
  }

  @Test func validateReportsEveryProblemWithItsLocation() throws {
    let project = try makeProject()
    try project.write(
      "workflows/broken.yaml",
      """
      version: 1
      name: broken
      corpus: {path: corpus}
      stages:
        - plugin: keywrds
        - plugin: keywords
          config: {terms: [oil], lable: X}
      """)
    let result = try WorkbenchProcess.run(["validate", "broken"], in: project.url)
    #expect(result.status == 65)
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(
      lines.contains { $0.hasSuffix("broken.yaml:5:13: error: unknown plugin 'keywrds'; did you mean 'keywords'?") })
    #expect(
      lines.contains {
        $0.hasSuffix(
          "broken.yaml:7:28: error: stage 'keywords': unknown configuration key 'lable'; did you mean 'label'?")
      })
    let run = try WorkbenchProcess.run(["run", "broken"], in: project.url)
    #expect(run.status == 65)
    #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent(".workbench").path))
  }

  /// A large JSON Lines corpus, so that a run is still going when the test kills it.
  func makeLargeProject(documents: Int) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("workflows/oil.yaml", Self.workflow)
    var lines = ""
    for index in 0..<documents {
      lines += "{\"id\": \"doc\(index)\", \"text\": \"oil and gas report \(index): النفط والغاز\"}\n"
    }
    try folder.write("workflows/corpus/large.jsonl", lines)
    return folder
  }

  /// Synchronous on purpose: an async test that awaited a sleep between looks could wait for a
  /// thread of the shared pool while other tests hold them all, long enough for the run to end
  /// before it is stopped.
  @Test func aRunKilledMidwayLeavesASoundDatabaseAndTheNextRunResumes() throws {
    let total = 60_000
    let project = try makeLargeProject(documents: total)
    let database = project.url.appendingPathComponent("kill.sqlite").path
    let (process, _, _) = try WorkbenchProcess.start(
      ["run", "oil", "--db", database, "--quiet", "--jobs", "1"], in: project.url)
    var stored = 0
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline, process.isRunning {
      if FileManager.default.fileExists(atPath: database),
        let count = try? WorkbenchStore(path: database, busyTimeout: 1, readOnly: true).resultCount(),
        count > 0
      {
        // Frozen at once, so that it cannot finish while the test looks; then killed.
        kill(process.processIdentifier, SIGSTOP)
        stored = count
        break
      }
      usleep(2_000)
    }
    #expect(process.isRunning, "the run finished before it could be killed; make the corpus larger")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    let store = try WorkbenchStore(path: database)
    #expect(try store.integrityCheck() == ["ok"])
    let afterKill = try store.statistics().results
    #expect(afterKill >= stored && afterKill < total)
    #expect(try store.runs().first?.status == "interrupted")

    let resumed = try WorkbenchProcess.run(["run", "oil", "--db", database, "--json"], in: project.url)
    #expect(resumed.status == 0)
    let counts = stageCounts(try summary(resumed))
    #expect(counts["computed"] == .int(total - afterKill))
    #expect(counts["cached"] == .int(afterKill))
  }

  @Test func twoRunsOnOneDatabaseAtOnceBothFinish() throws {
    let project = try makeLargeProject(documents: 3_000)
    let database = project.url.appendingPathComponent("shared.sqlite").path
    let first = try WorkbenchProcess.start(["run", "oil", "--db", database, "--json"], in: project.url)
    let second = try WorkbenchProcess.start(["run", "oil", "--db", database, "--json"], in: project.url)
    for (process, output, _) in [first, second] {
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      let object = try JSONValue.parse(String(decoding: data, as: UTF8.self)).objectValue ?? [:]
      #expect(object["documents"] == 3_000)
    }
    let store = try WorkbenchStore(path: database)
    #expect(try store.integrityCheck() == ["ok"])
    #expect(try store.statistics().results == 3_000)
    #expect(try store.runs().map(\.status) == ["completed", "completed"])
  }
}
