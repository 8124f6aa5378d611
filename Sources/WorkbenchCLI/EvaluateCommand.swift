import ArgumentParser
import Foundation
import WorkbenchCore

/// `workbench evaluate`: scores a stage against a gold file.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate", abstract: "Score a stage against a gold file.")

  @Option(help: "The stage to evaluate (id or alias).")
  var stage: String

  @Option(help: "The gold file.")
  var gold: String

  @Option(name: .customLong("config"), help: "Set a stage option: KEY=VALUE.")
  var overrides: [ConfigOverride] = []

  @Flag(help: "Print the report as JSON.")
  var json = false

  func run() throws {
    let registry = try CommandEnvironment.registry()
    let factory: StageFactory
    do {
      factory = try registry.resolve(stage)
    } catch {
      throw WorkbenchError.usage("\(error)\n\(error.knownList)")
    }
    let id = factory.descriptor.id
    let evaluators = CommandEnvironment.plugins.evaluators
    guard let evaluator = evaluators.first(where: { Self.stageID(of: $0) == id }) else {
      let evaluable = evaluators.map { Self.stageID(of: $0) }.joined(separator: ", ")
      throw WorkbenchError.usage(
        "stage '\(id)' has no evaluator; stages that can be evaluated: \(evaluable.isEmpty ? "none" : evaluable)")
    }
    guard FileManager.default.fileExists(atPath: gold) else {
      throw WorkbenchError.usage("no gold file at \(gold)")
    }
    let configuration = try ConfigOverride.configurations(overrides, stages: [id], registry: registry)[id] ?? .null
    let goldURL = URL(fileURLWithPath: gold)
    let context = StageContext(
      baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      checksum: { _ in "" })
    let report: EvaluationReport
    do {
      report = try Self.evaluate(evaluator, gold: goldURL, configuration: configuration, context: context)
    } catch {
      // A gold file that cannot be scored is invalid input (65), named in the message.
      let message = "\(error)"
      let name = goldURL.lastPathComponent
      throw WorkbenchError.invalidInput(message.contains(name) ? message : "\(gold): \(message)")
    }
    print(json ? report.json.canonicalJSON : report.text)
  }

  // Generic helpers open the existential metatype; calling static requirements on
  // `any StageEvaluator.Type` directly crashes the Swift 6.3 compiler.
  static func stageID<E: StageEvaluator>(of type: E.Type) -> String { E.stageID }

  static func evaluate<E: StageEvaluator>(
    _ type: E.Type, gold: URL, configuration: JSONValue, context: StageContext
  ) throws -> EvaluationReport {
    try E.evaluate(gold: gold, configuration: configuration, context: context)
  }
}
