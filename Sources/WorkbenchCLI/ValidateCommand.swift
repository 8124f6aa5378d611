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

  func run() throws {
    let url = try WorkflowLocator.locate(workflow)
    let validation = WorkflowLoader.validate(url, registry: try CommandEnvironment.registry())
    for diagnostic in validation.diagnostics { Terminal.error(diagnostic.description) }
    guard let loaded = validation.workflow else {
      let count = validation.errors.count
      throw WorkbenchError.invalidInput("\(count) error\(count == 1 ? "" : "s") in \(workflow)")
    }
    let documents = loaded.corpusReader.sources.count
    print("\(workflow): ok (\(loaded.stages.count) stages: \(loaded.stages.map(\.id).joined(separator: ", ")); \(documents) corpus file\(documents == 1 ? "" : "s"))")
  }
}
