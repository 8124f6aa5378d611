import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// Corpora too small or too uniform for a centred latent semantic placement: one document,
/// copies of one document, and `topics: 1`. Centred on their mean, such documents sit at zero
/// (before, each got weight 0, and a model saved from them made every new story an outlier
/// with "no terms after filtering"); they are placed uncentred instead.
@Suite struct TinyCorpusPlacementTests {
  // Written for these tests.
  static let english =
    "The ferry company cancelled every crossing to the islands after the storm damaged the harbour wall, and the ferry crews waited at the harbour."
  static let arabic =
    "ألغت شركة العبارات كل الرحلات إلى الجزر بعد أن أتلفت العاصفة جدار الميناء، وانتظر بحارة العبارات في الميناء."
  static let englishRelated = Document(
    id: "new-ferry", text: "Ferry crossings resumed once the harbour wall was repaired after the storm.")
  static let arabicRelated = Document(
    id: "new-ferry-ar", text: "عادت رحلات العبارات إلى الجزر بعد إصلاح جدار الميناء الذي أتلفته العاصفة.")
  static let unrelated = Document(
    id: "new-chess", text: "A young chess player won the national title with a quiet endgame on Sunday.")

  static func configuration(_ topics: TopicCount) -> TopicClusteringConfiguration {
    var configuration = TopicClusteringConfiguration()
    configuration.topics = topics
    return configuration
  }

  static func annotation(_ result: CorpusResult, _ id: String) throws -> Annotation {
    try #require(result.annotations[id]?.first)
  }

  /// One document, or three copies of it (with `max_df: 1`, so that words in every
  /// document count): one topic, every document in it with weight 1.
  @Test(arguments: [
    ("en", 1, "auto"), ("en", 1, "1"), ("ar", 1, "auto"), ("ar", 1, "1"),
    ("en", 3, "auto"), ("en", 3, "1"), ("ar", 3, "auto"), ("ar", 3, "2"),
  ])
  func documentsAllAlikeHaveOneTopicAtFullWeight(language: String, copies: Int, topics: String) throws {
    let text = language == "en" ? Self.english : Self.arabic
    let documents = (1...copies).map { Document(id: "d\($0)", text: text) }
    let result = try TopicClusteringStageTests.run(
      documents, ["topics": Int(topics).map(JSONValue.int) ?? .string(topics), "max_df": 1.0])
    for document in documents {
      let annotation = try Self.annotation(result, document.id)
      #expect(annotation.value == "0", "\(document.id)")
      #expect(annotation.attributes["weight"] == .double(1), "\(document.id)")
      #expect(annotation.attributes["reason"] == nil)
    }
    // No empty second topic is reported.
    let topics = result.records.filter { $0.kind == "topic" }
    #expect(topics.count == 1)
    let topic = try #require(topics.first { $0.key == "0" })
    #expect(topic.value.objectValue?["size"] == .int(copies))
    let representative = topic.value.objectValue?["representative_documents"]?.arrayValue ?? []
    #expect(representative.first?.objectValue?["weight"] == .double(1))
  }

  /// Copies of one document with the default `max_df` (0.9): every word is in every
  /// document, so none is left, and the reason says exactly that.
  @Test(arguments: ["en", "ar"])
  func copiesOfOneDocumentHaveNoTermsLeft(language: String) throws {
    let text = language == "en" ? Self.english : Self.arabic
    let result = try TopicClusteringStageTests.run((1...3).map { Document(id: "d\($0)", text: text) })
    for id in ["d1", "d2", "d3"] {
      let annotation = try Self.annotation(result, id)
      #expect(annotation.value == "outlier")
      #expect(annotation.attributes["reason"] == "no terms after filtering")
    }
  }

  /// A model saved from one document places a story that shares its words in its topic, and
  /// makes a story without any of them an outlier for that reason.
  @Test(arguments: [
    (english, englishRelated), (arabic, arabicRelated),
  ])
  func aModelOfOneDocumentAssignsNewStories(text: String, related: Document) throws {
    let items = try SavedTopicModelTests.collected([Document(id: "only", text: text)])
    let model = SavedTopicModel.fit(items, configuration: Self.configuration(.automatic))
    #expect(model.topicCount == 1)
    let (stage, _, _) = try SavedTopicModelTests.assigner(model)
    let placed = try #require(try stage.analyze(related, .none).first)
    #expect(placed.value == "0")
    let weight = try #require(placed.attributes["weight"]?.doubleValue)
    #expect(weight > 0.2)
    let outlier = try #require(try stage.analyze(Self.unrelated, .none).first)
    #expect(outlier.value == "outlier")
    #expect(outlier.attributes["reason"] == "no terms after filtering")
  }

  /// `topics: 1` on a corpus of two subjects: every document in topic 0 at weight 1, and a
  /// saved model places new stories of either subject there with a positive weight (centred,
  /// about half of them scored below zero and became outliers "with no terms").
  @Test func oneTopicPlacesEveryStory() throws {
    let corpus = SavedTopicModelTests.corpus
    let result = try TopicClusteringStageTests.run(corpus, ["topics": 1, "min_words": 3])
    for document in corpus {
      let annotation = try Self.annotation(result, document.id)
      #expect(annotation.value == "0", "\(document.id)")
      #expect(annotation.attributes["weight"] == .double(1), "\(document.id)")
    }
    let model = SavedTopicModel.fit(
      try SavedTopicModelTests.collected(corpus), configuration: Self.configuration(.fixed(1)))
    let (stage, _, _) = try SavedTopicModelTests.assigner(model)
    let stories = [
      Document(id: "new-power", text: "عادت الكهرباء إلى الأحياء بعد وصول الوقود إلى محطة التوليد."),
      Document(
        id: "new-race", text: "The runners lined up for the marathon, and the winner reached the finish line first."),
    ]
    for story in stories {
      let placed = try #require(try stage.analyze(story, .none).first)
      #expect(placed.value == "0", "\(story.id)")
      #expect((placed.attributes["weight"]?.doubleValue ?? 0) > 0, "\(story.id)")
    }
  }
}
