import WorkbenchCore

/// What this plugin adds to the workbench. In the workbench's own repository, the built-in
/// list finds a plugin by this name: `<Module>Plugin`.
public enum QuotesPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [QuoteStage.self]
}
