import Foundation
import Testing

@testable import EntityLinking

/// `shuffles`: the model is the mean of perceptrons trained on differently shuffled sentences.
@Suite struct TaggerShufflesTests {
  static func model(shuffles: Int, seed: UInt64) throws -> EntityTaggerModel {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shuffles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let data = directory.appendingPathComponent("tiny.conll")
    try EntityTaggerTrainingTests.conll.write(to: data, atomically: true, encoding: .utf8)
    var training = EntityTaggerTraining()
    training.trainer.epochs = 3
    training.trainer.bucketBits = 14
    training.trainer.pruneBelow = 0
    training.trainer.seed = seed
    training.trainer.shuffles = shuffles
    training.devEvery = 0
    return try training.run([.init(url: data, weight: 1)]).model
  }

  @Test func theModelIsTheMeanOfItsShuffles() throws {
    let first = try Self.model(shuffles: 1, seed: 40)
    let second = try Self.model(shuffles: 1, seed: 41)
    let both = try Self.model(shuffles: 2, seed: 40)
    // The two orders learn different weights, and the pair keeps their mean.
    #expect(first.weights != second.weights)
    let largest = zip(both.weights, zip(first.weights, second.weights)).map { abs($0 - ($1.0 + $1.1) / 2) }.max()
    #expect(try #require(largest) < 1e-4)
    #expect(both.weights.contains { $0 != 0 })
    for (pair, (one, two)) in zip(both.transitions, zip(first.transitions, second.transitions)) {
      #expect(abs(pair - (one + two) / 2) < 1e-4)
    }
  }
}
