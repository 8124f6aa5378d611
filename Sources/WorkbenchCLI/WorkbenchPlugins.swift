import ArgumentParser
import WorkbenchCore

/// What a workbench executable is made of besides its own commands: the stage types, the
/// evaluators of the stages that can be scored, and the commands plugins contribute.
///
/// Like SwiftLint's `builtInRules + extraRules()`: the `workbench` executable passes the
/// built-in plugins, and a team's own executable adds its own with `+`.
public struct WorkbenchPlugins: @unchecked Sendable {
  // Unchecked: command metatypes carry no state, but ArgumentParser does not mark them Sendable.
  public var stages: [any Stage.Type]
  public var evaluators: [any StageEvaluator.Type]
  /// Top-level commands (`workbench kb`).
  public var tools: [any ParsableCommand.Type]
  /// Commands under `workbench train`, named after what they train (`train sentiment`).
  public var trainers: [any ParsableCommand.Type]

  public init(
    stages: [any Stage.Type] = [], evaluators: [any StageEvaluator.Type] = [],
    tools: [any ParsableCommand.Type] = [], trainers: [any ParsableCommand.Type] = []
  ) {
    self.stages = stages
    self.evaluators = evaluators
    self.tools = tools
    self.trainers = trainers
  }

  /// What the plugin `plugin` contributes; it has no commands.
  public init<Plugin: WorkbenchPlugin>(_ plugin: Plugin.Type) where Plugin.Command == Never {
    self.init(stages: plugin.stages, evaluators: plugin.evaluators)
  }

  /// What the plugin `plugin` contributes, its commands included.
  public init<Plugin: WorkbenchPlugin>(_ plugin: Plugin.Type) where Plugin.Command == any ParsableCommand.Type {
    self.init(stages: plugin.stages, evaluators: plugin.evaluators, tools: plugin.tools, trainers: plugin.trainers)
  }

  /// Both sets of plugins, `lhs` first.
  public static func + (lhs: WorkbenchPlugins, rhs: WorkbenchPlugins) -> WorkbenchPlugins {
    WorkbenchPlugins(
      stages: lhs.stages + rhs.stages, evaluators: lhs.evaluators + rhs.evaluators,
      tools: lhs.tools + rhs.tools, trainers: lhs.trainers + rhs.trainers)
  }

  /// All of `plugins`, in order.
  public init(_ plugins: [WorkbenchPlugins]) {
    self = plugins.reduce(WorkbenchPlugins(), +)
  }

  /// The registry of the stages; it refuses two stages that claim one name.
  public func registry() throws -> StageRegistry {
    try StageRegistry(stages)
  }
}
