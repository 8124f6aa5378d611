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

  @Option(help: "Only this stage's annotations (its id in the workflow).")
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
    let store = try database.openExisting()
    let runID = try store.resolveRun(self.runID)
    if let stage, try store.run(runID)?.stages.contains(where: { $0.id == stage }) != true {
      let known = try store.run(runID)?.stages.map(\.id) ?? []
      var message = "run \(runID) has no stage '\(stage)'"
      if let suggestion = Suggestion.closest(to: stage, among: known) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw WorkbenchError.usage(message)
    }
    let handle: FileHandle
    if let output {
      try? FileManager.default.createDirectory(
        at: URL(fileURLWithPath: output).deletingLastPathComponent(), withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: output, contents: nil) else {
        throw WorkbenchError.usage("cannot write \(output)")
      }
      handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    } else {
      handle = FileHandle.standardOutput
    }
    defer { if output != nil { try? handle.close() } }
    try Self.export(
      store: store, runID: runID, stage: stage, format: format, forSpreadsheet: spreadsheet,
      to: BufferedOutput(fileHandle: handle))
  }

  /// Streams a run's annotations to `output` in `format`.
  static func export(
    store: WorkbenchStore, runID: Int64, stage: String?, format: AnnotationExportFormat,
    forSpreadsheet: Bool = false, to output: BufferedOutput
  ) throws {
    let writer = try format.makeWriter(output: output, forSpreadsheet: forSpreadsheet)
    try store.forEachAnnotation(runID: runID, stageID: stage) { item in
      try writer.write(item.annotation, document: item.documentID, stage: item.stageID)
    }
    try writer.finish()
  }
}
