import Foundation
import Testing
import WorkbenchCore

@testable import EntityLinking

/// The cheap second pass: which tokens the correction reads, that only their sentences are
/// decoded again, and a model with a correction from training to the stage.
@Suite struct EntityTagCorrectionTests {
  static let tagSet = EntityTagSet()
  static let person = tagSet.begin(tagSet.types.firstIndex(of: "PERSON")!)
  static let place = tagSet.begin(tagSet.types.firstIndex(of: "LOCATION")!)
  static let perToken = EntityTaggerFeaturizer.featuresPerToken
  /// The own-tag rows: after the tag-set rows, own tag by (majority type + 1).
  static func ownRow(_ own: Int, majorityType: Int?) -> Int32 {
    Int32(EntityTagCorrection.tagSetRows + own * (tagSet.types.count + 1) + (majorityType.map { $0 + 1 } ?? 0))
  }

  /// Per-token buckets where only the stem (the key of a word) matters.
  static func buckets(_ keys: [Int32]) -> [Int32] {
    keys.flatMap { key in (0..<perToken).map { $0 == EntityTagHistory.keyFeature ? key : 0 } }
  }

  static func features(_ keys: [Int32], _ tags: [Int]) -> [[Int32]]? {
    EntityTagCorrection.rows(buckets(keys), tags: tags, tagSet: tagSet).map { flat in
      stride(from: 0, to: flat.count, by: 2).map { Array(flat[$0..<($0 + 2)]) }
    }
  }

  @Test(
    arguments: [
      ([1, 2, 3], [0, EntityTagCorrectionTests.person, 0]),  // every word once
      ([1, 2, 1, 2], [0, 0, 0, 0]),  // repeated words, never in a name
    ] as [([Int32], [Int])])
  func aDocumentWithoutARepeatedNameIsLeftAlone(_ keys: [Int32], _ tags: [Int]) {
    #expect(Self.features(keys, tags) == nil)
  }

  @Test func onlyTheOccurrencesOfANamedWordReadTheOthers() throws {
    // Word 7 is a person once and bare once; word 3 is repeated outside names; word 5 once.
    let features = try #require(Self.features([7, 3, 5, 3, 7], [Self.person, 0, Self.place, 0, 0]))
    let personIndex = Self.tagSet.types.firstIndex(of: "PERSON")!
    // The bare 7 reads a B-PERSON among the others (bit of the type) and its own O with the
    // person majority; the tagged 7 reads an outside among the others (bit 8), no majority.
    #expect(features[4] == [Int32(1 << personIndex), Self.ownRow(0, majorityType: personIndex)])
    #expect(features[0] == [Int32(1 << 8), Self.ownRow(Self.person, majorityType: nil)])
    for token in [1, 2, 3] { #expect(features[token] == [-1, -1]) }
  }

  /// Three sentences: a person's word in the first, the same word bare in the third; the
  /// correction raises B-PERSON where the others were persons. The second sentence has no
  /// repeated name: it keeps the first pass's tags even where its scores would say otherwise.
  @Test func onlyTheSentencesWithARepeatedNameAreDecodedAgain() {
    let tags = Self.tagSet.count
    let personIndex = Self.tagSet.types.firstIndex(of: "PERSON")!
    var weights = [Float](repeating: 0, count: EntityTagCorrection.rowCount(for: Self.tagSet) * tags)
    weights[(1 << personIndex) * tags + Self.person] = 10
    let correction = EntityTagCorrection(weights: weights)
    let keys: [Int32] = [7, 1, 2, 3, 7]
    let sentences = [0..<2, 2..<4, 4..<5]
    var first = [Self.person, 0, 0, 0, 0]
    // First-pass scores: O wins everywhere but at the first token, and by 1 only.
    var scores = [Float](repeating: 0, count: keys.count * tags)
    for token in keys.indices { scores[token * tags] = token == 0 ? 0 : 1 }
    scores[Self.person] = 5
    // The second sentence's scores favour a place at token 2, yet its tag stays O.
    scores[2 * tags + Self.place] = 3
    let features = EntityTagCorrection.rows(Self.buckets(keys), tags: first, tagSet: Self.tagSet)!
    let masked = EntityTaggerModel.maskedTransitions([Float](repeating: 0, count: tags * tags), tagSet: Self.tagSet)
    correction.correct(
      &first, scores: &scores, features: features, sentences: sentences, masked: masked, tagSet: Self.tagSet)
    #expect(first == [Self.person, 0, 0, 0, Self.person])
  }

  static let fixtureURL: URL = {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let data = directory.appendingPathComponent("tiny.conll")
    try? EntityTaggerTrainingTests.conll.write(to: data, atomically: true, encoding: .utf8)
    return data
  }()

  static func train(correctionParts: Int) throws -> EntityTaggerModel {
    var training = EntityTaggerTraining()
    training.trainer.epochs = 4
    training.trainer.bucketBits = 14
    training.trainer.correctionParts = correctionParts
    training.devEvery = 0
    return try training.run([.init(url: fixtureURL, weight: 1)]).model
  }

  @Test func aModelWithACorrectionRoundTripsAndTheStageUsesIt() throws {
    let model = try Self.train(correctionParts: 3)
    #expect(model.info["correction_parts"] == .int(3))
    let reread = try EntityTaggerModel(data: model.serialized())
    let correction = try #require(reread.correction)
    #expect(correction.weights.count == EntityTagCorrection.rowCount(for: Self.tagSet) * Self.tagSet.count)
    #expect(correction.weights == model.correction?.weights)
    #expect(try EntityTaggerModel(data: reread.serialized()).serialized() == reread.serialized())
    let directory = Self.fixtureURL.deletingLastPathComponent()
    try reread.serialized().write(to: directory.appendingPathComponent("corrected.wbner"))
    let found = try makeStage(["tagger": "corrected.wbner"], base: directory)
      .analyze(Document(id: "t", text: "Minister Lars Holm visited Bergen on Monday . Holm met staff ."), .none)
    #expect(found.first { $0.text == "Lars Holm" }?.label == "PERSON")
    #expect(found.first { $0.text == "Holm" }?.label == "PERSON")
  }

  @Test func aOnePassModelHasNoCorrectionAndStillReads() throws {
    let model = try Self.train(correctionParts: 0)
    #expect(model.correction == nil)
    #expect(model.info["correction_parts"] == nil)
    let bytes = model.serialized()
    #expect(try EntityTaggerModel(data: bytes).correction == nil)
    // A correction of another size than the tag set's is refused when read.
    var damaged = model
    damaged.correction = EntityTagCorrection(weights: [Float](repeating: 1, count: Self.tagSet.count))
    #expect {
      try EntityTaggerModel(data: damaged.serialized())
    } throws: { error in
      (error as? EntityTaggerModelError)?.description
        == "not an entity tagger model file: its correction's rows do not match its types"
    }
  }
}
