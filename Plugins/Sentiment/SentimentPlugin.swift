import ArgumentParser
import WorkbenchCore

/// What the Sentiment plugin adds to the workbench (the built-in list is generated from these).
public enum SentimentPlugin: WorkbenchPlugin {
  public static let stages: [any Stage.Type] = [SentimentStage.self]
  public static let evaluators: [any StageEvaluator.Type] = [SentimentEvaluator.self]
  public static let trainers: [any ParsableCommand.Type] = [TrainSentimentCommand.self]
}
