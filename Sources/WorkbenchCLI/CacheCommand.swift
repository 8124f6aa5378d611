import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchStore

/// `workbench cache stats|prune`.
struct CacheCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cache", abstract: "Inspect or prune the result cache.",
    subcommands: [Stats.self, Prune.self])

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what the database holds.")
    @OptionGroup var database: DatabaseOptions

    func run() throws {
      let stats = try database.openExisting().statistics()
      let size = ByteCountFormatter.string(fromByteCount: stats.fileBytes, countStyle: .file)
      var rows = [
        ("database", "\(database.path) (\(size))"), ("runs", "\(stats.runs)"), ("texts", "\(stats.texts)"),
        ("results", "\(stats.results) (\(stats.unreferencedResults) used by no run)"),
      ]
      rows += stats.resultsByPlugin.keys.sorted().map { ("  \($0)", "\(stats.resultsByPlugin[$0]!)") }
      rows += [("annotations", "\(stats.annotations)"), ("corpus records", "\(stats.corpusRecords)")]
      let width = rows.map(\.0.count).max() ?? 0
      for (label, value) in rows {
        print(label.padding(toLength: width + 2, withPad: " ", startingAt: 0) + value)
      }
    }
  }

  struct Prune: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Delete old runs and every result no remaining run uses.")
    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many of the newest runs to keep.")
    var keepRuns = 1

    func validate() throws {
      if keepRuns < 0 { throw ValidationError("--keep-runs must be 0 or more") }
    }

    func run() throws {
      let store = try database.openExisting(forWriting: true)
      let deleted = try store.prune(keepRuns: keepRuns)
      print("deleted \(deleted) results; kept the newest \(keepRuns) run(s)")
    }
  }
}
