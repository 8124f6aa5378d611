import Clean
import DateNormalization
import EntityLinking
import KeywordMatch
import Sentiment
import TextStats
import TopicClustering
import WorkbenchCLI
import WorkbenchCore

/// Every stage that ships with Workbench, one line per plugin.
public let builtInStageTypes: [any Stage.Type] = [
  KeywordMatchStage.self,
  CleanStage.self,
  TextStatsStage.self,
  DateNormalizationStage.self,
  EntityLinkingStage.self,
  SentimentStage.self,
  TopicClusteringStage.self,
  TopicAssignmentStage.self,
]

extension WorkbenchPlugins {
  /// The built-in plugins: their stages, the evaluators of the stages that can be scored
  /// against gold files, and the commands they contribute.
  public static let builtIn = WorkbenchPlugins(
    stages: builtInStageTypes,
    evaluators: [
      DateNormalizationEvaluator.self,
      EntityLinkingEvaluator.self,
      SentimentEvaluator.self,
      TopicClusteringEvaluator.self,
    ],
    tools: [KBCommand.self],
    trainers: [TrainSentimentCommand.self, TrainEntitiesCommand.self, TrainTopicsCommand.self])
}

/// The registry of the built-in stages. Registration refuses duplicate names, so a clash
/// between two plugins stops the tool at start-up rather than shadowing a stage.
public func builtInRegistry() throws -> StageRegistry {
  try StageRegistry(builtInStageTypes)
}
