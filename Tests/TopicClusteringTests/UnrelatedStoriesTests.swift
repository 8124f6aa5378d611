import Foundation
import Testing
import WorkbenchCore

@testable import TopicClustering

/// Stories that share no subject with the rest of their topic, and general words (`strong`,
/// `أكثر`) that must neither join unrelated stories nor label a topic. Fixtures written for
/// these tests: `unrelated-en` and `unrelated-ar`, each a rail strike (two stories), a
/// vaccine campaign (two) and four stories alone — a minister resigning after a strong
/// backlash, a strong storm, a chess championship, an old bakery.
@Suite struct UnrelatedStoriesTests {
  /// Six rows over five columns. Topic 0: rows 0, 1 share column 0; row 2 shares only the
  /// excluded column 4 with row 0. Topic 1: rows 3, 4 share nothing. Topic 2: row 5 alone.
  static let counts = SparseMatrix(
    columnCount: 5,
    rows: [
      [(0, 2), (4, 1)], [(0, 1), (1, 3)], [(2, 1), (4, 2)],
      [(1, 1)], [(3, 4)],
      [(2, 1)],
    ])

  @Test func aRowSharingOnlyAnExcludedColumnIsUnshared() {
    let members = [[0, 1, 2], [3, 4], [5]]
    #expect(TopicReducer.unsharedDocuments(members: members, counts: Self.counts) { $0 == 4 } == [2, 3, 4])
    // Counted as shared, column 4 keeps row 2 in its topic.
    #expect(TopicReducer.unsharedDocuments(members: members, counts: Self.counts) { _ in false } == [3, 4])
  }

  @Test(arguments: ["nmf", "kmeans"])
  func englishStoriesAloneAreOutliersThatSayWhy(method: String) throws {
    let result = try OwnCorporaTests.run("unrelated-en", ["topics": 4, "method": .string(method)])
    let value = result.annotations.mapValues { $0.first!.value! }
    #expect(value["e1"] == value["e2"] && value["e1"] != "outlier")
    #expect(value["e3"] == value["e4"] && value["e3"] != "outlier")
    #expect(value["e1"] != value["e3"])
    // Before, the minister and the storm were one topic, "strong · minister · accepted", and
    // the chess player and the bakery another, "old · around · bakery". Version 14 gave
    // the reason `shares no term with its topic`; each is the only story on its subject.
    for story in ["e5", "e6", "e7", "e8"] {
      #expect(value[story] == "outlier", "\(story)")
      #expect(
        result.annotations[story]!.first!.attributes["reason"]
          == .string("shares fewer than 3 content words with any other story"))
    }
    let topics = result.records.filter { $0.kind == "topic" }
    #expect(topics.map { $0.value.objectValue!["size"] } == [2, 2])
    #expect(Set(topics.map { $0.key }) == ["0", "1"])
    let summary = try #require(result.records.first { $0.kind == "topic-model" }?.value.objectValue)
    #expect(summary["outlier_reasons"] == .object(["shares fewer than 3 content words with any other story": 4]))
    #expect(summary["topics"] == 2)
    // Each placed document's weights cover the topics that are left.
    #expect(result.annotations["e1"]!.first!.attributes["weights"]?.arrayValue?.count == 2)
  }

  @Test func arabicGeneralWordsNeitherLabelNorJoin() throws {
    let result = try OwnCorporaTests.run("unrelated-ar", ["topics": 4])
    let value = result.annotations.mapValues { $0.first!.value! }
    #expect(value["a1"] == value["a2"] && value["a1"] != "outlier")
    #expect(value["a3"] == value["a4"] && value["a3"] != "outlier")
    #expect(value["a1"] != value["a3"])
    // The bakery's words are each in this story only (min_df 2): no other story is on its
    // subject (version 14: `no terms after filtering`).
    #expect(
      result.annotations["a8"]!.first!.attributes["reason"]
        == .string("shares fewer than 3 content words with any other story"))
    let general: Set<String> = ["أكثر", "بقوة", "قوية", "الأخيرة", "كبيرين", "strong", "old", "around"]
    for word in OwnCorporaTests.labelWords(result) {
      #expect(!general.contains(word), "label word \(word)")
    }
    // Every other document has a topic or says why it has none.
    for (story, annotation) in result.annotations where annotation.first!.value == "outlier" {
      #expect(annotation.first!.attributes["reason"] != nil, "\(story)")
    }
  }

  /// Written for this test: "a strong storm struck the cities forcefully, and the security
  /// forces advanced further".
  @Test func generalWordsAreFormulaTermsAsWrittenOnly() throws {
    let entries = try TopicClusteringStageTests.collected("ضربت عاصفة قوية المدن بقوة، وتقدمت قوات الأمن أكثر.")
    // قوية, بقوة and أكثر are counted as formula terms (`~`) and start no phrase; قوات
    // (forces), near قوة by its letters, is a subject word and in two phrases.
    #expect(
      entries.map(\.term) == [
        "ضربت", "عاصف", "~قوي", "مدن", "~بقو", "تقدمت", "قوات", "امن", "~اكثر", "ضربت عاصف", "تقدمت قوات", "قوات امن",
      ])
  }
}

extension UnrelatedStoriesTests {
  /// Written for this test. The prepositions and degree words are counted as formula terms;
  /// the subject words and their phrase are not.
  @Test func englishGeneralWordsAreFormulaTerms() throws {
    let entries = try TopicClusteringStageTests.collected(
      "Strong winds swept across the old harbour along the coast.")
    #expect(
      entries.map(\.term) == [
        "~strong", "wind", "swept", "~across", "~old", "harbour", "~along", "coast", "wind swept",
      ])
  }
}

extension UnrelatedStoriesTests {
  /// Written for this test: "the director said that the municipal library was opened, and
  /// that it will receive the pupils", "Jawhara (FM) said that the festival was postponed".
  /// `أنه`/`إنه`, `تم` and the radio station's name are formula terms (version 22: an ANT
  /// miscellany topic was labelled `أنه · الجوهرة · الوطني`) and start no phrase (`أنها` is a
  /// stopword, not collected at all); the subject words stay.
  @Test(arguments: [
    ("قال المدير إنه تم افتتاح المكتبة البلدية، وأنها ستستقبل التلاميذ.", ["~انه", "~تم"], "مكتب"),
    ("ذكرت الجوهرة أنه تم تأجيل المهرجان.", ["~جوهر", "~انه", "~تم"], "مهرجان"),
  ])
  func pronounThatPassiveAndStationAreFormulaTerms(text: String, formula: [String], subject: String) throws {
    let terms = try TopicClusteringStageTests.collected(text).map(\.term)
    for term in formula {
      #expect(terms.contains(term), "\(term) in \(terms)")
      let bare = String(term.dropFirst())
      #expect(!terms.contains { $0.split(separator: " ").contains(Substring(bare)) }, "\(bare) in \(terms)")
    }
    #expect(terms.contains(subject))
  }
}
