import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// Topic clustering in two steps: fit and save a model, then assign documents to it one at a
/// time with the `topic-assignment` stage.
@Suite struct SavedTopicModelTests {
  // Written for these tests: two subjects (power supply, a marathon) in Arabic and English.
  static let corpus: [Document] = [
    Document(
      id: "power-ar-1",
      text:
        "انقطعت الكهرباء في المدينة بسبب نقص الوقود، وقالت شركة الكهرباء إن محطة التوليد ستعود إلى العمل بعد وصول الوقود."
    ),
    Document(
      id: "power-ar-2",
      text: "أعلنت وزارة الكهرباء خطة لإصلاح محطة التوليد الكبرى، وطلبت شحنات وقود إضافية لتقليل انقطاع الكهرباء."),
    Document(
      id: "power-ar-3", text: "يشكو السكان من انقطاع الكهرباء ساعات طويلة، وتقول الشركة إن الوقود لا يكفي محطة التوليد."
    ),
    Document(
      id: "race-ar-1",
      text: "شارك آلاف العدائين في سباق الماراثون صباح الجمعة، وفاز عداء شاب بالسباق بعد منافسة قوية على خط النهاية."),
    Document(
      id: "race-ar-2",
      text: "انطلق سباق الماراثون من الساحة الكبرى، وركض العداؤون في شوارع المدينة حتى خط النهاية وسط تشجيع الجمهور."),
    Document(
      id: "race-ar-3",
      text: "قال منظمو الماراثون إن عدد العدائين زاد هذا العام، وإن السباق سيعود في الربيع بخط نهاية جديد."),
    Document(
      id: "power-en-1",
      text:
        "The power plant stopped again because fuel deliveries were late, and the electricity company promised repairs."
    ),
    Document(
      id: "power-en-2",
      text:
        "Electricity cuts lasted ten hours as the power plant waited for fuel; the company blamed the fuel shortage."),
    Document(
      id: "race-en-1",
      text:
        "Thousands of runners finished the city marathon, and a young runner won the race in a sprint to the finish line."
    ),
    Document(
      id: "race-en-2",
      text:
        "The marathon runners crossed the finish line near the square, and the race organisers counted more runners this year."
    ),
  ]

  static func collector() throws -> CorpusStageInstance {
    let configured = try StageFactory(TopicClusteringStage.self).configure([:])
    guard
      case .corpus(let stage) = try configured.makeStage(
        context: StageContext(baseDirectory: URL(fileURLWithPath: "/"), checksum: { _ in "" }))
    else {
      throw ConfigurationFailure([])
    }
    return stage
  }

  static func collected(_ documents: [Document]) throws -> [CollectedItem<CollectedTerms>] {
    let stage = try collector()
    return try documents.map { document in
      CollectedItem(
        documentID: document.id,
        value: try JSONDecoder().decode(CollectedTerms.self, from: stage.collect(document, .none)))
    }
  }

  static var configuration: TopicClusteringConfiguration {
    var configuration = TopicClusteringConfiguration()
    configuration.topics = .fixed(2)
    configuration.minWords = 3
    return configuration
  }

  /// A `topic-assignment` stage over `model`, written to a file, and the context it was built in.
  static func assigner(_ model: SavedTopicModel) throws -> (DocumentStageInstance, StageContext, Data) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("topics-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let data = try model.encoded()
    try data.write(to: folder.appendingPathComponent("news.topics"))
    let context = StageContext(baseDirectory: folder, checksum: { "bytes:\($0.count)" })
    let configured = try StageFactory(TopicAssignmentStage.self).configure(["model": "news.topics"])
    guard case .document(let stage) = try configured.makeStage(context: context) else { throw ConfigurationFailure([]) }
    return (stage, context, data)
  }

  @Test func fittedDocumentsKeepTheAnnotationsOfTheReduce() throws {
    let items = try Self.collected(Self.corpus)
    let reduced = TopicReducer(configuration: Self.configuration).reduce(items)
    let model = SavedTopicModel.fit(items, configuration: Self.configuration)
    #expect(model.topicCount == 2)
    #expect(model.documents == 10)
    let (stage, context, data) = try Self.assigner(model)
    for document in Self.corpus {
      let assigned = try stage.analyze(document, .none)
      #expect(assigned == reduced.annotations[document.id], "\(document.id)")
    }
    // The model file's checksum is recorded, so it enters the stage's cache key.
    #expect(context.dataChecksums == ["news.topics": "bytes:\(data.count)"])
  }

  @Test func saveAndReadBackGiveTheSameModel() throws {
    let model = SavedTopicModel.fit(try Self.collected(Self.corpus), configuration: Self.configuration)
    let data = try model.encoded()
    let decoded = try SavedTopicModel.decode(data)
    #expect(decoded == model)
    #expect(try decoded.encoded() == data)
    #expect(throws: ConfigurationError.self) { try SavedTopicModel.decode(Data(#"{"format": "other"}"#.utf8)) }
  }

  @Test func newDocumentsGoToTheNearestTopic() throws {
    let items = try Self.collected(Self.corpus)
    let model = SavedTopicModel.fit(items, configuration: Self.configuration)
    let fitted = Dictionary(uniqueKeysWithValues: Self.corpus.map { ($0.id, $0) })
    let (stage, _, _) = try Self.assigner(model)
    func topic(_ id: String) throws -> String? { try stage.analyze(fitted[id]!, .none).first?.value }
    let arabicPower = try topic("power-ar-1")
    let arabicRace = try topic("race-ar-1")
    let englishRace = try topic("race-en-1")
    #expect(arabicPower != nil && arabicRace != nil && arabicPower != arabicRace)

    let newPower = Document(
      id: "new-1", text: "عادت الكهرباء إلى الأحياء بعد وصول الوقود إلى محطة التوليد، وقالت الشركة إن الانقطاع انتهى.")
    let newRace = Document(
      id: "new-2",
      text: "The runners lined up for the marathon at dawn, and the winner reached the finish line first in the race.")
    let power = try #require(try stage.analyze(newPower, .none).first)
    let race = try #require(try stage.analyze(newRace, .none).first)
    #expect(power.value == arabicPower)
    // Placed where the fit put the English race reports.
    #expect(race.value == englishRace)
    #expect(power.end == newPower.scalarCount && power.start == 0)
    #expect(power.attributes["weights"]?.arrayValue?.count == 2)
    // A fitted document whose text changed is placed like a new one, not given its old topic.
    #expect(try topic("power-ar-2") == arabicPower)
    let edited = Document(
      id: "power-ar-2",
      text: "انطلق سباق الماراثون وركض العداؤون في شوارع المدينة حتى خط النهاية، وفاز عداء شاب بالسباق.")
    #expect(try stage.analyze(edited, .none).first?.value == arabicRace)

    let tooShort = try #require(try stage.analyze(Document(id: "new-3", text: "Fuel."), .none).first)
    #expect(tooShort.value == "outlier")
    #expect(tooShort.attributes["reason"] == "too short")
  }

  /// A story of a desk corpus given to the model under a new id is placed like a new one,
  /// through the centroids and their offsets (the centred latent semantic placement): it
  /// lands in the topic the fit gave it, with its weight the largest of its weights.
  @Test(arguments: ["wire-desks", "arabic-desks"])
  func aFittedStoryUnderANewIdLandsInItsFittedTopic(folder: String) throws {
    let documents = try OwnCorporaTests.corpus(folder)
    var configuration = TopicClusteringConfiguration()
    configuration.topics = .fixed(4)
    let model = SavedTopicModel.fit(try Self.collected(documents), configuration: configuration)
    let offsets = try #require(model.state?.offsets)
    #expect(offsets.count == 4 && offsets.contains { $0 != 0 })
    let (stage, _, _) = try Self.assigner(model)
    for document in documents {
      let fitted = try #require(try stage.analyze(document, .none).first)
      guard fitted.value != "outlier" else { continue }
      let copy = try #require(try stage.analyze(Document(id: "copy-\(document.id)", text: document.text), .none).first)
      #expect(copy.value == fitted.value, "\(document.id)")
      let weights = copy.attributes["weights"]?.arrayValue?.compactMap(\.doubleValue) ?? []
      #expect(copy.attributes["weight"]?.doubleValue == weights.max(), "\(document.id)")
    }
  }

  /// Format 3 is written; 2 is still read (no offsets: placed uncentred, as it was fitted);
  /// a newer one is refused with a message that says so.
  @Test(arguments: [(2, nil), (3, nil), (4, "saved by a newer Workbench")] as [(Int, String?)])
  func readsFormatsTwoAndThreeAndRefusesNewer(version: Int, refusal: String?) throws {
    let model = SavedTopicModel.fit(try Self.collected(Self.corpus), configuration: Self.configuration)
    #expect(model.version == 3)
    var object = try #require(try JSONSerialization.jsonObject(with: model.encoded()) as? [String: Any])
    object["version"] = version
    let data = try JSONSerialization.data(withJSONObject: object)
    guard let refusal else {
      #expect(try SavedTopicModel.decode(data).topicCount == 2)
      return
    }
    let error = try #require(throws: ConfigurationError.self) { try SavedTopicModel.decode(data) }
    #expect("\(error)".contains(refusal))
    #expect("\(error)".contains("version \(version)"))
  }
}
