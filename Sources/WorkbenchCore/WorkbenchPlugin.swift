/// What one plugin module adds to the workbench: its stages, the evaluators that score them,
/// and the commands it contributes.
///
/// A plugin under Plugins/ in this repository declares it as `public enum <Module>Plugin`
/// (`QuotesPlugin` in the module `Quotes`): the built-in list is generated from the plugin
/// targets Package.swift names, and refers to each plugin by that name. The type name, not the
/// module name, is used because a module may hold a type named like itself, which would shadow
/// `Quotes.something`.
///
/// ```swift
/// public enum QuotesPlugin: WorkbenchPlugin {
///   public static let stages: [any Stage.Type] = [QuoteStage.self]
/// }
/// ```
public protocol WorkbenchPlugin {
  /// The type of the plugin's commands. The core does not link swift-argument-parser, so a
  /// plugin with commands names it: its `tools` and `trainers` are
  /// `[any ParsableCommand.Type]`. `Never` for a plugin without commands.
  associatedtype Command = Never
  /// The stage types, in the order `workbench plugins` lists them.
  static var stages: [any Stage.Type] { get }
  /// Evaluators of the plugin's stages (`workbench evaluate`).
  static var evaluators: [any StageEvaluator.Type] { get }
  /// Top-level commands (`workbench kb`).
  static var tools: [Command] { get }
  /// Commands under `workbench train`, named after what they train (`train sentiment`).
  static var trainers: [Command] { get }
}

extension WorkbenchPlugin {
  public static var evaluators: [any StageEvaluator.Type] { [] }
  public static var tools: [Command] { [] }
  public static var trainers: [Command] { [] }
}
