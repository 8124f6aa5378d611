import ArgumentParser
import Foundation

/// The `workbench` command: runs text-mining workflows and inspects their cached results.
@main
struct Workbench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbench",
    abstract: "Run text-mining workflows over Arabic and English news, cached in SQLite.",
    subcommands: [
      RunCommand.self, ValidateCommand.self, PluginsCommand.self, AnnotateCommand.self,
      EvaluateCommand.self, ExportCommand.self, ReportCommand.self, ShowCommand.self,
      RunsCommand.self, CacheCommand.self, KBCommand.self, TrainCommand.self,
    ])

  /// Parses and runs the command, printing the tool's own errors as `error: ...` with their
  /// exit status; argument errors go through ArgumentParser's reporting (status 64).
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as WorkbenchError {
      if !error.message.isEmpty { Terminal.error("error: \(error.message)") }
      Foundation.exit(error.exitCode)
    } catch {
      exit(withError: error)
    }
  }
}
