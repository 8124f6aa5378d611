import Foundation
import WorkbenchCore

/// Builds a plan from stage names, adding providers of what they require: what
/// `workbench annotate` runs.
public enum StagePlanner {
  /// Plans the named stages (ids or aliases) with their configurations. A required input that
  /// no named stage provides is provided by the first registered stage that declares it (with
  /// its default configuration), planned before. Optional inputs are wired in only from stages
  /// that are planned anyway.
  public static func plan(
    names: [String], configurations: [String: JSONValue] = [:], registry: StageRegistry
  ) throws -> [PlannedStage] {
    var ordered: [StageFactory] = []
    var visiting: Set<String> = []
    let requested = names.compactMap { registry.factory(named: $0) }
    let requestedIDs = Set(requested.map(\.descriptor.id))

    func visit(_ factory: StageFactory) throws {
      let id = factory.descriptor.id
      if ordered.contains(where: { $0.descriptor.id == id }) { return }
      guard visiting.insert(id).inserted else {
        throw PlanError("stages require each other in a cycle through '\(id)'")
      }
      for input in factory.descriptor.consumes {
        let providers = requested.filter { $0.descriptor.id != id && input.isProvided(by: $0.descriptor) }
        if !providers.isEmpty {
          for provider in providers { try visit(provider) }
        } else if input.isRequired {
          guard
            let provider = registry.factories.first(where: {
              $0.descriptor.id != id && input.isProvided(by: $0.descriptor)
            })
          else {
            throw PlanError("stage '\(id)' consumes \(input), which no registered stage produces")
          }
          try visit(provider)
        }
      }
      visiting.remove(id)
      ordered.append(factory)
    }
    for name in names { try visit(try registry.resolve(name)) }

    let configuredByID = try Dictionary(
      uniqueKeysWithValues: ordered.map { factory -> (String, ConfiguredStage) in
        let descriptor = factory.descriptor
        let names = Set(descriptor.names)
        let configuration = configurations.first { names.contains($0.key) }?.value ?? .null
        do {
          return (descriptor.id, try factory.configure(configuration))
        } catch {
          throw PlanError("stage '\(descriptor.id)': \(error)")
        }
      })
    return ordered.map { factory in
      let descriptor = factory.descriptor
      let needs = ordered.map(\.descriptor.id).filter { upstreamID in
        upstreamID != descriptor.id
          && descriptor.consumes.contains { input in
            (input.isRequired || requestedIDs.contains(upstreamID))
              && configuredByID[upstreamID]!.produces.contains(where: input.matches)
          }
      }
      return PlannedStage(id: descriptor.id, configured: configuredByID[descriptor.id]!, needs: needs)
    }
  }
}
