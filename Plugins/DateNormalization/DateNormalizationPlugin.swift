import WorkbenchCore

/// What the DateNormalization plugin adds to the workbench (the built-in list is generated from these).
public enum DateNormalizationPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [DateNormalizationStage.self]
  public static let evaluators: [any StageEvaluator.Type] = [DateNormalizationEvaluator.self]
}
