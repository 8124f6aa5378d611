import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// The stage end to end (collect, then reduce) through its factory, as a workflow runs it.
@Suite struct TopicClusteringStageTests {
  static func stage(_ options: JSONValue = [:]) throws -> CorpusStageInstance {
    let configured = try StageFactory(TopicClusteringStage.self).configure(options)
    let context = StageContext(baseDirectory: URL(fileURLWithPath: "/"), checksum: { _ in "" })
    guard case .corpus(let stage) = try configured.makeStage(context: context) else {
      throw ConfigurationFailure([])
    }
    return stage
  }

  static func collected(_ text: String, inputs: StageInputs = .none) throws -> [CollectedTerms.Entry] {
    let data = try stage().collect(Document(id: "d", text: text), inputs)
    return try JSONDecoder().decode(CollectedTerms.self, from: data).entries
  }

  // Sentences written for these tests: two clear subjects in each language.
  static let corpus: [Document] = [
    Document(
      id: "ar-energy-1",
      text:
        "ارتفعت صادرات النفط والغاز هذا العام، وقالت وزارة الطاقة إن أسعار النفط ستبقى مرتفعة وإن خط الغاز الجديد جاهز."
    ),
    Document(
      id: "ar-energy-2",
      text: "ناقش الوزير مشاريع الطاقة وإنتاج النفط، وأكد أن حقول الغاز ستزيد الإنتاج وأن أسعار الطاقة مستقرة."),
    Document(
      id: "ar-energy-3",
      text: "تعتمد محطات الكهرباء على الغاز والنفط، وتخطط وزارة الطاقة لرفع إنتاج الغاز وتصدير النفط."),
    Document(
      id: "ar-sport-1", text: "فاز الفريق في المباراة بهدفين، وسجل اللاعب هدف الفوز في الملعب أمام الجمهور في الدوري."),
    Document(
      id: "ar-sport-2",
      text: "خسر الفريق المباراة النهائية في الدوري، وقال المدرب إن اللاعبين لعبوا جيدا في الملعب رغم الهدف."),
    Document(
      id: "ar-sport-3", text: "يستعد الفريق لمباراة الدوري المقبلة، ويتدرب اللاعبون في الملعب مع المدرب لتسجيل الأهداف."
    ),
    Document(
      id: "en-energy-1",
      text: "Oil and gas exports rose this year, and the energy ministry said oil prices will stay high."),
    Document(
      id: "en-energy-2",
      text: "The minister discussed energy projects and oil production; new gas fields will raise output."),
    Document(
      id: "en-sport-1",
      text: "The team won the match with two goals, and the coach praised the players after the league game."),
    Document(
      id: "en-sport-2",
      text: "The players trained with the coach before the league match; the team hopes to score more goals."),
  ]

  static func run(_ documents: [Document], _ options: JSONValue = [:]) throws -> CorpusResult {
    let stage = try stage(options)
    let items = try documents.map { CollectedItem(documentID: $0.id, value: try stage.collect($0, .none)) }
    return try stage.reduce(items)
  }

  @Test func collectsStemsWithReadableSurfaceForms() throws {
    let entries = try Self.collected("وقالت الوزارة إن أسعار النفط والغاز ارتفعت، وأكد الحرس أن النِّفط متوفر للحرس.")
    let byTerm = Dictionary(uniqueKeysWithValues: entries.map { ($0.term, $0) })
    // والنفط, النفط and النِّفط are one term, shown without conjunction or diacritics.
    let oil = try #require(entries.first { $0.forms.contains { $0.text == "النفط" } })
    #expect(oil.count == 2)
    #expect(oil.forms.map(\.text) == ["النفط"])
    let gas = try #require(entries.first { $0.forms.contains { $0.text == "الغاز" } })
    #expect(gas.count == 1)
    // للحرس is shown as الحرس.
    let guardTerm = try #require(entries.first { $0.forms.contains { $0.text == "الحرس" } })
    #expect(guardTerm.count == 2)
    // Function words are not terms.
    #expect(byTerm["ان"] == nil && byTerm["إن"] == nil)
    // Adjacent content words form phrase candidates.
    #expect(entries.contains { $0.forms.first?.text == "النفط الغاز" })
  }

  @Test func skipsBoilerplate() throws {
    let text = "النفط والغاز. تابعونا على فيسبوك"
    let start = text.unicodeScalars.count - "تابعونا على فيسبوك".unicodeScalars.count
    let inputs = StageInputs([
      .boilerplate: [Annotation(start: start, end: text.unicodeScalars.count, text: "", label: "BOILERPLATE")]
    ])
    let entries = try Self.collected(text, inputs: inputs)
    #expect(!entries.contains { $0.forms.contains { $0.text.contains("فيسبوك") } })
    #expect(entries.contains { $0.forms.contains { $0.text == "النفط" } })
  }

  @Test(arguments: ["nmf", "kmeans"])
  func clustersBilingualCorpusBySubject(method: String) throws {
    let result = try Self.run(Self.corpus, ["topics": 4, "method": .string(method), "min_df": 2])
    let topic = result.annotations.mapValues { $0.first?.value ?? nil }
    #expect(Set(["ar-energy-1", "ar-energy-2", "ar-energy-3"].map { topic[$0]! }).count == 1)
    #expect(Set(["ar-sport-1", "ar-sport-2", "ar-sport-3"].map { topic[$0]! }).count == 1)
    #expect(Set(["en-energy-1", "en-energy-2"].map { topic[$0]! }).count == 1)
    #expect(Set(["en-sport-1", "en-sport-2"].map { topic[$0]! }).count == 1)
    #expect(Set(["ar-energy-1", "ar-sport-1", "en-energy-1", "en-sport-1"].map { topic[$0]! }).count == 4)
    let energy = try #require(result.records.first { $0.kind == "topic" && $0.key == topic["ar-energy-1"]!! })
    let terms = energy.value.objectValue!["terms"]!.arrayValue!.compactMap(\.stringValue)
    #expect(terms.contains("النفط") && terms.contains("الغاز") && terms.contains("وزارة الطاقة"))
  }

  @Test func identicalInputsGiveIdenticalOutputs() throws {
    let first = try Self.run(Self.corpus)
    #expect(try Self.run(Self.corpus) == first)
    #expect(try Self.run(Self.corpus.reversed()) == first)
    let other = try Self.run(Self.corpus, ["seed": 99])
    #expect(other.records.first { $0.kind == "topic-model" }?.value.objectValue?["seed"] == 99)
  }

  @Test func addingADocumentOnlyAddsItsCollect() throws {
    let stage = try Self.stage(["topics": 4])
    let before = try Self.corpus.map { CollectedItem(documentID: $0.id, value: try stage.collect($0, .none)) }
    let added = Document(id: "en-energy-3", text: "Gas pipelines and oil exports lifted energy revenue this year.")
    // A new stage instance collects the old documents to the same bytes: their cached
    // collect stays valid, only the new document is collected.
    let again = try Self.stage(["topics": 4])
    #expect(try Self.corpus.map { try again.collect($0, .none) } == before.map(\.value))
    let after = before + [CollectedItem(documentID: added.id, value: try again.collect(added, .none))]
    let old = try stage.reduce(before)
    let new = try stage.reduce(after)
    #expect(old.annotations[added.id] == nil)
    let topic = new.annotations.mapValues { $0.first?.value ?? nil }
    #expect(topic[added.id] == topic["en-energy-1"])
    let size = { (result: CorpusResult, key: String) in
      result.records.first { $0.kind == "topic" && $0.key == key }?.value.objectValue?["size"]?.intValue
    }
    let oldTopic = old.annotations["en-energy-1"]!.first!.value!
    #expect(size(new, topic["en-energy-1"]!!)! == size(old, oldTopic)! + 1)
  }

  @Test func wordsCachedFromEarlierDocumentsCollectTheSame() throws {
    // One instance caches stems across the documents it collects; the order it saw them in
    // must not show in what it collects.
    let forward = try Self.stage()
    let backward = try Self.stage()
    let ahead = try Self.corpus.map { try forward.collect($0, .none) }
    let behind = try Self.corpus.reversed().map { try backward.collect($0, .none) }
    #expect(ahead == behind.reversed())
    #expect(try Self.corpus.map { try forward.collect($0, .none) } == ahead)
  }

  @Test func collectedPhrasesBecomeTopicTerms() throws {
    // Sentences written for this test: the phrase in four documents, once as "و..." .
    let documents = [
      "بدأت إعادة الإعمار في المدينة بعد الحرب وعاد السكان إلى البيوت.",
      "تحتاج إعادة الإعمار إلى أموال كثيرة كما قال المهندسون في المدينة.",
      "ناقش المجلس خطط إعادة الإعمار وترميم المدارس في المدينة.",
      "تعهد المانحون بتمويل المدارس وإعادة الإعمار في المدينة.",
    ].enumerated().map { Document(id: "d\($0.offset)", text: $0.element) }
    let result = try Self.run(documents, ["topics": 1, "phrase_min_df": 3, "max_df": 1])
    let topic = try #require(result.records.first { $0.kind == "topic" })
    let terms = topic.value.objectValue!["terms"]!.arrayValue!.compactMap(\.stringValue)
    #expect(terms.contains("إعادة الإعمار"))
    // The phrase takes the place of its words.
    #expect(!terms.contains("الإعمار"))
  }

  @Test func rejectsBadOptions() {
    #expect(throws: ConfigurationFailure.self) { try Self.stage(["topics": "many"]) }
    #expect(throws: ConfigurationFailure.self) { try Self.stage(["topics": 0]) }
    #expect(throws: ConfigurationFailure.self) { try Self.stage(["method": "lda"]) }
    #expect(throws: ConfigurationFailure.self) { try Self.stage(["max_df": 1.5]) }
    #expect(throws: ConfigurationFailure.self) { try Self.stage(["topic": 3]) }
  }
}
