import Foundation
import Testing
import WorkbenchCore

@testable import EntityLinking

/// The second pass's non-local features (what the first pass said about the same word
/// elsewhere in the document), and a two-stage model from training to the stage.
@Suite struct EntityTagDocumentAggregateTests {
  static let tagSet = EntityTagSet()
  static let person = tagSet.begin(tagSet.types.firstIndex(of: "PERSON")!)
  static let place = tagSet.begin(tagSet.types.firstIndex(of: "LOCATION")!)
  static let perToken = EntityTaggerFeaturizer.featuresPerToken

  /// Per-token buckets where only the stem (the history's key feature) matters: one word per key.
  static func buckets(_ keys: [Int32]) -> [Int32] {
    keys.flatMap { key in
      (0..<perToken).map { $0 == EntityTagHistory.keyFeature ? key : 0 }
    }
  }

  static func features(_ keys: [Int32], _ tags: [Int]) -> [[Int32]] {
    let flat = EntityTagDocumentAggregate.buckets(buckets(keys), tags: tags, tagSet: tagSet, bucketBits: 20)
    return stride(from: 0, to: flat.count, by: 2).map { Array(flat[$0..<($0 + 2)]) }
  }

  @Test func aWordSeenOnceHasNoOtherOccurrences() {
    let features = Self.features([5, 6], [Self.person, 0])
    #expect(features[0][0] == -1)
    #expect(features[1][0] == -1)
    // The first pass's own tag is always read.
    #expect(features[0][1] >= 0 && features[1][1] >= 0 && features[0][1] != features[1][1])
  }

  // A later bare occurrence reads the person tagged before it, and an earlier one the person after it.
  @Test(
    arguments: [
      ([7, 3, 7], [EntityTagDocumentAggregateTests.person, 0, 0], 2, 0),
      ([7, 3, 7], [0, 0, EntityTagDocumentAggregateTests.person], 0, 2),
    ] as [([Int32], [Int], Int, Int)])
  func everyOccurrenceReadsTheOthersBeforeAndAfter(_ keys: [Int32], _ tags: [Int], _ reader: Int, _ tagged: Int) {
    let features = Self.features(keys, tags)
    let asPerson = Self.features([9, 9], [Self.person, 0])[1][0]
    #expect(features[reader][0] == asPerson)
    // The tagged one reads only the bare occurrence (outside): another value.
    #expect(features[tagged][0] >= 0 && features[tagged][0] != asPerson)
  }

  @Test func theMajorityTypeOfTheOthersGoesWithTheOwnTag() {
    let twoPlacesOnePerson = Self.features([4, 4, 4, 4], [0, Self.place, Self.place, Self.person])
    let onePlaceTwoPersons = Self.features([4, 4, 4, 4], [0, Self.place, Self.person, Self.person])
    // Same set of tags among the others for the first word, another majority.
    #expect(twoPlacesOnePerson[0][0] == onePlaceTwoPersons[0][0])
    #expect(twoPlacesOnePerson[0][1] != onePlaceTwoPersons[0][1])
  }

  @Test func aTwoStageModelRoundTripsAndTheStageUsesIt() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let data = directory.appendingPathComponent("tiny.conll")
    try EntityTaggerTrainingTests.conll.write(to: data, atomically: true, encoding: .utf8)
    var training = EntityTaggerTraining()
    training.trainer.epochs = 4
    training.trainer.bucketBits = 14
    training.trainer.twoStageParts = 3
    training.devEvery = 0
    let model = try training.run([.init(url: data, weight: 1)]).model
    #expect(model.secondStage != nil)
    #expect(model.info["two_stage_parts"] == .int(3))
    let reread = try EntityTaggerModel(data: model.serialized())
    let second = try #require(reread.secondStage)
    #expect(second.weights.contains { $0 != 0 })
    #expect(try EntityTaggerModel(data: reread.serialized()).serialized() == reread.serialized())
    try reread.serialized().write(to: directory.appendingPathComponent("tiny.wbner"))
    let found = try makeStage(["tagger": "tiny.wbner"], base: directory)
      .analyze(Document(id: "t", text: "Minister Lars Holm visited Bergen on Monday ."), .none)
    #expect(found.first { $0.text == "Lars Holm" }?.label == "PERSON")
  }
}
