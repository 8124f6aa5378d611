import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchRuntime
import WorkbenchStore
import WorkbenchWorkflow

/// `workbench worker`: annotates documents streamed as JSON Lines on standard input and
/// writes annotation JSON Lines on standard output, for Spark's `RDD.pipe` and other
/// pipelines that hand a program one slice of a corpus at a time.
///
/// Every slice of `--batch` documents is a run of the workflow's per-document stages through
/// the same executor as `workbench run`, against a temporary database (or `--db`, which then
/// also serves as a cache), and is written out before the next slice is read.
struct WorkerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "worker",
    abstract: "Annotate JSON Lines documents read from standard input; write annotation JSON Lines.",
    discussion: """
      Input: one document per line, as in a corpus .jsonl file ({"id": ..., "text": ..., "date": ...}).

      Output, one JSON object per line: each annotation as `workbench export --format jsonl` writes it, plus "result_key" (the cache key of the stage result it belongs to); per document, {"record": "document", "doc", "input_key", "results": {STAGE: KEY}, "failures": {STAGE: MESSAGE}} (equal input keys mean equal annotations); with --collect, per document and corpus stage, {"record": "collected", "doc", "stage", "result_key", "value"}, which `workbench train topics` fits on.

      Corpus stages are not reduced here: replace one by a stage that applies a saved model (--replace topics=topic-assignment --config topics.model=FILE).

      A document that fails is reported in its record; the exit status is 0 unless the workflow, the options or the database are wrong.
      """)

  @Argument(help: "The workflow file, or a name in ./workflows/.")
  var workflow: String

  @Option(name: .customLong("db"), help: "A database to use as a cache (default: a temporary one, removed at the end).")
  var database: String?

  @Option(help: "Documents analysed at once (default 1: a cluster runs one worker per core).")
  var jobs = 1

  @Option(help: "Documents per run: each is annotated and written before the next is read.")
  var batch = 10_000

  @Option(
    name: .customLong("replace"), help: ArgumentHelp("Run a stage with another plugin.", valueName: "STAGE=PLUGIN"))
  var replacements: [String] = []

  @Option(
    name: .customLong("config"),
    help: ArgumentHelp("Set a key of a stage's configuration.", valueName: "STAGE.KEY=VALUE"))
  var overrides: [ConfigOverride] = []

  @Option(name: .customLong("stage"), help: "Run only this stage and the stages it needs (repeatable).")
  var onlyStages: [String] = []

  @Flag(help: "Also run the collect step of corpus stages and write what it collected.")
  var collect = false

  @Flag(help: "Write only each document's input key (no stage runs): {\"doc\": ID, \"input_key\": KEY}.")
  var keysOnly = false

  @Flag(help: "Write the workflow's own corpus as JSON Lines documents (this command's input) and exit.")
  var printCorpus = false

  @Flag(help: "Write the workflow's stages (corpus stages too) and the plan digest as JSON, and exit.")
  var describe = false

  @Option(help: "The date (YYYY-MM-DD) for documents whose metadata gives none.")
  var referenceDate: String?

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if batch < 1 { throw ValidationError("--batch must be at least 1") }
    if let referenceDate, !ReferenceDate.isValid(referenceDate) {
      throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(referenceDate)'")
    }
  }

  func run() async throws {
    let registry = try CommandEnvironment.registry()
    let url = try WorkflowLocator.locate(workflow)
    let validation = WorkflowLoader.validate(url, registry: registry)
    for diagnostic in validation.diagnostics where diagnostic.severity == .error {
      Terminal.error(diagnostic.description)
    }
    guard let loaded = validation.workflow else {
      let count = validation.errors.count
      throw WorkbenchError.invalidInput("\(count) error\(count == 1 ? "" : "s") in \(workflow); nothing was run")
    }
    let output = BufferedOutput(fileHandle: FileHandle.standardOutput)
    if printCorpus {
      try WorkerRecords.writeCorpus(loaded.corpusReader, to: output)
      return try output.flush()
    }
    let plan = try WorkerPlan.make(
      loaded, replacements: try WorkerPlan.replacements(replacements, in: loaded), overrides: overrides,
      collect: collect || describe, only: onlyStages, registry: registry, referenceDate: referenceDate)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-worker-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let databasePath = database ?? scratch.appendingPathComponent("worker.sqlite").path
    DatabaseOptions.pathInUse = databasePath
    let store = try WorkbenchStore(path: databasePath)
    var options = RunOptions(jobs: jobs, batchSize: min(batch, 1024))
    options.reducesCorpusStages = false
    let executor = RunExecutor(store: store, plan: plan, options: options)
    let planDigest: String
    do {
      planDigest = try executor.planDigest()
    } catch let error as PlanError {
      throw WorkbenchError.invalidInput(error.description)
    }
    if describe {
      try output.write(WorkerRecords.description(of: plan, planDigest: planDigest) + "\n")
      return try output.flush()
    }
    let records = WorkerRecords(output: output, planDigest: planDigest, stages: plan.stages)
    let spool = scratch.appendingPathComponent("documents.jsonl")
    var lines = StandardInputLines()
    var firstLine = 1
    while true {
      let count = try lines.copy(upTo: batch, to: spool)
      guard count > 0 else { break }
      // Line numbers in messages count from the start of standard input, not of the slice.
      let reader = CorpusReader(
        spec: loaded.corpus,
        sources: [
          CorpusSource(url: spool, relativePath: "stdin", format: .jsonLines, displayPath: "<stdin>+\(firstLine - 1)")
        ],
        metadata: loaded.corpusReader.metadata)
      firstLine += count
      if keysOnly {
        try records.writeKeys(reader.entries())
        continue
      }
      let summary: RunSummary
      do {
        summary = try await executor.run(reader.entries())
      } catch let error as PlanError {
        throw WorkbenchError.invalidInput(error.description)
      }
      try records.write(run: summary, entries: reader.entries(), store: store, collected: collect)
    }
    try output.flush()
  }
}
