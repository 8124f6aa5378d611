import Clean
import DateNormalization
import EntityLinking
import KeywordMatch
import TextStats
import Sentiment
import TopicClustering
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
]

/// The evaluators of the stages that can be scored against gold files, one line per plugin.
public let builtInEvaluators: [any StageEvaluator.Type] = [
  DateNormalizationEvaluator.self,
  EntityLinkingEvaluator.self,
  SentimentEvaluator.self,
  TopicClusteringEvaluator.self,
]

/// The registry of the built-in stages. Registration refuses duplicate names, so a clash
/// between two plugins stops the tool at start-up rather than shadowing a stage.
public func builtInRegistry() throws -> StageRegistry {
  try StageRegistry(builtInStageTypes)
}
