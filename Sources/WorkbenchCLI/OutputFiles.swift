import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchWorkflow

/// Where commands write their output files: never over the database, and atomically (a
/// temporary file beside the target, renamed over it once complete).
enum OutputFiles {
  /// The guard of a command that reads `database`.
  static func guarding(database: String) -> OutputPathGuard {
    var guardrail = OutputPathGuard()
    guardrail.protectDatabase(at: database)
    return guardrail
  }

  /// Errors, at each output's place in the workflow, for outputs that would overwrite the
  /// database the run writes to.
  static func databaseConflicts(_ outputs: [WorkflowOutput], database: String) -> [Diagnostic] {
    let guardrail = guarding(database: database)
    return outputs.compactMap { output in
      guard let conflict = guardrail.conflict(for: output.path) else { return nil }
      return Diagnostic(
        .error, "output '\(DisplayPath.of(output.path))' would overwrite \(conflict.role) '\(conflict.path)'",
        at: output.location, suggestion: "write outputs to a file of their own, or pass another --db")
    }
  }

  /// Refuses an `-o FILE` that names the database, or a file Workbench did not write (a
  /// usage error, status 64).
  static func check(option output: String, database: String) throws {
    let url = URL(fileURLWithPath: output)
    if let conflict = guarding(database: database).conflict(for: url) {
      throw WorkbenchError.usage(
        "-o \(output) would overwrite \(conflict.role) '\(conflict.path)'; choose another file")
    }
    if let reason = ExistingOutput.refusal(url) {
      throw WorkbenchError.usage(
        "-o \(output) exists and \(reason); it is left as it is (move it away or choose another file)")
    }
  }

  /// Writes a file through a buffered output, atomically.
  static func write(to url: URL, _ body: (BufferedOutput) throws -> Void) throws {
    try AtomicFileWriter.write(to: url) { handle in
      let output = BufferedOutput(fileHandle: handle)
      try body(output)
      try output.flush()
    }
  }
}
