import ArgumentParser
import WorkbenchCore

/// What the TopicClustering plugin adds to the workbench (the built-in list is generated from these).
public enum TopicClusteringPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [TopicClusteringStage.self, TopicAssignmentStage.self]
  public static let evaluators: [any StageEvaluator.Type] = [TopicClusteringEvaluator.self]
  public static let trainers: [any ParsableCommand.Type] = [TrainTopicsCommand.self]
}
