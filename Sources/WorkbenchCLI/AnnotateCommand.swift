import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchRuntime
import WorkbenchWorkflow

/// `workbench annotate`: runs stages on files or standard input without a workflow or a
/// database, and prints one JSON annotation per line.
struct AnnotateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Annotate files or standard input with stages, printing JSON Lines.",
    discussion: """
      Stages that the named stages require run first. Output is one JSON object per line:
      {"doc", "stage", "start", "end", "text", "label", "value", ...}, with Arabic unescaped.
      `workbench plugins` lists the stages, their options and examples. For example:
        echo 'وصل الوفد في ٢٨ كانون الثاني ٢٠٢٦' | workbench annotate --stage STAGE
        workbench annotate --stage STAGE --config KEY=VALUE article.txt
      """)

  @Option(name: .customLong("stage"), help: "A stage to run (id or alias); repeat for several.")
  var stages: [String] = []

  @Option(name: .customLong("config"), help: "Set a stage option: KEY=VALUE or STAGE.KEY=VALUE.")
  var overrides: [ConfigOverride] = []

  @Option(help: "The document date (YYYY-MM-DD) for input without one.")
  var referenceDate: String?

  @Flag(help: "Also print the annotations of the stages run only because others require them.")
  var all = false

  @Argument(help: "Text (.txt, .md) or JSON Lines (.jsonl) files; standard input when none.")
  var files: [String] = []

  func validate() throws {
    guard !stages.isEmpty else { throw ValidationError("name at least one stage with --stage (see workbench plugins)") }
    if let referenceDate, !ReferenceDate.isValid(referenceDate) {
      throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(referenceDate)'")
    }
  }

  func run() throws {
    let registry = try CommandEnvironment.registry()
    let planned: [PlannedStage]
    do {
      for name in stages { _ = try registry.resolve(name) }
      let configurations = try ConfigOverride.configurations(overrides, stages: stages, registry: registry)
      planned = try StagePlanner.plan(names: stages, configurations: configurations, registry: registry)
    } catch let error as UnknownStageError {
      throw WorkbenchError.usage("\(error)\n\(error.knownList)")
    } catch let error as PlanError {
      // A --config value the stage refuses, or stages that cannot be ordered: usage (64).
      throw WorkbenchError.usage(error.description)
    }
    let plan = RunPlan(
      workflow: "annotate", name: "annotate", stages: planned,
      baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      referenceDate: referenceDate)
    let annotator = try Annotator(plan: plan)

    var documents: [Document] = []
    var readFailures = 0
    for item in try InputDocuments.read(files) {
      switch item {
      case .document(let document, _): documents.append(document)
      case .failure(let problem):
        readFailures += 1
        Terminal.error("\(problem) (document \(problem.id) skipped)")
      }
    }
    let requested = Set(stages.compactMap { registry.factory(named: $0)?.descriptor.id })
    let (outputs, failures) = annotator.annotate(documents)
    let writer = AnnotationJSONLWriter(output: BufferedOutput(fileHandle: .standardOutput))
    for result in outputs where all || requested.contains(result.stageID) {
      for annotation in result.annotations {
        try writer.write(annotation, document: result.documentID, stage: result.stageID)
      }
    }
    try writer.finish()
    for failure in failures { Terminal.error("error: \(failure)") }
    if !failures.isEmpty || readFailures > 0 { throw ExitCode(1) }
  }
}

/// Checks `YYYY-MM-DD` dates given on the command line.
enum ReferenceDate {
  static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
