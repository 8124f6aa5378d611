import Foundation
import Testing
import WorkbenchCore
import WorkbenchStore

/// What a careless user can type: outputs over the files a run reads, damaged and locked
/// databases, typos of commands and values. Nothing is lost, and each failure is located and
/// has the status the README gives it.
@Suite struct HardeningTests {
  static let workflow = """
    version: 1
    name: oil
    corpus:
      path: corpus
      include: ["*.txt", "*.jsonl"]
    stages:
      - id: oil
        plugin: keywords
        config: {terms: [oil, النفط]}
      - plugin: date-normalization
    outputs:
      - {format: jsonl, path: OUTPUT}
    """

  func project(output: String = "out/oil.jsonl") throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("workflows/oil.yaml", Self.workflow.replacingOccurrences(of: "OUTPUT", with: output))
    try folder.write("workflows/corpus/a.txt", "oil on 3 March 2026")
    try folder.write("workflows/corpus/b.txt", "ارتفع سعر النفط")
    return folder
  }

  func bytes(_ folder: TemporaryFolder, _ path: String) throws -> Data {
    try Data(contentsOf: folder.url.appendingPathComponent(path))
  }

  @Test(arguments: [
    ("../.workbench/workbench.sqlite", "exists and is a SQLite database"),
    ("oil.yaml", "would overwrite the workflow file"),
    ("corpus/a.txt", "would overwrite the corpus document 'a.txt'"),
  ])
  func anOutputOverWhatTheRunReadsIsRefusedBeforeAnythingRuns(output: String, message: String) throws {
    let project = try project()
    #expect(try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url).status == 0)
    let database = try bytes(project, ".workbench/workbench.sqlite")
    let corpus = try bytes(project, "workflows/corpus/a.txt")
    try project.write("workflows/oil.yaml", Self.workflow.replacingOccurrences(of: "OUTPUT", with: output))
    let workflow = try bytes(project, "workflows/oil.yaml")
    for command in ["validate", "run"] {
      let result = try WorkbenchProcess.run([command, "oil"], in: project.url)
      #expect(result.status == 65)
      #expect(result.standardError.contains("oil.yaml:12:5: error: output "), "\(result.standardError)")
      #expect(result.standardError.contains(message))
    }
    #expect(try bytes(project, ".workbench/workbench.sqlite") == database)
    #expect(try bytes(project, "workflows/corpus/a.txt") == corpus)
    #expect(try bytes(project, "workflows/oil.yaml") == workflow)
  }

  @Test(arguments: [["export", "--format", "jsonl", "-o"], ["report", "-o"]])
  func anOutputOptionNamingTheDatabaseIsAUsageError(command: [String]) throws {
    let project = try project()
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    let database = try bytes(project, ".workbench/workbench.sqlite")
    let result = try WorkbenchProcess.run(command + ["./.workbench/../.workbench/workbench.sqlite"], in: project.url)
    #expect(result.status == 64)
    #expect(result.standardError.contains("would overwrite the database"))
    #expect(try bytes(project, ".workbench/workbench.sqlite") == database)
  }

  @Test func readingCommandsNeverWaitForTheWriteLock() throws {
    let project = try project()
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    let store = try WorkbenchStore(path: project.url.appendingPathComponent(".workbench/workbench.sqlite").path)
    // Opening for reading used to take the write lock (to check the schema), so a reader
    // waited for a writer, and failed on a file it may not write.
    try store.holdingWriteLockForTesting {
      for command in [["runs"], ["export", "--format", "csv"], ["show", "a.txt"], ["report", "-o", "r.html"]] {
        let result = try WorkbenchProcess.run(command, in: project.url)
        #expect(result.status == 0, "\(command): \(result.standardError)")
      }
    }
  }

  @Test func aFileThatIsNotADatabaseIsAStoreErrorWithStatus74() throws {
    let project = try project()
    try project.write("junk.sqlite", String(repeating: "not a database ", count: 400))
    for command in [["runs"], ["run", "oil", "--quiet"]] {
      let result = try WorkbenchProcess.run(command + ["--db", "junk.sqlite"], in: project.url)
      #expect(result.status == 74)
      #expect(
        result.standardError.contains("error: the database 'junk.sqlite' is damaged or is not a Workbench database"))
      #expect(!result.standardError.contains("SQLite error"))
    }
  }

  @Test func aDanglingLinkInTheCorpusFailsAsADocument() throws {
    let project = try project()
    try FileManager.default.createSymbolicLink(
      atPath: project.url.appendingPathComponent("workflows/corpus/c.txt").path, withDestinationPath: "moved.txt")
    let result = try WorkbenchProcess.run(["run", "oil", "--json"], in: project.url)
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("a symbolic link to 'moved.txt', which does not exist"))
  }

  @Test func aStageOptionOutsideItsValuesListsThem() throws {
    let project = try project()
    try project.write(
      "workflows/oil.yaml",
      Self.workflow.replacingOccurrences(of: "OUTPUT", with: "out/oil.jsonl")
        .replacingOccurrences(
          of: "  - plugin: date-normalization", with: "  - plugin: date-normalization\n    config: {prefer: sideways}"))
    let result = try WorkbenchProcess.run(["validate", "oil"], in: project.url)
    #expect(result.status == 65)
    #expect(
      result.standardError.contains(
        "oil.yaml:11:22: error: stage 'date-normalization': 'prefer' must be one of nearest, future, past, found 'sideways'"
      ))
  }

  @Test func fileNamesWithTerminalEscapesAreShownEscaped() throws {
    let project = try project()
    try Data([0x6F, 0xC3, 0x28]).write(to: project.url.appendingPathComponent("workflows/corpus/x\u{1B}[2Jy.txt"))
    let result = try WorkbenchProcess.run(["run", "oil"], in: project.url)
    #expect(result.status == 1)
    #expect(!result.standardError.contains("\u{1B}"))
    #expect(result.standardError.contains("x\\u{1B}[2Jy.txt"))
  }

  @Test func versionAndCommandTypos() throws {
    let folder = try TemporaryFolder()
    let version = try WorkbenchProcess.run(["--version"], in: folder.url)
    #expect(version.status == 0)
    #expect(version.standardOutput == "0.1.0\n")
    for (typo, meant) in [
      ("rnu", "run"), ("plugin", "plugins"), ("exprot", "export"), ("kb imprt", "import"), ("cache prnue", "prune"),
    ] {
      let result = try WorkbenchProcess.run(typo.split(separator: " ").map(String.init), in: folder.url)
      #expect(result.status == 64)
      #expect(
        result.standardError.hasPrefix("error: unknown command '\(typo)'; did you mean '\(meant)'?"),
        "\(result.standardError)")
    }
    // A command's argument is not a command: `show rnu` looks for a document named rnu.
    #expect(try WorkbenchProcess.run(["show", "rnu"], in: folder.url).standardError.contains("no database"))
  }

  @Test func stagesAreNamedByIdPluginOrAliasInShowAndExport() throws {
    let project = try project()
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    let show = try WorkbenchProcess.run(["show", "a.txt", "--stage", "dates"], in: project.url)
    #expect(show.status == 0)
    #expect(show.standardOutput.contains("2026-03-03"))
    #expect(!show.standardOutput.contains("KEYWORD"))
    let export = try WorkbenchProcess.run(["export", "--format", "jsonl", "--stage", "dates"], in: project.url)
    #expect(export.status == 0)
    #expect(export.standardOutput.contains("\"value\":\"2026-03-03\""))
    let typo = try WorkbenchProcess.run(["show", "a.txt", "--stage", "dtaes"], in: project.url)
    #expect(typo.status == 64)
    #expect(typo.standardError.contains("run 1 has no stage 'dtaes'; did you mean 'dates'?"))
  }

  @Test func showPointsToTheRunThatHasTheDocument() throws {
    let project = try project()
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    try project.write("workflows/other.yaml", "version: 1\ncorpus: other\nstages: [text-stats]\n")
    try project.write("workflows/other/z.txt", "gas")
    #expect(try WorkbenchProcess.run(["run", "other", "--quiet"], in: project.url).status == 0)
    let result = try WorkbenchProcess.run(["show", "a.txt"], in: project.url)
    #expect(result.status == 64)
    #expect(result.standardError.contains("run 2 has no document 'a.txt'; run 1 has it: workbench show a.txt --run 1"))
    #expect(try WorkbenchProcess.run(["show", "a.txt", "--run", "1"], in: project.url).status == 0)
    let missing = try WorkbenchProcess.run(["show", "a.txt", "--run", "9"], in: project.url)
    #expect(missing.status == 64)
    #expect(missing.standardError.contains("has no run 9; recent runs: 2, 1"))
  }

  @Test func pluginsNameTypesAsYAMLDoes() throws {
    let result = try WorkbenchProcess.run(["plugins"], in: try TemporaryFolder().url)
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("--config prefer=\"nearest\"  [one of nearest, future, past]"))
    #expect(!result.standardOutput.contains("Optional<"))
    #expect(!result.standardOutput.contains("Array<"))
    let help = try WorkbenchProcess.run(["run", "--help"], in: try TemporaryFolder().url)
    #expect(help.standardOutput.contains("(default: the number of"))
    #expect(!help.standardOutput.contains("(default: \(ProcessInfo.processInfo.activeProcessorCount))"))
  }

  /// Whether the test can look at a file as a user who may not write it: any user but root,
  /// or root through `setpriv` as `nobody`.
  static let canDropWriteAccess = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  @Test(.enabled(if: canDropWriteAccess))
  func aDatabaseTheUserMayNotWriteCanStillBeRead() throws {
    let project = try project()
    #expect(try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url).status == 0)
    let folder = project.url.appendingPathComponent(".workbench")
    let manager = FileManager.default
    try manager.setAttributes(
      [.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent("workbench.sqlite").path)
    try manager.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
    defer { try? manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
    for command in [["runs"], ["export", "--format", "jsonl"], ["show", "a.txt"]] {
      let (status, text) = try runAsAnotherUser(command, in: project.url)
      #expect(status == 0, "\(command): \(text)")
      if command[0] == "export" { #expect(text.contains("\"text\":\"oil\"")) }
    }
  }

  @Test func aDatabaseFromANewerWorkbenchIsRefusedForReadingToo() throws {
    let project = try project()
    let path = project.url.appendingPathComponent("newer.sqlite").path
    try WorkbenchStore.createForTesting(path: path, schemaVersion: 1) { execute in
      try execute("PRAGMA user_version = 99")
    }
    for command in [["runs"], ["run", "oil", "--quiet"]] {
      let result = try WorkbenchProcess.run(command + ["--db", "newer.sqlite"], in: project.url)
      #expect(result.status == 74)
      #expect(result.standardError.contains("the database has schema version 99, newer than this Workbench's"))
    }
  }

  @Test func aConfigValueOnTheCommandLineThatAStageRefusesIsAUsageError() throws {
    let result = try WorkbenchProcess.run(
      ["annotate", "--stage", "dates", "--config", "prefer=sideways"], in: try TemporaryFolder().url,
      standardInput: "on Monday")
    #expect(result.status == 64)
    #expect(
      result.standardError
        == "error: stage 'date-normalization': 'prefer' must be one of nearest, future, past, found 'sideways'\n")
  }

  /// Runs `workbench` as a user who owns none of the test's files: this user when it is not
  /// root, else `nobody` through `setpriv`. Returns the status and the output of both streams.
  func runAsAnotherUser(_ arguments: [String], in folder: URL) throws -> (Int32, String) {
    let process = Process()
    if getuid() == 0 {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments =
        ["--reuid=65534", "--regid=65534", "--clear-groups", WorkbenchProcess.executable.path] + arguments
    } else {
      process.executableURL = WorkbenchProcess.executable
      process.arguments = arguments
    }
    process.currentDirectoryURL = folder
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  @Test(.enabled(if: canDropWriteAccess))
  func anUnreadableCorpusFolderFailsAsADocument() throws {
    let project = try project()
    try project.write("workflows/corpus/locked/c.txt", "oil")
    // The run writes its outputs beside the workflow: open those folders to the other user.
    for folder in ["", "workflows"] {
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o777], ofItemAtPath: project.url.appendingPathComponent(folder).path)
    }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o000], ofItemAtPath: project.url.appendingPathComponent("workflows/corpus/locked").path)
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: project.url.appendingPathComponent("workflows/corpus/locked").path)
    }
    let (status, text) = try runAsAnotherUser(
      ["run", "oil", "--db", "/tmp/wb-\(UUID().uuidString).sqlite", "--json"], in: project.url)
    #expect(status == 1, "\(text)")
    #expect(text.contains("cannot read the folder (Permission denied): the documents in it are missing from this run"))
  }

  @Test func aDamagedDatabaseIsWarnedAboutBeforeItIsExported() throws {
    let project = try project()
    #expect(try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url).status == 0)
    let url = project.url.appendingPathComponent(".workbench/workbench.sqlite")
    var bytes = try [UInt8](Data(contentsOf: url))
    // An invalid b-tree page type at the head of the last page (an index or annotations,
    // not the runs the command looks up first).
    let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
    bytes[bytes.count - pageSize] = 0x07
    try Data(bytes).write(to: url)
    let result = try WorkbenchProcess.run(["export", "--format", "jsonl"], in: project.url)
    #expect(
      result.standardError.hasPrefix("warning: the database '.workbench/workbench.sqlite' is damaged ("),
      "\(result.standardError)")
  }

  @Test func aGoldFileWithoutLabelsNamesTheFileNotLineZero() throws {
    let folder = try TemporaryFolder()
    try folder.write("gold.jsonl", "{\"id\": \"a\", \"text\": \"oil prices\"}\n{\"id\": \"b\", \"text\": \"gas\"}\n")
    let result = try WorkbenchProcess.run(["evaluate", "--stage", "topics", "--gold", "gold.jsonl"], in: folder.url)
    #expect(result.status == 65)
    #expect(result.standardError.hasPrefix("error: gold.jsonl: no document has a \"label\""), "\(result.standardError)")
    #expect(!result.standardError.contains("line 0"))
  }

  @Test func exportReplacesItsOwnFileButNoOtherFile() throws {
    let project = try project()
    _ = try WorkbenchProcess.run(["run", "oil", "--quiet"], in: project.url)
    for _ in 0..<2 {
      #expect(try WorkbenchProcess.run(["export", "--format", "csv", "-o", "out/a.csv"], in: project.url).status == 0)
    }
    try project.write("notes.csv", "my,own,table\n")
    let result = try WorkbenchProcess.run(["export", "--format", "csv", "-o", "notes.csv"], in: project.url)
    #expect(result.status == 64)
    #expect(result.standardError.contains("-o notes.csv exists and is not a file Workbench wrote"))
    #expect(
      try String(contentsOf: project.url.appendingPathComponent("notes.csv"), encoding: .utf8) == "my,own,table\n")
  }

  @Test func anOutputNamingADatabaseNotCreatedYetIsRefused() throws {
    let project = try project(output: "../fresh.sqlite")
    let result = try WorkbenchProcess.run(["run", "oil", "--db", "fresh.sqlite"], in: project.url)
    #expect(result.status == 65)
    #expect(
      result.standardError.contains("oil.yaml:12:5: error: output 'fresh.sqlite' would overwrite the database"),
      "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("fresh.sqlite").path))
  }
}
