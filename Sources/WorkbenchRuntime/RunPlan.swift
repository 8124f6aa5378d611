import Foundation
import WorkbenchCore

/// The stages of a run, in an order where every stage comes after the stages it needs.
public struct RunPlan: Sendable {
  /// What the run is recorded under (the workflow file's path) and its name.
  public var workflow: String
  public var name: String
  public var description: String?
  public var stages: [PlannedStage]
  /// Where relative paths in stage configurations resolve.
  public var baseDirectory: URL
  /// The reference date for documents without one (`--reference-date`).
  public var referenceDate: String?

  public init(
    workflow: String, name: String, description: String? = nil, stages: [PlannedStage],
    baseDirectory: URL, referenceDate: String? = nil
  ) {
    self.workflow = workflow
    self.name = name
    self.description = description
    self.stages = stages
    self.baseDirectory = baseDirectory
    self.referenceDate = referenceDate
  }
}

/// One stage of a plan.
public struct PlannedStage: Sendable {
  /// The stage's id in the workflow (defaults to the plugin id).
  public var id: String
  public var configured: ConfiguredStage
  /// Ids of the planned stages whose annotations this one receives, in plan order.
  public var needs: [String]

  public init(id: String, configured: ConfiguredStage, needs: [String]) {
    self.id = id
    self.configured = configured
    self.needs = needs
  }

  /// The plugin id.
  public var plugin: String { configured.descriptor.id }

  /// This stage's annotations of one document as an input of the stages downstream.
  func upstream(_ annotations: [Annotation]) -> StageInputs.Upstream {
    StageInputs.Upstream(stageID: id, produces: configured.produces, annotations: annotations)
  }
}

/// A problem with the shape of a plan.
public struct PlanError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}

extension RunPlan {
  /// Checks the order and the dependencies: every need is planned earlier, and no document
  /// stage consumes a corpus stage (its annotations exist only after the corpus is reduced).
  public func validate() throws {
    var seen: [String: PlannedStage] = [:]
    for stage in stages {
      if seen[stage.id] != nil { throw PlanError("stage '\(stage.id)' appears twice") }
      for need in stage.needs {
        guard let upstream = seen[need] else {
          throw PlanError("stage '\(stage.id)' needs '\(need)', which does not run before it")
        }
        if upstream.configured.descriptor.kind == .corpus {
          throw PlanError(
            "stage '\(stage.id)' needs the corpus stage '\(need)'; stages can only consume per-document stages")
        }
      }
      seen[stage.id] = stage
    }
  }
}
