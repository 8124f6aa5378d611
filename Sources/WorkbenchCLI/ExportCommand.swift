import ArgumentParser
import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchStore

extension AnnotationExportFormat: ExpressibleByArgument {}

/// `workbench export`: a run's annotations as JSON Lines or CSV, streamed.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export a run's annotations as JSON Lines or CSV.")

  @OptionGroup var database: DatabaseOptions

  @Option(name: .customLong("run"), help: "The run (default: the newest).")
  var runID: Int64?

  @Option(help: "Only this stage's annotations (its id in the workflow, or its plugin's name or alias).")
  var stage: String?

  @Option(help: "jsonl or csv.")
  var format: AnnotationExportFormat

  @Option(name: .shortAndLong, help: "The output file (default: standard output).")
  var output: String?

  @Flag(
    help: """
      CSV for Excel and other spreadsheet programs: a UTF-8 byte-order mark (so that Arabic \
      reads as UTF-8) and a ' before every field that would start a formula (=, +, -, @).
      """)
  var spreadsheet = false

  func validate() throws {
    if spreadsheet, format != .csv {
      throw ValidationError("--spreadsheet applies to --format csv")
    }
  }

  func run() throws {
    if let output { try OutputFiles.check(option: output, database: database.path) }
    let store = try database.openExisting()
    let runID = try store.resolveRun(self.runID)
    var stage = self.stage
    if let name = stage, let run = try store.run(runID) {
      let ids = try RunStageNames.resolve([name], in: run)
      guard ids.count == 1 else {
        throw WorkbenchError.usage(
          "'\(name)' names \(ids.count) stages of run \(runID) (\(ids.joined(separator: ", "))); pass one of their ids")
      }
      stage = ids[0]
    }
    database.warnIfDamaged(store)
    guard let output else {
      try Self.export(
        store: store, runID: runID, stage: stage, format: format, forSpreadsheet: spreadsheet,
        to: BufferedOutput(fileHandle: FileHandle.standardOutput))
      return
    }
    try OutputFiles.write(to: URL(fileURLWithPath: output)) { buffered in
      try Self.export(
        store: store, runID: runID, stage: stage, format: format, forSpreadsheet: spreadsheet, to: buffered)
    }
  }

  /// Streams a run's annotations to `output` in `format`.
  static func export(
    store: WorkbenchStore, runID: Int64, stage: String?, format: AnnotationExportFormat,
    forSpreadsheet: Bool = false, to output: BufferedOutput
  ) throws {
    if format == .jsonl {
      // The hot path: rows go from SQLite's bytes to the output without a String each.
      let writer = AnnotationJSONLWriter(output: output)
      try store.forEachAnnotationRow(runID: runID, stageID: stage) { row in
        try writer.writeRow(
          document: row.document, stage: row.stage, start: row.start, end: row.end, text: row.text,
          label: row.label, value: row.value, attributesJSON: row.attributesJSON)
      }
      return try writer.finish()
    }
    let writer = try format.makeWriter(output: output, forSpreadsheet: forSpreadsheet)
    try store.forEachAnnotation(runID: runID, stageID: stage) { item in
      try writer.write(item.annotation, document: item.documentID, stage: item.stageID)
    }
    try writer.finish()
  }
}
