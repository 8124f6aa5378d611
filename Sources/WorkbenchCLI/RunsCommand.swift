import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchStore

/// `workbench runs`: the runs stored in the database, newest first.
struct RunsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "runs", abstract: "List the stored runs.")

  @OptionGroup var database: DatabaseOptions

  @Flag(help: "Print a JSON array.")
  var json = false

  @Option(help: "At most this many runs.")
  var limit = 50

  func run() throws {
    let runs = try database.openExisting().runs(limit: limit)
    if json {
      print(
        JSONValue.array(
          runs.map { run in
            .object([
              "id": .int(Int(run.id)), "workflow": .string(run.workflow), "name": .string(run.name),
              "started": .string(run.startedAt), "finished": run.finishedAt.map(JSONValue.string) ?? .null,
              "status": .string(run.status), "documents": .int(run.documents),
              "summary": run.summary ?? .null,
            ])
          }
        ).canonicalJSON)
      return
    }
    var rows = [["run", "name", "status", "documents", "computed", "cached", "failed", "started"]]
    for run in runs {
      rows.append([
        String(run.id), run.name, run.status, String(run.documents),
        String(run.stages.reduce(0) { $0 + $1.computed }), String(run.stages.reduce(0) { $0 + $1.cached }),
        String(run.stages.reduce(0) { $0 + $1.failed }), run.startedAt,
      ])
    }
    print(
      EvaluationTable(title: "", header: rows[0], rows: Array(rows.dropFirst())).alignedRows.joined(separator: "\n"))
  }
}
