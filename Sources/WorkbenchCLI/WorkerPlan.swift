import WorkbenchCore
import WorkbenchRuntime
import WorkbenchWorkflow

/// The stages `workbench worker` runs: the workflow's per-document stages (and, when asked,
/// the collect step of its corpus stages), with stages swapped for other plugins and keys
/// overridden as the command line says.
enum WorkerPlan {
  /// `STAGE=PLUGIN` options, by stage id.
  static func replacements(_ options: [String], in workflow: Workflow) throws -> [String: String] {
    var replacements: [String: String] = [:]
    for option in options {
      let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw WorkbenchError.usage("--replace takes STAGE=PLUGIN (e.g. topics=topic-assignment), got '\(option)'")
      }
      guard workflow.stages.contains(where: { $0.id == parts[0] }) else {
        throw WorkbenchError.usage(
          "--replace \(option): the workflow has no stage '\(parts[0])' (its stages: "
            + workflow.stages.map(\.id).joined(separator: ", ") + ")")
      }
      replacements[parts[0]] = parts[1]
    }
    return replacements
  }

  /// The plan, of the `only` stages and those they need when `only` is not empty. A
  /// replaced stage keeps its id and its place, and is configured only by the overrides
  /// (the replaced plugin's keys mean nothing to the new one). Corpus stages are left out
  /// unless `collect`.
  static func make(
    _ workflow: Workflow, replacements: [String: String], overrides: [ConfigOverride], collect: Bool,
    only: [String] = [], registry: StageRegistry, referenceDate: String?
  ) throws -> RunPlan {
    var kept = Set(workflow.stages.map(\.id))
    if !only.isEmpty {
      // The named stages and, transitively, the stages they need.
      kept = []
      var pending = only
      while let id = pending.popLast() {
        guard let stage = workflow.stages.first(where: { $0.id == id }) else {
          throw WorkbenchError.usage(
            "--stage \(id): the workflow has no such stage (its stages: \(workflow.stages.map(\.id).joined(separator: ", ")))"
          )
        }
        if kept.insert(id).inserted { pending += stage.needs }
      }
    }
    for override in overrides {
      guard let stage = override.stage, workflow.stages.contains(where: { $0.id == stage }) else {
        throw WorkbenchError.usage(
          "--config \(override.stage.map { $0 + "." } ?? "")\(override.key): name a stage of the workflow "
            + "as STAGE.KEY=VALUE (its stages: \(workflow.stages.map(\.id).joined(separator: ", ")))")
      }
    }
    var stages: [PlannedStage] = []
    for stage in workflow.stages where kept.contains(stage.id) {
      let own = overrides.filter { $0.stage == stage.id }
      var configured = stage.configured
      if let plugin = replacements[stage.id] ?? (own.isEmpty ? nil : stage.plugin) {
        let factory: StageFactory
        do {
          factory = try registry.resolve(plugin)
        } catch {
          throw WorkbenchError.usage("--replace \(stage.id)=\(plugin): \(error)")
        }
        var members = replacements[stage.id] == nil ? stage.configured.configuration.objectValue ?? [:] : [:]
        for override in own { members[override.key] = override.value }
        do {
          configured = try factory.configure(.object(members))
        } catch {
          throw WorkbenchError.usage("stage '\(stage.id)' (\(plugin)): \(error)")
        }
      }
      if configured.descriptor.kind == .corpus && !collect { continue }
      stages.append(PlannedStage(id: stage.id, configured: configured, needs: stage.needs))
    }
    // Recorded under its own name, so that `workbench run` on a shared database never takes
    // a worker's slice (without reduces) for a run of the whole workflow.
    return RunPlan(
      workflow: workflow.file.path + " (worker)", name: workflow.name, description: workflow.description,
      stages: stages, baseDirectory: workflow.baseDirectory, referenceDate: referenceDate)
  }
}
