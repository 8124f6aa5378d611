import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchStore

/// `workbench show DOC`: a document's annotations as an aligned table.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a document's annotations as a table.")

  @OptionGroup var database: DatabaseOptions

  @Option(name: .customLong("run"), help: "The run (default: the newest).")
  var runID: Int64?

  @Option(help: "Only these stages (ids in the workflow, or plugin names or aliases); repeat for several.")
  var stage: [String] = []

  @Argument(help: "The document id (its file name).")
  var document: String

  func run() throws {
    let store = try database.openExisting()
    let runID = try store.resolveRun(self.runID)
    let stages = try store.run(runID).map { try RunStageNames.resolve(stage, in: $0) } ?? stage
    let report = try RunReport(store: store, runID: runID, documentID: document)
    var found: ReportDocument?
    try report.documents.forEach { found = $0 }
    guard let found else {
      var ids: [String] = []
      try store.forEachDocument(runID: runID) { ids.append($0.id) }
      var message = "run \(runID) has no document '\(document)'"
      let elsewhere = self.runID == nil ? try store.runs(containingDocument: document) : []
      if let earlier = elsewhere.first {
        message += "; run \(earlier) has it: workbench show \(document) --run \(earlier)"
      } else if let suggestion = Suggestion.closest(to: document, among: ids) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw WorkbenchError.usage(message)
    }
    let rows = AnnotationTable.rows(
      of: found, stageOrder: report.stages.map(\.id), stages: Set(stages))
    // Document text may hold terminal escape codes; they are shown, not obeyed.
    print(Terminal.printable(AnnotationTable().render(rows, document: found.document)), terminator: "")
  }
}
