import Foundation
import Testing
import WorkbenchCore

@testable import Sentiment

/// The scoring path (each distinct word featurized once, n-gram weights summed per word, words
/// shared across documents) must give the scores of the feature-by-feature path training uses.
@Suite struct SentimentWordCacheTests {
  /// The shipped news model, loaded once; a failure to load it fails each test that asks.
  static let loaded = Result {
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    return try SentimentStage(configuration: .init(), context: context).model(for: .news)
  }

  static func model() throws -> SentimentModel { try loaded.get() }

  /// The probabilities from every feature one by one, as in training.
  static func referenceProbabilities(_ text: SentimentText, _ model: SentimentModel) -> [Double] {
    let classes = model.labels.count
    var scores = [Float](repeating: 0, count: classes)
    let squares = model.featurizer.forEachFeature(in: text, tokens: text.allTokens) { bucket, value in
      for label in 0..<classes { scores[label] += value * model.weights[bucket * classes + label] }
    }
    let norm = squares > 0 ? 1 / squares.squareRoot() : 0
    return SentimentModel.softmax((0..<classes).map { scores[$0] * norm + model.bias[$0] })
  }

  @Test(arguments: [
    "The talks did not succeed, and the ministers were very disappointed.",
    "رحب الوزير بالاتفاق ولم ينجح الطرفان في حل الخلاف، وما زار الوفد المدينة",
    "حلوووو جدا 😀 the plan isn't bad, it's relatively good",
  ])
  func cachedScoresEqualFeatureByFeatureScores(sentence: String) throws {
    let model = try Self.model()
    let text = SentimentText(sentence + " " + sentence)
    let shared = SentimentSharedWords(classes: model.labels.count, minimumBatch: 1)
    // Twice: first with an empty shared table, then with the words of the first pass in it.
    for pass in 0..<2 {
      var cache = shared.cache()
      let cached = model.probabilities(of: text, tokens: text.allTokens, cache: &cache)
      let reference = Self.referenceProbabilities(text, model)
      for (a, b) in zip(cached, reference) { #expect(abs(a - b) < 1e-5) }
      // The second pass finds every word in the shared table.
      #expect(
        pass == 0 ? cache.base.count == 0 && cache.local.count > 0 : cache.base.count > 0 && cache.local.count == 0)
      shared.absorb(cache.detachLocal())
    }
  }

  @Test func aWordTableKeepsDistinctWordsApart() throws {
    let text = SentimentText("good goods good")
    var cache = try Self.model().wordCache()
    let entries = text.tokens.map { token in
      cache.entry(for: token, text.normalized.scalars) { _ in
        (
          SentimentWordFeatures(
            surface: token.start, negatedSurface: 0, stem: 0, stemDiffers: false, stemBucket: 0, negatedStem: 0,
            role: nil, canOpenVerb: false, isLoneT: false), 0
        )
      }
    }
    #expect(entries == [0, 1, 0])
  }
}
