import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// The section term table (`section_weight`): learned from stories labelled with their
/// section, it weighs section words up against the news register every section writes.
/// Stories written for these tests, as collected terms (light stems).
@Suite struct SectionTermPriorTests {
  static func terms(_ words: [String]) -> CollectedTerms {
    CollectedTerms(length: 100, forms: Dictionary(uniqueKeysWithValues: words.map { ($0, [$0: 1]) }))
  }

  /// Register words every section writes: a statement, a declaration, announced, a source.
  static let register = ["بيان", "تصريح", "اعلن", "مصدر"]

  /// Three sections of three stories each; every story also carries the register words.
  static let labelled: [(section: String, words: [String])] = [
    ("sport", ["ملعب", "هدف", "مدرب", "فريق"]), ("sport", ["ملعب", "هدف", "مدرب", "جمهور"]),
    ("sport", ["ملعب", "هدف", "مدرب", "فريق"]),
    ("economy", ["بنك", "سعر", "تضخم", "ميزاني"]), ("economy", ["بنك", "سعر", "تضخم", "قرض"]),
    ("economy", ["بنك", "سعر", "تضخم", "ميزاني"]),
    ("culture", ["مهرجان", "مسرح", "فيلم", "عرض"]), ("culture", ["مهرجان", "مسرح", "فيلم", "كتاب"]),
    ("culture", ["مهرجان", "مسرح", "فيلم", "عرض"]),
  ]

  static let prior = SectionTermPrior.learn(
    documents: labelled.map { terms($0.words + register + ["match"]) }, sections: labelled.map(\.section))

  @Test(arguments: [("ملعب", true), ("تضخم", true), ("مهرجان", true), ("بيان", false), ("مصدر", false)])
  func sectionWordsAreInformativeRegisterWordsAreNot(term: String, isSectionWord: Bool) throws {
    let value = try #require(Self.prior.informativeness[term])
    if isSectionWord { #expect(value > 0.25) } else { #expect(value < 0.05) }
  }

  @Test func rareAndLatinTermsAreLeftOutAndGetTheMean() {
    // `فريق` is in two stories (fewer than three), `match` is not Arabic.
    #expect(Self.prior.informativeness["فريق"] == nil)
    #expect(Self.prior.informativeness["match"] == nil)
    #expect(Self.prior.factor(of: "فريق", weight: 1) == 1 + Self.prior.meanInformativeness)
    #expect(Self.prior.meanInformativeness > 0.1 && Self.prior.meanInformativeness < 0.3)
  }

  @Test func tableReadsBackAsWritten() {
    let read = SectionTermPrior(tsv: Self.prior.tsv(header: ["written by a test"]))
    #expect(read.informativeness.keys.sorted() == Self.prior.informativeness.keys.sorted())
    #expect(abs((read.informativeness["ملعب"] ?? 0) - (Self.prior.informativeness["ملعب"] ?? 0)) < 0.001)
  }

  /// A story with three sport words and the four register words the economy stories write:
  /// by plain TF-IDF it shares more with the economy stories; weighed by sections, it is sport.
  static let corpus: [CollectedItem<CollectedTerms>] =
    (1...4).map { CollectedItem(documentID: "s\($0)", value: terms(["ملعب", "هدف", "مدرب", "فريق", "مراسل"])) }
    + (1...4).map { CollectedItem(documentID: "t\($0)", value: terms(["بنك", "سعر", "تضخم", "ميزاني"] + register)) }
    + [CollectedItem(documentID: "x", value: terms(["ملعب", "هدف", "مدرب"] + register))]

  static func topics(sectionWeight: Double) throws -> TopicReducer.Outcome {
    var options = StageFactory(TopicClusteringStage.self).defaultConfiguration.objectValue!
    options["topics"] = 2
    options["section_weight"] = .double(sectionWeight)
    // The section classifier is left out, so that only the table moves the story.
    options["section_scores"] = 0
    let configuration = try JSONValueDecoder().decode(TopicClusteringConfiguration.self, from: .object(options))
    return TopicReducer(configuration: configuration, sectionPrior: prior).analyze(corpus)
  }

  @Test(arguments: [(0.0, "t1"), (1.0, "s1")])
  func storyGoesWithTheStoriesOfItsSection(sectionWeight: Double, companion: String) throws {
    let outcome = try Self.topics(sectionWeight: sectionWeight)
    let topic = { (id: String) in outcome.assignments[outcome.documentIDs.firstIndex(of: id)!] }
    #expect(topic("x") != nil)
    #expect(topic("x") == topic(companion))
  }
}
