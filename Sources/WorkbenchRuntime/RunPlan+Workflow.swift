import Foundation
import WorkbenchWorkflow

extension RunPlan {
  /// The plan of a validated workflow: its stages in the workflow's dependency order.
  public init(workflow: Workflow, referenceDate: String? = nil) {
    self.init(
      workflow: workflow.file.path, name: workflow.name, description: workflow.description,
      stages: workflow.stages.map { PlannedStage(id: $0.id, configured: $0.configured, needs: $0.needs) },
      baseDirectory: workflow.baseDirectory, referenceDate: referenceDate)
  }
}
