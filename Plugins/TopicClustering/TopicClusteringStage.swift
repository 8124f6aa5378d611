import Foundation
import WorkbenchCore

/// Corpus-level topics: per document a TOPIC annotation (a topic, or `outlier` with a
/// `reason`), per topic a record with its size, top terms as readable surface words, a label,
/// representative documents and coherence.
///
/// `collect` keeps each document's normalized, stopword-filtered, light-stemmed terms (and
/// frequent two-word phrases) with the surface words they came from, skipping boilerplate
/// marked by `clean`; reporting verbs, wire credits, calendar and number words, datelines and
/// headings are kept as formula terms, which the model counts and labels never show. It is
/// cached per document. `reduce` weighs the terms by TF-IDF (per script) and fits NMF or
/// spherical k-means with a fixed seed.
public struct TopicClusteringStage: CorpusStage {
  public typealias Configuration = TopicClusteringConfiguration
  public typealias Collected = CollectedTerms

  public static let descriptor = StageDescriptor(
    id: "topic-clustering", aliases: ["topics"], version: 22,
    summary: "Corpus topics by TF-IDF + NMF or spherical k-means, with readable labels and NPMI coherence",
    consumes: [.role(.boilerplate)],
    produces: [
      ProducedLabel(TopicReducer.label, role: .topic, attributes: ["weight", "weights", "topic_label", "reason"])
    ],
    examples: [
      StageExample(
        "Oil and gas exports rose this year, and the energy ministry said oil prices will stay high while gas output grows.",
        expected: [ExpectedAnnotation(TopicReducer.label, value: "0")])
    ],
    kind: .corpus)

  public let configuration: Configuration
  /// Written words already stemmed, shared by the documents this instance collects.
  let wordCache = WrittenWordCache()
  /// How many candidate models `topics: auto` fits at once (the run's `--jobs`).
  let concurrency: Int

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    self.concurrency = context.concurrency
  }

  public func collect(_ document: Document, inputs: StageInputs) throws -> CollectedTerms {
    TermCollector(phrases: configuration.phrases, cache: wordCache).collect(document, boilerplate: inputs.boilerplate)
  }

  public func reduce(_ collected: [CollectedItem<CollectedTerms>]) throws -> CorpusResult {
    TopicReducer(configuration: configuration, concurrency: concurrency).reduce(collected)
  }
}
