import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// The section classifier (`section_scores`): learned from stories labelled with their
/// section, its scores are appended to each story's latent semantic coordinates, so that a
/// story goes with its section's stories rather than with those that share its register.
/// Stories written for these tests, as collected terms (light stems).
@Suite struct SectionScoreClassifierTests {
  static func terms(_ words: [String]) -> CollectedTerms { SectionTermPriorTests.terms(words) }

  static func configuration(sectionScores: Double, topics: Int = 2) throws -> TopicClusteringConfiguration {
    var options = StageFactory(TopicClusteringStage.self).defaultConfiguration.objectValue!
    options["topics"] = .int(topics)
    // The section term table is left out, so that only the classifier moves the stories.
    options["section_weight"] = 0
    options["section_scores"] = .double(sectionScores)
    return try JSONValueDecoder().decode(TopicClusteringConfiguration.self, from: .object(options))
  }

  /// Learned from the nine labelled stories of `SectionTermPriorTests` (three sections, each
  /// story with the register words every section writes).
  static let classifier: SectionScoreClassifier = {
    let labelled = SectionTermPriorTests.labelled
    let reducer = TopicReducer(configuration: try! configuration(sectionScores: 0, topics: 3))
    return reducer.learnSectionClassifier(
      documents: labelled.map { terms($0.words + SectionTermPriorTests.register + ["match"]) },
      sections: labelled.map(\.section))
  }()

  @Test(arguments: [("ملعب", "sport"), ("تضخم", "economy"), ("مهرجان", "culture")])
  func sectionWordWeighsMostInItsSection(term: String, section: String) throws {
    let weights = try #require(Self.classifier.weights[term])
    let strongest = weights.indices.max { weights[$0] < weights[$1] }!
    #expect(Self.classifier.sections[strongest] == section)
    #expect(weights[strongest] > 0)
  }

  /// Sport and culture stories both write `جمهور` (the audience); economy stories never do.
  /// The regression (version 21) gives the shared word less weight for either section than
  /// each section's own word, and a negative one for economy.
  static let sharedWordClassifier: SectionScoreClassifier = {
    let labelled: [(section: String, words: [String])] =
      (1...3).map { ("sport", ["ملعب", "هدف", "جمهور", "جولة\($0)"]) }
      + (1...3).map { ("culture", ["مسرح", "فيلم", "جمهور", "عرض\($0)"]) }
      + (1...3).map { ("economy", ["بنك", "سعر", "قرض", "شهر\($0)"]) }
    let reducer = TopicReducer(configuration: try! configuration(sectionScores: 0, topics: 3))
    return reducer.learnSectionClassifier(
      documents: labelled.map { terms($0.words + SectionTermPriorTests.register) }, sections: labelled.map(\.section))
  }()

  @Test(arguments: [("ملعب", "sport"), ("مسرح", "culture")])
  func wordTwoSectionsShareWeighsLessThanTheSectionsOwn(own: String, section: String) throws {
    let classifier = Self.sharedWordClassifier
    let column = try #require(classifier.sections.firstIndex(of: section))
    let economy = try #require(classifier.sections.firstIndex(of: "economy"))
    let shared = try #require(classifier.weights["جمهور"])
    let word = try #require(classifier.weights[own])
    #expect(word[column] > shared[column])
    #expect(shared[column] > 0)
    #expect(shared[economy] < 0)
    // A term's weights sum to zero over the sections (only their differences tell).
    #expect(abs(shared.reduce(0, +)) < 0.0001)
  }

  /// On a corpus of at most 30 stories the scores are not appended: the nine stories place
  /// as they do without them.
  @Test func smallCorpusPlacesAsWithoutScores() throws {
    let small = SectionTermPriorTests.corpus
    let with = TopicReducer(configuration: try Self.configuration(sectionScores: 1), sectionClassifier: Self.classifier)
    let without = TopicReducer(configuration: try Self.configuration(sectionScores: 0))
    #expect(with.analyze(small).assignments == without.analyze(small).assignments)
  }

  @Test func registerRareAndLatinTermsAreLeftOut() {
    #expect(Self.classifier.sections == ["culture", "economy", "sport"])
    // The register words are in every story (above `max_df`), `فريق` in two, `match` is Latin.
    for term in ["بيان", "مصدر", "فريق", "match"] { #expect(Self.classifier.weights[term] == nil) }
  }

  @Test func tableReadsBackAsWritten() throws {
    let read = SectionScoreClassifier(tsv: Self.classifier.tsv(header: ["written by a test"]))
    #expect(read.sections == Self.classifier.sections)
    #expect(read.weights.keys.sorted() == Self.classifier.weights.keys.sorted())
    let written = try #require(Self.classifier.weights["مسرح"])
    let back = try #require(read.weights["مسرح"])
    for (a, b) in zip(written, back) { #expect(abs(a - b) < 0.00001) }
  }

  @Test func shippedClassifierKnowsTheNineSections() throws {
    let shipped = SectionScoreClassifier.shipped
    #expect(shipped.sections.count == 9)
    let football = try #require(shipped.weights["لكر قدم"])
    #expect(shipped.sections[football.indices.max { football[$0] < football[$1] }!] == "sport")
  }

  /// Sixteen sport stories, sixteen economy stories with the register words, and a sport
  /// story `x` written with the economy stories' register (the scores are appended to
  /// corpora of more than 30 stories).
  static let corpus: [CollectedItem<CollectedTerms>] =
    (1...16).map {
      CollectedItem(documentID: "s\($0)", value: terms(["ملعب", "هدف", "مدرب", "فريق", "مراسل", "جولة\($0 % 4)"]))
    }
    + (1...16).map {
      CollectedItem(
        documentID: "t\($0)",
        value: terms(["بنك", "سعر", "تضخم", "ميزاني", "شهر\($0 % 4)"] + SectionTermPriorTests.register))
    }
    + [CollectedItem(documentID: "x", value: terms(["ملعب", "هدف", "مدرب"] + SectionTermPriorTests.register))]

  @Test(arguments: [(0.0, "t1"), (1.0, "s1")])
  func storyGoesWithTheStoriesOfItsSection(sectionScores: Double, companion: String) throws {
    let reducer = TopicReducer(
      configuration: try Self.configuration(sectionScores: sectionScores), sectionClassifier: Self.classifier)
    let outcome = reducer.analyze(Self.corpus)
    let topic = { (id: String) in outcome.assignments[outcome.documentIDs.firstIndex(of: id)!] }
    #expect(topic("x") != nil)
    #expect(topic("x") == topic(companion))
    #expect(topic("s1") != topic("t1"))
  }
}
