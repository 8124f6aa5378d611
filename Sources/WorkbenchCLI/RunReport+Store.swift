import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchStore

extension RunReport {
  /// The report of a stored run: its stages and counts, failures, corpus records, and its
  /// documents with their annotations streamed from the store one document at a time.
  init(store: WorkbenchStore, runID: Int64, documentID: String? = nil) throws {
    guard let run = try store.run(runID) else {
      throw WorkbenchError.usage("no run \(runID) in \(store.path); see workbench runs")
    }
    let iso = ISO8601DateFormatter()
    self.init(
      workflowName: run.name, workflowDescription: run.description, workflowFile: run.workflow,
      runID: Int(run.id), startedAt: iso.date(from: run.startedAt),
      finishedAt: run.finishedAt.flatMap { iso.date(from: $0) }, status: run.status,
      stages: run.stages, roles: DeclaredRoles(stages: run.stages, registry: try? CommandEnvironment.registry()),
      failures: try store.failures(runID: runID).map { failure in
        RunFailure(
          document: failure.documentID.isEmpty ? nil : failure.documentID,
          stage: failure.stageID == "read" ? nil : failure.stageID, message: failure.message)
      },
      corpusRecords: try store.corpusRecords(runID: runID).map {
        StageCorpusRecord(stage: $0.stageID, record: $0.record)
      },
      documentCount: documentID == nil ? run.documents : 1,
      documents: ReportDocumentSource { visit in
        try store.forEachDocumentWithAnnotations(runID: runID, documentID: documentID) { document, annotations in
          var byStage: [String: [Annotation]] = [:]
          for item in annotations { byStage[item.stageID, default: []].append(item.annotation) }
          try visit(
            ReportDocument(
              document: Document(id: document.id, text: document.text, metadata: document.metadata),
              annotations: byStage))
        }
      })
  }
}

extension WorkbenchStore {
  /// The run `--run` names, or the newest one.
  func resolveRun(_ requested: Int64?) throws -> Int64 {
    if let requested {
      guard try run(requested) != nil else {
        let known = try runs(limit: 10).map { String($0.id) }
        throw WorkbenchError.usage(
          "the database \(path) has no run \(requested)"
            + (known.isEmpty ? "" : "; recent runs: \(known.joined(separator: ", ")) (workbench runs)"))
      }
      return requested
    }
    guard let latest = try latestRunID() else {
      throw WorkbenchError.usage("the database \(path) holds no runs yet; run a workflow first")
    }
    return latest
  }
}
