import Foundation
import WorkbenchCore

/// Builds a plan from stage names, adding what they require: what `workbench annotate` runs.
public enum StagePlanner {
  /// Plans the named stages (ids or aliases) with their configurations, adding every stage
  /// they `require` (with its default configuration) before them. Stages they `use` are
  /// wired in only when they are planned anyway.
  public static func plan(
    names: [String], configurations: [String: JSONValue] = [:], registry: StageRegistry
  ) throws -> [PlannedStage] {
    var ordered: [StageFactory] = []
    var visiting: Set<String> = []
    // Stages a stage merely uses run before it when they are requested too, in any order.
    let requested = Set(names.compactMap { registry.factory(named: $0)?.descriptor.id })

    func visit(_ name: String) throws {
      let factory = try registry.resolve(name)
      let id = factory.descriptor.id
      if ordered.contains(where: { $0.descriptor.id == id }) { return }
      guard visiting.insert(id).inserted else {
        throw PlanError("stages require each other in a cycle through '\(id)'")
      }
      for required in factory.descriptor.requires { try visit(required) }
      for used in factory.descriptor.uses where requested.contains(used) { try visit(used) }
      visiting.remove(id)
      ordered.append(factory)
    }
    for name in names { try visit(name) }

    let plannedIDs = Set(ordered.map(\.descriptor.id))
    return try ordered.map { factory in
      let descriptor = factory.descriptor
      let names = Set(descriptor.names)
      let configuration = configurations.first { names.contains($0.key) }?.value ?? .null
      let configured: ConfiguredStage
      do {
        configured = try factory.configure(configuration)
      } catch {
        throw PlanError("stage '\(descriptor.id)': \(error)")
      }
      let needs = (descriptor.requires + descriptor.uses.filter(plannedIDs.contains))
      return PlannedStage(
        id: descriptor.id, configured: configured,
        needs: ordered.map(\.descriptor.id).filter(needs.contains))
    }
  }
}
