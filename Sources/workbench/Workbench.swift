import ArgumentParser

/// The `workbench` command: runs text-mining workflows and inspects their cached results.
@main
struct Workbench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbench",
    abstract: "Run text-mining workflows over Arabic and English news, cached in SQLite.",
    subcommands: [PluginsCommand.self])
}
