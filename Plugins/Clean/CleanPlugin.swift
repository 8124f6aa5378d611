import WorkbenchCore

/// What the Clean plugin adds to the workbench (the built-in list is generated from these).
public enum CleanPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [CleanStage.self]
}
