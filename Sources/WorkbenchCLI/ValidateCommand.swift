import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchWorkflow

/// `workbench validate`: checks a workflow without running it.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a workflow: schema, stages and their options, dependencies, corpus.",
    discussion: "Every problem is printed as file:line:column: error: message. Exit status 65 when any is found.")

  @Argument(help: "The workflow file, or a name in ./workflows/.")
  var workflow: String

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    let url = try WorkflowLocator.locate(workflow)
    let validation = WorkflowLoader.validate(url, registry: try CommandEnvironment.registry())
    let conflicts = validation.workflow.map { OutputFiles.databaseConflicts($0.outputs, database: database.path) } ?? []
    for diagnostic in validation.diagnostics + conflicts { Terminal.error(diagnostic.description) }
    guard let loaded = validation.workflow, conflicts.isEmpty else {
      let count = validation.errors.count + conflicts.count
      throw WorkbenchError.invalidInput("\(count) error\(count == 1 ? "" : "s") in \(workflow)")
    }
    let documents = loaded.corpusReader.sources.count
    print(
      "\(workflow): ok (\(loaded.stages.count) stages: \(loaded.stages.map(\.id).joined(separator: ", ")); \(documents) corpus file\(documents == 1 ? "" : "s"))"
    )
  }
}
