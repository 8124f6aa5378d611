import Foundation
import Testing
import WorkbenchCore

@testable import TopicClustering

/// Topics of small corpora (stage version 14): `auto` may fit more topics than √n + 1 on a
/// dozen short stories from five desks, three stories linked in a chain of shared words are
/// one topic, and an Arabic phrase collected in two halves (`الماء الصالح` + `الصالح للشرب`)
/// is shown whole. `five-desks` holds 12 English and 12 Arabic stories written for these
/// tests (water cuts, football, olive harvest, a rail strike, a bribery trial).
@Suite struct SmallCorpusTopicsTests {
  static func desk(_ id: String) -> String {
    // en-w1, ar-c2: language and desk letter.
    String(id.prefix(4))
  }

  /// In version 13 `auto` could fit at most √12 + 1 = 4 topics to the 12 stories of either
  /// language, so two desks shared a topic (English olive harvest and rail strike, labelled
  /// `leaving · drivers · overtime`; Arabic trial and football). No topic now mixes desks, and
  /// every story is placed or an outlier with a reason.
  /// The three English football stories share fewer than 3 words with each other story, so
  /// under `auto` (version 15) none is a topic of its own: four desks have topics.
  @Test(arguments: [("en-", 4), ("ar-", 5)])
  func noTopicMixesDesks(language: String, desks: Int) throws {
    let documents = try OwnCorporaTests.corpus("five-desks").filter { $0.id.hasPrefix(language) }
    #expect(documents.count == 12)
    let result = try TopicClusteringStageTests.run(documents, ["topics": "auto"])
    let values = result.annotations.mapValues { $0.first! }
    var desksOfTopic: [String: Set<String>] = [:]
    for (id, annotation) in values {
      if annotation.value == "outlier" {
        #expect(annotation.attributes["reason"] != nil, "\(id)")
      } else {
        desksOfTopic[annotation.value!, default: []].insert(Self.desk(id))
      }
    }
    #expect(desksOfTopic.values.allSatisfy { $0.count == 1 }, "\(desksOfTopic)")
    #expect(Set(desksOfTopic.values.flatMap { $0 }).count == desks)
  }

  /// The labels an analyst reads on the five desks, English and Arabic.
  @Test(arguments: [
    ("en-w1", "water utility · cut · tanker"), ("en-r1", "drivers · overtime · suburban"),
    ("en-c1", "bribes · building contractor · court"), ("ar-w1", "الماء الصالح للشرب · التزويد · الشركة الوطنية"),
    ("ar-r1", "السكك الحديدية · صرف · القطارات"),
  ])
  func deskLabels(story: String, label: String) throws {
    let language = String(story.prefix(3))
    let documents = try OwnCorporaTests.corpus("five-desks").filter { $0.id.hasPrefix(language) }
    let result = try TopicClusteringStageTests.run(documents, ["topics": "auto"])
    #expect(result.annotations[story]!.first!.attributes["topic_label"] == .string(label))
  }

  /// Three stories on one subject where two share fewer than three words, but each shares
  /// three with the third, are one topic with nobody left out (version 13: every pair had to
  /// share three).
  @Test(arguments: [["a07", "a08", "a09"], ["a10", "a11", "a12"]])
  func storiesLinkedInAChainAreOneTopic(stories: [String]) throws {
    let documents = try OwnCorporaTests.corpus("arabic-desks").filter { stories.contains($0.id) }
    let result = try TopicClusteringStageTests.run(documents, ["topics": "auto"])
    let values = Set(result.annotations.values.map { $0.first!.value! })
    #expect(values == ["0"])
    #expect(try TinyCorpusTopicCountTests.chosenBy(result).hasPrefix("auto: 1 topic, as the 3 documents"))
  }

  /// A round-up story that shares three words with each of two unrelated stories does not
  /// make them one topic: the wildfire and the central-bank story share no word (version 14:
  /// one topic, `central bank · interest rate · burned`).
  @Test func aBridgingStoryDoesNotJoinUnrelatedStories() throws {
    let stories = [
      "fire":
        "A wildfire burned through pine forest above the valley overnight. Firefighters evacuated hamlets as strong gusts pushed the flames toward farms, and helicopters dropped water on the ridge.",
      "bank":
        "The central bank raised the interest rate by half a point to curb inflation. Governors expect mortgage costs to climb, and economists warned that borrowing by households may slow.",
      "insurers":
        "Insurers face heavy claims after the wildfire burned homes and farms in the valley. Analysts say the central bank may keep the interest rate high while inflation lifts repair costs for insurers.",
    ]
    let documents = stories.map { Document(id: $0.key, text: $0.value) }
    let result = try TopicClusteringStageTests.run(documents, ["topics": "auto"])
    let value = result.annotations.mapValues { $0.first!.value! }
    #expect(value["fire"] == "outlier" || value["fire"] != value["bank"], "\(value)")
    #expect(try !TinyCorpusTopicCountTests.chosenBy(result).hasPrefix("auto: 1 topic, as the 3 documents"))
  }

  /// A phrase continues another when they share the middle word and about as many documents;
  /// only in Arabic, and the continuation or its last word is not shown again.
  @Test(arguments: [
    (["ماء صالح", "شرب", "احياء", "صالح شرب"], [3, 3, 2, 3], ["ماء صالح+صالح شرب", "احياء"]),
    (["شرب", "ماء صالح", "صالح شرب"], [3, 3, 3], ["ماء صالح+صالح شرب"]),
    (["ماء صالح", "صالح شرب"], [9, 3], ["ماء صالح", "صالح شرب"]),
    (["brent crude", "crude inventories"], [3, 3], ["brent crude", "crude inventories"]),
    (["coach", "etoile du", "du sahel"], [2, 2, 2], ["coach", "etoile du+du sahel"]),
    (["bank of", "of england"], [3, 3], ["bank of+of england"]),
    // Not a particle: `civil war crimes` is two names.
    (["civil war", "war crimes"], [3, 3], ["civil war", "war crimes"]),
    // Never written together (`امم متحد` + `متحد امريك`): two names.
    (["امم متحد", "متحد امريك"], [3, 3], ["امم متحد", "متحد امريك"]),
  ])
  func phrasesChain(chosen: [String], support: [Int], shown: [String]) {
    let supportOf = Dictionary(uniqueKeysWithValues: zip(chosen, support))
    let chained = TopicReducer.chainingPhrases(
      chosen, ranked: chosen, term: { $0 }, support: { supportOf[$0]! },
      writtenTogether: { first, _ in first != "امم متحد" })
    #expect(chained.map { $0.item + ($0.next.map { "+" + $0 } ?? "") } == shown)
  }

  /// A club's name collected as two phrases is shown whole on the `mixed` test corpus (version
  /// 13: `coach · du Sahel · Etoile`).
  @Test func aNameWithAParticleIsShownWhole() throws {
    let result = try OwnCorporaTests.run("mixed", ["topics": "auto"])
    #expect(result.annotations["m09"]!.first!.attributes["topic_label"] == .string("coach · Etoile du Sahel · goal"))
  }

  /// English phrases that share a word are not chained (`Brent crude inventories`).
  @Test func englishPhrasesStayApart() throws {
    let result = try OwnCorporaTests.run("wire", ["topics": "auto"])
    let terms = result.records.filter { $0.kind == "topic" }.flatMap {
      $0.value.objectValue!["terms"]!.arrayValue!.compactMap(\.stringValue)
    }
    #expect(terms.contains("crude inventories"))
    #expect(!terms.contains { $0.split(separator: " ").count > 2 })
  }
}
