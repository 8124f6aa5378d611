import ArgumentParser
import Foundation
import WorkbenchCore

/// This build's version, printed by `workbench --version`.
let workbenchVersion = "0.1.0"

/// The `workbench` command: runs text-mining workflows and inspects their cached results.
///
/// An executable's main calls `Workbench.main(plugins:)` with the stages, evaluators and
/// tools it is made of: the `workbench` executable passes the built-in plugins, and a package
/// of one's own passes them plus its own (see Examples/ExternalPlugin).
public struct Workbench: AsyncParsableCommand {
  public static var configuration: CommandConfiguration {
    let plugins = CommandEnvironment.plugins
    let trainers: [any ParsableCommand.Type] = plugins.trainers.isEmpty ? [] : [TrainCommand.self]
    return CommandConfiguration(
      commandName: CommandEnvironment.commandName,
      abstract: "Run text-mining workflows over Arabic and English news, cached in SQLite.",
      version: workbenchVersion,
      subcommands: [
        RunCommand.self, ValidateCommand.self, PluginsCommand.self, AnnotateCommand.self,
        EvaluateCommand.self, ExportCommand.self, ReportCommand.self, ShowCommand.self,
        RunsCommand.self, CacheCommand.self, WorkerCommand.self, ReferenceCommand.self,
      ] + plugins.tools + trainers)
  }

  public init() {}

  /// Runs the command line with these plugins: what an executable's main calls.
  public static func main(plugins: WorkbenchPlugins) async {
    CommandEnvironment.plugins = plugins
    await main()
  }

  /// Parses and runs the command, printing the tool's own errors as `error: ...` with their
  /// exit status; argument errors go through ArgumentParser's reporting (status 64).
  static func main() async {
    if let error = UnknownCommand.error(
      in: Array(CommandLine.arguments.dropFirst()), commands: configuration.subcommands)
    {
      Terminal.error("error: \(error.message)")
      Foundation.exit(error.exitCode)
    }
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      guard let error = WorkbenchError.classify(error, database: DatabaseOptions.pathInUse) else {
        exit(withError: error)
      }
      if !error.message.isEmpty { Terminal.error("error: \(error.message)") }
      Foundation.exit(error.exitCode)
    }
  }
}
