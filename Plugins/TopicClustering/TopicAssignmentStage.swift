import Foundation
import WorkbenchCore

/// Topics from a saved model, per document: the second half of topic clustering split in
/// two (fit once with `workbench train topics`, assign anywhere). A document the model was
/// fitted on gets the annotation `topic-clustering` gave it; another one the nearest topic.
///
/// The model file's checksum enters the cache key, so a new model recomputes every document.
public struct TopicAssignmentStage: DocumentStage {
  public typealias Configuration = TopicAssignmentConfiguration

  public static let descriptor = StageDescriptor(
    id: "topic-assignment", aliases: ["topics-assign"], version: 9,
    summary: "Topics from a saved topic model, per document (fit with `workbench train topics`)",
    consumes: [.role(.boilerplate)],
    produces: [
      ProducedLabel(TopicReducer.label, role: .topic, attributes: ["weight", "weights", "topic_label", "reason"])
    ],
    examples: [
      // With the example model (fitted on the seed articles), whose topic 2 is labelled
      // "التجاري · الدفاع · الأسد".
      StageExample(
        "التقى وزير الدفاع الروسي ووزير الخارجية السوري في موسكو لبحث التعاون العسكري والأمن في المنطقة.",
        expected: [ExpectedAnnotation(TopicReducer.label, value: "2")])
    ])

  public let configuration: Configuration
  let model: SavedTopicModel
  let wordCache = WrittenWordCache()

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    guard let url = configuration.model.isEmpty ? Self.exampleModel : context.resolve(configuration.model) else {
      throw ConfigurationError.invalid(field: "model", message: "the example model is missing from this build")
    }
    let data: Data
    do {
      data = try context.load(url)
    } catch {
      throw ConfigurationError.invalid(
        field: "model", message: "cannot read '\(configuration.model)': \(error.localizedDescription)")
    }
    self.model = try SavedTopicModel.decode(data)
  }

  /// The model shipped with the plugin: fitted on the five seed articles of the repository
  /// (Russian-Syrian energy cooperation), for trying the stage out; see Resources/README.md.
  static let exampleModel = Bundle.module.url(forResource: "seed-articles", withExtension: "topics")

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let collected = TermCollector(phrases: model.configuration.phrases, cache: wordCache)
      .collect(document, boilerplate: inputs.boilerplate)
    return [model.assign(collected, documentID: document.id)]
  }
}
