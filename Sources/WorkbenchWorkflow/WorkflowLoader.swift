import Foundation
import WorkbenchCore

/// Reads workflow files: parses the YAML, checks everything (keys, types, plugins, stage
/// configurations, dependencies, the corpus, outputs) and reports all problems at once, each
/// located as `file:line:column` with a did-you-mean where a name is close to a known one.
public enum WorkflowLoader {
  /// Loads a workflow, or throws every problem found (errors and warnings, in file order).
  public static func load(_ url: URL, registry: StageRegistry) throws(DiagnosticList) -> Workflow {
    let validation = validate(url, registry: registry)
    guard let workflow = validation.workflow else { throw DiagnosticList(validation.diagnostics) }
    return workflow
  }

  /// Checks a workflow file without running anything (`workbench validate`).
  public static func validate(_ url: URL, registry: StageRegistry) -> WorkflowValidation {
    let file = url.standardizedFileURL
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
      let reason =
        !exists
        ? "no such file"
        : isFolder.boolValue ? "it is a folder; a workflow is a YAML file" : AtomicFileWriter.reason(of: error)
      return WorkflowValidation(
        workflow: nil,
        diagnostics: [Diagnostic(.error, "cannot read workflow '\(DisplayPath.of(file))': \(reason)")])
    }
    return validate(bytes: Array(data), file: file, registry: registry)
  }

  /// Checks workflow text as if it were the file `file` (relative paths resolve against the
  /// file's folder, which must exist for the corpus checks to pass).
  public static func validate(source: String, file: URL, registry: StageRegistry) -> WorkflowValidation {
    validate(bytes: Array(source.utf8), file: file.standardizedFileURL, registry: registry)
  }

  private static func validate(bytes: [UInt8], file: URL, registry: StageRegistry) -> WorkflowValidation {
    var checker = WorkflowChecker(file: file, registry: registry)
    let workflow = checker.check(bytes)
    let diagnostics = checker.sortedDiagnostics
    let failed = diagnostics.contains { $0.severity == .error }
    if var workflow, !failed {
      workflow.warnings = diagnostics
      return WorkflowValidation(workflow: workflow, diagnostics: diagnostics)
    }
    return WorkflowValidation(workflow: nil, diagnostics: diagnostics)
  }
}

/// The outcome of checking a workflow: the workflow when it has no errors, and every
/// diagnostic found, in file order.
public struct WorkflowValidation: Sendable {
  public var workflow: Workflow?
  public var diagnostics: [Diagnostic]

  public init(workflow: Workflow?, diagnostics: [Diagnostic]) {
    self.workflow = workflow
    self.diagnostics = diagnostics
  }

  /// The diagnostics that are errors.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Whether the workflow can run.
  public var isValid: Bool { workflow != nil }
}
