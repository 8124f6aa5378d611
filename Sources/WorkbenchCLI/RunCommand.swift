import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchRuntime
import WorkbenchStore
import WorkbenchWorkflow

/// `workbench run`: runs a workflow over its corpus, reusing every cached result.
struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a workflow; cached results are reused, only what changed is computed.",
    discussion: """
      Exit status: 0 when everything succeeded; 1 when some documents or stages failed (the rest
      completed and is stored); 64 for a usage error; 65 for an invalid workflow; 74 when the
      database or the disk failed.
      """)

  @Argument(help: "The workflow file, or a name in ./workflows/ (energy.yaml, energy).")
  var workflow: String

  @OptionGroup var database: DatabaseOptions

  @Flag(help: "Recompute every result, cached or not.")
  var force = false

  @Flag(help: "Print a JSON summary on standard output.")
  var json = false

  @Flag(help: "No progress and no summary table.")
  var quiet = false

  @Option(help: "Documents analysed at once (default: the number of cores).")
  var jobs: Int?

  @Option(help: "The date (YYYY-MM-DD) for documents whose metadata gives none.")
  var referenceDate: String?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let referenceDate, !ReferenceDate.isValid(referenceDate) {
      throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(referenceDate)'")
    }
  }

  func run() async throws {
    let url = try WorkflowLocator.locate(workflow)
    let validation = WorkflowLoader.validate(url, registry: try CommandEnvironment.registry())
    for diagnostic in validation.diagnostics { Terminal.error(diagnostic.description) }
    guard let loaded = validation.workflow else {
      let count = validation.errors.count
      throw WorkbenchError.invalidInput("\(count) error\(count == 1 ? "" : "s") in \(workflow); nothing was run")
    }
    let conflicts = OutputFiles.databaseConflicts(loaded.outputs, database: database.path)
    for diagnostic in conflicts { Terminal.error(diagnostic.description) }
    if !conflicts.isEmpty {
      throw WorkbenchError.invalidInput(
        "\(conflicts.count) error\(conflicts.count == 1 ? "" : "s") in \(workflow); nothing was run")
    }

    let store = try database.open()
    let plan = RunPlan(workflow: loaded, referenceDate: referenceDate)
    let reader = loaded.corpusReader
    let display = !quiet && Terminal.standardErrorIsTerminal ? ProgressDisplay() : nil
    // Counting JSON Lines records means reading the files once more; only worth it for the bar.
    let allText = reader.sources.allSatisfy { $0.format == .text }
    let total = allText ? reader.sources.count : (display != nil ? reader.countEntries() : nil)
    let executor = RunExecutor(
      store: store, plan: plan,
      options: RunOptions(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force))
    let summary: RunSummary
    do {
      summary = try await executor.run(reader.entries(), documentsTotal: total) { progress in
        display?.update(progress)
      }
    } catch let error as PlanError {
      throw WorkbenchError.invalidInput(error.description)
    }
    display?.update(summary.finalProgress(total: total), final: true)

    for output in loaded.outputs {
      try write(output, store: store, runID: summary.runID)
      if !quiet && !json { Terminal.error("wrote \(DisplayPath.of(output.path))") }
    }

    if json {
      print(summary.json.canonicalJSON)
    } else if !quiet {
      print(ProgressDisplay.summaryTable(summary))
      for failure in summary.failures.prefix(20) {
        let document = failure.documentID.isEmpty ? "(corpus)" : failure.documentID
        Terminal.error("error: \(document): \(failure.stageID): \(failure.message)")
      }
      if summary.failures.count > 20 {
        Terminal.error("… and \(summary.failures.count - 20) more failures (workbench runs --json shows them all)")
      }
    }
    if !summary.failures.isEmpty { throw WorkbenchError.failures("") }
  }

  private func write(_ output: WorkflowOutput, store: WorkbenchStore, runID: Int64) throws {
    switch output.format {
    case .html:
      try HTMLReportWriter().write(RunReport(store: store, runID: runID), to: output.path)
    case .jsonl, .csv:
      try OutputFiles.write(to: output.path) { buffered in
        try ExportCommand.export(
          store: store, runID: runID, stage: nil, format: output.format == .csv ? .csv : .jsonl,
          forSpreadsheet: output.spreadsheet, to: buffered)
      }
    }
  }
}

extension RunSummary {
  /// The final progress state, for the last redraw of the progress display.
  func finalProgress(total: Int?) -> RunProgress {
    RunProgress(documentsDone: documents, documentsTotal: total ?? documents, stages: stages, elapsed: seconds)
  }
}
