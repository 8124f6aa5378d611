import Foundation
import WorkbenchCore

/// Runs a plan over documents in memory, without a store: what `workbench annotate` and the
/// evaluators use. Every stage runs on every document (nothing is cached).
public struct Annotator: Sendable {
  /// One stage's output for one document.
  public struct Output: Sendable {
    public var documentID: String
    public var stageID: String
    public var annotations: [Annotation]
  }

  /// A document a stage failed on.
  public struct Failure: Sendable, Error, CustomStringConvertible {
    public var documentID: String
    public var stageID: String
    public var message: String
    public var description: String { "\(documentID): \(stageID): \(message)" }
  }

  let plan: RunPlan
  let stages: [(planned: PlannedStage, instance: StageInstance)]

  /// Builds every stage of the plan.
  public init(plan: RunPlan) throws {
    try plan.validate()
    self.plan = plan
    self.stages = try plan.stages.map { planned in
      let context = StageContext(
        baseDirectory: plan.baseDirectory, referenceDate: plan.referenceDate,
        checksum: { ContentHash.of($0) })
      return (planned, try planned.configured.makeStage(context: context))
    }
  }

  /// Annotates the documents, stage by stage in plan order; outputs come per document in
  /// input order, then per stage in plan order, with corpus stages' results after their reduce.
  public func annotate(_ documents: [Document]) -> (outputs: [Output], failures: [Failure]) {
    var byStage: [[[Annotation]?]] = []
    var failures: [Failure] = []
    for (planned, instance) in stages {
      var results = [[Annotation]?](repeating: nil, count: documents.count)
      var collected: [CollectedItem<Data>] = []
      for (position, document) in documents.enumerated() {
        var inputs: [StageInputs.Upstream] = []
        var blocked = false
        for need in planned.needs {
          guard let index = plan.stages.firstIndex(where: { $0.id == need }),
            let upstream = byStage[index][position]
          else {
            blocked = true
            break
          }
          inputs.append(plan.stages[index].upstream(upstream))
        }
        if blocked {
          failures.append(Failure(documentID: document.id, stageID: planned.id, message: "a stage it needs failed"))
          continue
        }
        do {
          switch instance {
          case .document(let stage):
            results[position] = try stage.analyze(document, StageInputs(upstream: inputs))
          case .corpus(let stage):
            collected.append(
              CollectedItem(documentID: document.id, value: try stage.collect(document, StageInputs(upstream: inputs))))
          }
        } catch {
          failures.append(Failure(documentID: document.id, stageID: planned.id, message: "\(error)"))
        }
      }
      if case .corpus(let stage) = instance {
        do {
          let result = try stage.reduce(collected)
          let collectedIDs = Set(collected.map(\.documentID))
          for (position, document) in documents.enumerated() where collectedIDs.contains(document.id) {
            results[position] = result.annotations[document.id] ?? []
          }
        } catch {
          failures.append(Failure(documentID: "", stageID: planned.id, message: "reduce failed: \(error)"))
        }
      }
      byStage.append(results)
    }
    var outputs: [Output] = []
    for (position, document) in documents.enumerated() {
      for (index, stage) in stages.enumerated() {
        if let annotations = byStage[index][position] {
          outputs.append(Output(documentID: document.id, stageID: stage.planned.id, annotations: annotations))
        }
      }
    }
    return (outputs, failures)
  }
}
