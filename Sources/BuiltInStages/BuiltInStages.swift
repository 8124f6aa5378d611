import WorkbenchCLI
import WorkbenchCore

// The list itself is generated at build time from the plugin targets Package.swift lists
// (BuildTools/BuiltInPluginList): each plugin module declares `public enum <Module>Plugin`.

extension WorkbenchPlugins {
  /// The built-in plugins: their stages, the evaluators of the stages that can be scored
  /// against gold files, and the commands they contribute.
  public static let builtIn = WorkbenchPlugins(builtInContributions)
}

/// Every stage that ships with Workbench, in Package.swift's order of the plugins.
public let builtInStageTypes: [any Stage.Type] = WorkbenchPlugins.builtIn.stages

/// The registry of the built-in stages. Registration refuses duplicate names, so a clash
/// between two plugins stops the tool at start-up rather than shadowing a stage.
public func builtInRegistry() throws -> StageRegistry {
  try StageRegistry(builtInStageTypes)
}
