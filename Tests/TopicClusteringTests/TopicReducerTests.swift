import Testing
import TopicClustering
import WorkbenchCore

/// The reduce step on collected terms written by hand: corpora whose right clustering is
/// obvious, in English and Arabic.
@Suite struct TopicReducerTests {
  static func item(_ id: String, _ forms: [String: [String: Int]]) -> CollectedItem<CollectedTerms> {
    CollectedItem(documentID: id, value: CollectedTerms(length: 100, title: "title \(id)", forms: forms))
  }

  static func reducer(_ options: JSONValue = [:]) throws -> TopicReducer {
    var members = options.objectValue ?? [:]
    if members["topics"] == nil { members["topics"] = 2 }
    let configuration = try JSONValueDecoder().decode(
      TopicClusteringConfiguration.self, from: .object(Self.defaults.merging(members) { _, given in given }))
    return TopicReducer(configuration: configuration)
  }

  static let defaults: [String: JSONValue] = StageFactory(TopicClusteringStage.self).defaultConfiguration.objectValue!

  static let english = [
    item("e1", ["oil": ["oil": 3, "Oil": 1], "gas": ["gas": 2], "pipelin": ["pipeline": 1], "price": ["prices": 1]]),
    item("e2", ["oil": ["oil": 2], "gas": ["gas": 3], "pipelin": ["pipelines": 2], "export": ["exports": 1]]),
    item("e3", ["oil": ["oil": 1], "gas": ["gas": 1], "export": ["export": 2], "price": ["price": 1]]),
    item("e4", ["match": ["match": 2], "goal": ["goals": 2], "team": ["team": 1], "coach": ["coach": 1]]),
    item("e5", ["match": ["matches": 1], "goal": ["goal": 3], "team": ["team": 2], "leagu": ["league": 1]]),
    item("e6", ["match": ["match": 1], "team": ["teams": 1], "coach": ["coach": 2], "leagu": ["league": 2]]),
  ]

  static let arabic = [
    item(
      "a1",
      [
        "نفط": ["النفط": 3, "نفط": 1], "غاز": ["الغاز": 2], "طاق": ["الطاقة": 2], "اعاد اعمار": ["إعادة الإعمار": 1],
        "اعاد": ["إعادة": 1], "اعمار": ["الإعمار": 1],
      ]),
    item(
      "a2",
      [
        "نفط": ["النفط": 1], "غاز": ["الغاز": 3], "طاق": ["الطاقة": 1], "اعاد اعمار": ["إعادة الإعمار": 2],
        "اعاد": ["إعادة": 2], "اعمار": ["الإعمار": 2],
      ]),
    item(
      "a3",
      [
        "نفط": ["نفط": 2], "طاق": ["طاقة": 1], "اعاد اعمار": ["إعادة الإعمار": 1], "اعاد": ["إعادة": 1],
        "اعمار": ["الإعمار": 1], "غاز": ["غاز": 1],
      ]),
    item(
      "a4", ["مبارا": ["المباراة": 2], "فريق": ["الفريق": 2], "هدف": ["هدفا": 1, "الهدف": 1], "ملعب": ["الملعب": 1]]),
    item("a5", ["مبارا": ["مباراة": 1], "فريق": ["الفريق": 1], "هدف": ["هدفين": 1], "دوري": ["الدوري": 2]]),
    item("a6", ["مبارا": ["المباراة": 1], "ملعب": ["الملعب": 2], "دوري": ["الدوري": 1], "فريق": ["فريق": 1]]),
  ]

  /// The item with more terms (term -> form -> count).
  static func adding(_ extra: [String: [String: Int]], to item: CollectedItem<CollectedTerms>) -> CollectedItem<
    CollectedTerms
  > {
    let forms = item.value.entries.map {
      ($0.term, Dictionary(uniqueKeysWithValues: $0.forms.map { ($0.text, $0.count) }))
    }
    return Self.item(item.documentID, Dictionary(uniqueKeysWithValues: forms).merging(extra) { kept, _ in kept })
  }

  static func topics(_ result: CorpusResult) -> [String: String?] {
    result.annotations.mapValues { $0.first?.value }
  }

  @Test(arguments: ["nmf", "kmeans"])
  func separatesEnglishTopics(method: String) throws {
    let result = try Self.reducer(["method": .string(method)]).reduce(Self.english)
    let topics = Self.topics(result)
    #expect(topics["e1"] == topics["e2"] && topics["e2"] == topics["e3"])
    #expect(topics["e4"] == topics["e5"] && topics["e5"] == topics["e6"])
    #expect(topics["e1"] != topics["e4"])
    let records = result.records.filter { $0.kind == "topic" }
    #expect(records.map(\.key) == ["0", "1"])
    let energy = records.first { $0.key == topics["e1"]! }!.value.objectValue!
    let terms = Set(energy["terms"]!.arrayValue!.compactMap(\.stringValue))
    // Surface forms, the most frequent of each stem: "oil" (6) over "Oil" (1), "pipelines".
    #expect(terms.isSuperset(of: ["oil", "gas", "pipelines"]))
    #expect(!terms.contains("goal") && !terms.contains("goals"))
    #expect(energy["size"] == 3)
    #expect(energy["representative_documents"]!.arrayValue!.count == 3)
  }

  @Test(arguments: ["nmf", "kmeans"])
  func separatesArabicTopicsWithReadableLabels(method: String) throws {
    let result = try Self.reducer(["method": .string(method)]).reduce(Self.arabic)
    let topics = Self.topics(result)
    #expect(topics["a1"] == topics["a2"] && topics["a2"] == topics["a3"])
    #expect(topics["a4"] == topics["a5"] && topics["a5"] == topics["a6"])
    #expect(topics["a1"] != topics["a4"])
    let energy = result.records.first { $0.kind == "topic" && $0.key == topics["a1"]! }!.value.objectValue!
    let terms = energy["terms"]!.arrayValue!.compactMap(\.stringValue)
    // The phrase replaces its two words; stems never show.
    #expect(terms.contains("إعادة الإعمار"))
    #expect(!terms.contains("إعادة") && !terms.contains("الإعمار"))
    #expect(terms.contains("النفط") && terms.contains("الغاز") && terms.contains("الطاقة"))
    #expect(!terms.contains("نفط") && !terms.contains("طاق"))
    let label = energy["label"]!.stringValue!
    #expect(label.split(separator: "·").count == 3)
    let sport = result.records.first { $0.kind == "topic" && $0.key == topics["a4"]! }!.value.objectValue!
    #expect(
      Set(sport["terms"]!.arrayValue!.compactMap(\.stringValue)).isSuperset(of: [
        "المباراة", "الفريق", "الملعب", "الدوري",
      ]))
  }

  @Test func annotatesEveryDocumentWithWeights() throws {
    let result = try Self.reducer().reduce(Self.english)
    let annotation = try #require(result.annotations["e1"]?.first)
    #expect(annotation.label == "TOPIC")
    #expect(annotation.start == 0 && annotation.end == 100)
    let weights = annotation.attributes["weights"]!.arrayValue!.compactMap(\.doubleValue)
    #expect(weights.count == 2)
    #expect(abs(weights.reduce(0, +) - 1) < 0.001)
    #expect(annotation.attributes["weight"]!.doubleValue == weights[Int(annotation.value!)!])
    #expect(weights[Int(annotation.value!)!] == weights.max())
  }

  @Test(arguments: ["nmf", "kmeans"])
  func isDeterministicAndOrderIndependent(method: String) throws {
    let reducer = try Self.reducer(["method": .string(method), "topics": "auto"])
    let corpus = Self.english + Self.arabic
    let first = reducer.reduce(corpus)
    #expect(reducer.reduce(corpus) == first)
    #expect(reducer.reduce(corpus.reversed()) == first)
    #expect(
      reducer.reduce([corpus[7], corpus[2]] + corpus.filter { $0.documentID != "a2" && $0.documentID != "e3" }) == first
    )
  }

  /// `topics: auto` scores its candidates on several threads with `--jobs` above 1; the
  /// outcome (candidate scores, chosen count, every assignment) is the one-thread outcome.
  @Test(arguments: ["nmf", "kmeans"])
  func scoringCandidatesConcurrentlyChangesNothing(method: String) throws {
    let configuration = try Self.reducer(["method": .string(method), "topics": "auto"]).configuration
    let corpus = Self.english + Self.arabic
    let alone = TopicReducer(configuration: configuration, concurrency: 1).analyze(corpus)
    #expect(alone.selection.candidates.count == 5)
    for concurrency in [2, 3, 8] {
      let together = TopicReducer(configuration: configuration, concurrency: concurrency).analyze(corpus)
      #expect(together.selection == alone.selection)
      #expect(together.assignments == alone.assignments)
      #expect(together.topics == alone.topics)
    }
  }

  @Test func autoChoosesTheCoherentCountAndSaysWhy() throws {
    let result = try Self.reducer(["topics": "auto"]).reduce(Self.english + Self.arabic)
    let summary = try #require(result.records.first { $0.kind == "topic-model" }?.value.objectValue)
    // 12 documents, a small corpus: candidates 2 ... 12 / 2 = 6 (not √12 + 1 = 4); four clear
    // groups (two languages x two topics).
    #expect(summary["candidates"]!.arrayValue!.count == 5)
    #expect(summary["topics"] == 4)
    #expect(summary["chosen_by"]!.stringValue!.hasPrefix("auto: highest mean NPMI"))
    for candidate in summary["candidates"]!.arrayValue!.compactMap(\.objectValue) {
      let coherence = candidate["coherence"]!.doubleValue!
      let stability = candidate["stability"]!.doubleValue!
      #expect((0...1).contains(stability))
      #expect(abs(candidate["score"]!.doubleValue! - (coherence + 0.5 * stability)) < 0.001)
      // Three documents per group: no candidate of 2 to 4 topics leaves a topic of one.
      if candidate["topics"]!.intValue! <= 4 {
        #expect((2...6).contains(candidate["smallest_topic"]!.intValue!))
      }
    }
  }

  /// With two seeded fits that always agree on four clear groups, stability is 1 at 4 topics.
  @Test func autoIsStableOnClearGroups() throws {
    let outcome = try Self.reducer(["topics": "auto"]).analyze(Self.english + Self.arabic)
    let four = try #require(outcome.selection.candidates.first { $0.topics == 4 })
    #expect(four.stability > 0.99)
    let alone = try Self.reducer(["topics": "auto", "stability_weight": 0]).analyze(Self.english + Self.arabic)
    #expect(alone.selection.candidates.allSatisfy { $0.stability == 0 && $0.score == $0.coherence })
  }

  @Test func addingADocumentChangesTheReduce() throws {
    let reducer = try Self.reducer()
    let before = reducer.reduce(Self.english)
    let added = Self.item("e7", ["oil": ["oil": 2], "gas": ["gas": 1], "export": ["exports": 1]])
    let after = reducer.reduce(Self.english + [added])
    #expect(before.annotations["e7"] == nil)
    let topics = Self.topics(after)
    #expect(topics["e7"] == topics["e1"])
    let energy = after.records.first { $0.kind == "topic" && $0.key == topics["e1"]! }!.value.objectValue!
    #expect(energy["size"] == 4)
  }

  @Test(arguments: [
    (TopicReducerTests.item("empty", [:]), "too short"),
    (TopicReducerTests.item("brief", ["oil": ["oil": 1], "gas": ["gas": 1]]), "too short"),
    (
      TopicReducerTests.item("alone", ["zebra": ["zebras": 2], "giraff": ["giraffe": 1], "savanna": ["savanna": 1]]),
      // Its words are in no other document; on a corpus this small that is the reason
      // (version 14: `no terms after filtering`).
      "shares fewer than 3 content words with any other story"
    ),
  ])
  func outliersSayWhy(item: CollectedItem<CollectedTerms>, reason: String) throws {
    let result = try Self.reducer().reduce(Self.english + [item])
    let annotation = try #require(result.annotations[item.documentID]?.first)
    #expect(annotation.value == "outlier")
    #expect(annotation.attributes["reason"] == .string(reason))
    #expect(annotation.attributes["weight"] == nil)
    // Every other document has a topic.
    #expect(Self.english.allSatisfy { result.annotations[$0.documentID]?.first?.value.flatMap(Int.init) != nil })
    let summary = result.records.first { $0.kind == "topic-model" }!.value.objectValue!
    #expect(summary["outliers"] == 1)
    #expect(summary["outlier_reasons"] == .object([reason: 1]))
  }

  @Test func termsInMostDocumentsNeverLabelATopic() throws {
    // "update" is in four of six documents, three times each: by weight it would lead a topic.
    let corpus =
      Self.english.prefix(4).map { Self.adding(["updat": ["update": 3]], to: $0) } + Self.english.dropFirst(4)
    let result = try Self.reducer().reduce(corpus)
    for record in result.records where record.kind == "topic" {
      let object = record.value.objectValue!
      #expect(!object["label"]!.stringValue!.contains("update"))
      let terms = object["terms"]!.arrayValue!.compactMap(\.stringValue)
      if let place = terms.firstIndex(of: "update") { #expect(place == terms.count - 1) }
    }
  }

  @Test func formulaTermsShapeTopicsButNeverShow() throws {
    let corpus = Self.english.map { Self.adding(["~said": ["said": 4]], to: $0) }
    let result = try Self.reducer().reduce(corpus)
    let topics = Self.topics(result)
    #expect(topics["e1"] == topics["e2"] && topics["e4"] == topics["e5"] && topics["e1"] != topics["e4"])
    for record in result.records where record.kind == "topic" {
      let object = record.value.objectValue!
      #expect(!object["terms"]!.arrayValue!.contains(.string("said")))
      #expect(!object["stems"]!.arrayValue!.contains(.string("~said")))
    }
  }

  @Test func labelsHaveTwoToFourReadableTerms() throws {
    let result = try Self.reducer().reduce(Self.english + Self.arabic)
    for record in result.records where record.kind == "topic" {
      let parts = record.value.objectValue!["label"]!.stringValue!.components(separatedBy: " · ")
      #expect((2...4).contains(parts.count))
      #expect(Set(parts).count == parts.count)
    }
  }

  @Test func tinyCorporaDoNotFail() throws {
    #expect(try Self.reducer().reduce([]).records.filter { $0.kind == "topic" }.isEmpty)
    let one = try Self.reducer(["topics": "auto"]).reduce([Self.english[0]])
    #expect(one.annotations.count == 1)
  }

  @Test(arguments: ["nmf", "kmeans"])
  func fittedStatePlacesDocumentsAsTheModelDid(method: String) throws {
    let corpus = Self.english + Self.arabic
    let outcome = try Self.reducer(["method": .string(method), "topics": 4]).analyze(corpus)
    let fitted = try #require(outcome.fitted)
    #expect(fitted.terms.count == outcome.vocabularySize && fitted.idf.count == fitted.terms.count)
    #expect(fitted.centroids.count == 4 && fitted.labels == outcome.topics.map(\.label))
    let columns = Dictionary(uniqueKeysWithValues: fitted.terms.enumerated().map { ($1, $0) })
    func topic(_ item: CollectedItem<CollectedTerms>) -> Int? {
      let counts = item.value.entries.compactMap { entry in columns[entry.term].map { ($0, Float(entry.count)) } }
      let similarities = fitted.similarities(counts: counts)
      guard let best = similarities.indices.max(by: { similarities[$0] < similarities[$1] }), similarities[best] > 0
      else { return nil }
      return best
    }
    for (index, item) in corpus.enumerated() { #expect(topic(item) == outcome.assignments[index]) }
    // A new story about football goes where the football stories went.
    let new = Self.item("n1", ["goal": ["goal": 2], "coach": ["coach": 1], "leagu": ["league": 1]])
    #expect(topic(new) == outcome.assignments[3])
    #expect(topic(Self.item("n2", ["zebra": ["zebras": 2]])) == nil)
  }
}
