import WorkbenchCore

/// The options of the `topic-assignment` stage.
public struct TopicAssignmentConfiguration: StageConfiguration {
  /// The topic model file (`workbench train topics -o FILE`), relative to the workflow; empty
  /// for the model shipped with the plugin, fitted on the five seed articles (an example).
  @Setting(
    "model",
    help:
      "the topic model file written by `workbench train topics`, relative to the workflow; empty: the example model fitted on the seed articles"
  )
  public var model = ""

  public init() {}
}
