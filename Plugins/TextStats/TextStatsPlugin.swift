import WorkbenchCore

/// What the TextStats plugin adds to the workbench (the built-in list is generated from these).
public enum TextStatsPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [TextStatsStage.self]
}
