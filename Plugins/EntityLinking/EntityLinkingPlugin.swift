import ArgumentParser
import WorkbenchCore

/// What the EntityLinking plugin adds to the workbench (the built-in list is generated from these).
public enum EntityLinkingPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [EntityLinkingStage.self]
  public static let evaluators: [any StageEvaluator.Type] = [EntityLinkingEvaluator.self]
  public static let tools: [any ParsableCommand.Type] = [KBCommand.self]
  public static let trainers: [any ParsableCommand.Type] = [TrainEntitiesCommand.self]
}
