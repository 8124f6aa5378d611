import WorkbenchCore

/// What the KeywordMatch plugin adds to the workbench (the built-in list is generated from these).
public enum KeywordMatchPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [KeywordMatchStage.self]
}
