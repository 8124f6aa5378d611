import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// `classes: positive,negative`: every label (document, sentence, target) is the sign of the
/// score, never neutral; unset, the labels are the model's three-class decision. The texts are
/// written for this test; the countries are made up.
@Suite struct SentimentClassesTests {
  static let twoClasses: JSONValue = ["classes": "positive,negative"]

  /// Texts the default reads neutral (the whole text or one of its sentences), read by the sign
  /// of the same scores with two classes. Labels: the document's, then each sentence's.
  @Test(arguments: [
    ("The new bridge opened to traffic on Sunday.", ["neutral", "neutral"], ["positive", "positive"]),
    ("أجلت الوزارة الامتحانات أسبوعا.", ["neutral", "neutral"], ["negative", "negative"]),
    (
      "The council approved the budget. Work on the new school starts in March.",
      ["positive", "positive", "neutral"], ["positive", "positive", "positive"]
    ),
    ("الباص تأخر ساعة وما حدا اعتذر", ["negative", "negative"], ["negative", "negative"]),
  ])
  func twoClassesReadTheSignOfTheScore(text: String, threeClassLabels: [String], twoClassLabels: [String]) throws {
    let three = try runSentiment(text)
    let two = try runSentiment(text, Self.twoClasses)
    #expect(three.map(\.value) == threeClassLabels)
    #expect(two.map(\.value) == twoClassLabels)
    // The same scores and probabilities: only the choice among them changes.
    #expect(two.map { $0.attributes["score"] } == three.map { $0.attributes["score"] })
    #expect(two.map { $0.attributes["probabilities"] } == three.map { $0.attributes["probabilities"] })
    for annotation in two {
      #expect(annotation.attributes["sentiment"]?.stringValue == annotation.value)
    }
  }

  /// Targets share the decision: with two classes each entity's label is its score's sign.
  @Test func targetsTakeTheSignOfTheirScore() throws {
    let text =
      "The ministry praised Norland for its generous aid to the flood victims.\nSouthia shelled the border villages, killing four civilians.\nDelegates from Eastland attended the meeting in Geneva."
    var entities: [Annotation] = []
    for (name, id) in [("Norland", "test:norland"), ("Southia", "test:southia"), ("Eastland", "test:eastland")] {
      let start = scalarOffset(of: name, in: text)!
      entities.append(Annotation(start: start, end: start + name.count, text: name, label: "GPE", value: id))
    }
    let inputs = StageInputs([.linkedEntity: entities])
    func targets(_ config: JSONValue) throws -> [Annotation] {
      try runSentiment(text, config, inputs: inputs).filter { $0.attributes["level"] == "target" }
    }
    // A band wide enough to make every target neutral under three classes; two ignore it.
    let three = try targets(["neutral_band": 0.9])
    let two = try targets(["neutral_band": 0.9, "classes": "positive,negative"])
    #expect(two.map(\.value) == ["test:eastland", "test:norland", "test:southia"])
    #expect(three.map { $0.attributes["sentiment"] } == ["neutral", "neutral", "neutral"])
    #expect(two.map { $0.attributes["sentiment"] } == ["positive", "positive", "negative"])
    #expect(two.map { $0.attributes["score"] } == three.map { $0.attributes["score"] })
    for target in two {
      let score = target.attributes["score"]!.doubleValue!
      #expect(target.attributes["sentiment"]?.stringValue == (score > 0 ? "positive" : "negative"))
    }
  }

  /// A score of exactly 0 (nothing read: an empty text) is not positive: negative.
  @Test func aScoreOfZeroReadsNegative() throws {
    let document = try runSentiment("", Self.twoClasses)[0]
    #expect(document.attributes["score"] == .double(0))
    #expect(document.value == "negative")
    #expect(try runSentiment("")[0].value == "neutral")
  }

  /// Leaving `classes` unset keeps the configuration, and so the cache key, of earlier runs;
  /// setting it changes them.
  @Test(arguments: [
    ([:] as JSONValue, #"{"model":"auto","neutral_band":0.05,"sentences":true,"targets":true}"#),
    (
      ["classes": "positive,negative"] as JSONValue,
      #"{"classes":"positive,negative","model":"auto","neutral_band":0.05,"sentences":true,"targets":true}"#
    ),
  ])
  func theCacheKeyChangesOnlyWhenClassesIsSet(config: JSONValue, canonical: String) throws {
    #expect(try StageFactory(SentimentStage.self).configure(config).canonicalConfiguration == canonical)
  }

  @Test(arguments: ["positive", "positive,neutral", "pos,neg"])
  func otherClassesAreRefusedWithTheValidOnes(value: String) throws {
    let error = #expect(throws: (any Error).self) {
      try StageFactory(SentimentStage.self).configure(["classes": .string(value)])
    }
    #expect("\(error!)".contains("classes"))
    #expect("\(error!)".contains("positive,negative,neutral, positive,negative"))
  }
}
