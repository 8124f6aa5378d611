import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchStore

/// `workbench report`: a run as one self-contained HTML page.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write a run's HTML report (one file, opens offline).")

  @OptionGroup var database: DatabaseOptions

  @Option(name: .customLong("run"), help: "The run (default: the newest).")
  var runID: Int64?

  @Option(name: .shortAndLong, help: "The HTML file to write.")
  var output: String

  func run() throws {
    try OutputFiles.check(option: output, database: database.path)
    let store = try database.openExisting()
    let runID = try store.resolveRun(self.runID)
    database.warnIfDamaged(store)
    try HTMLReportWriter().write(RunReport(store: store, runID: runID), to: URL(fileURLWithPath: output))
    print(Terminal.printable("wrote \(output)"))
  }
}
