import Foundation
import Sentiment
import Testing
import WorkbenchCore

@Suite struct SentimentTrainerTests {
  /// A small corpus written for these tests, with negated sentences whose words alone point
  /// the other way.
  static let examples: [LabelledText] = {
    let positive = [
      "the talks were a success", "a great success for both sides", "the aid arrived safely",
      "people are happy with the new school", "a good agreement", "the visit was good and useful",
      "نجحت المحادثات نجاحا كبيرا", "اتفاق جيد للطرفين", "وصلت المساعدات بسلام", "الناس سعداء بالمدرسة الجديدة",
    ]
    let negative = [
      "the talks were a failure", "a bad agreement", "the attack killed civilians",
      "people are angry about shortages", "the talks were not a success", "the visit was not good",
      "فشلت المحادثات", "اتفاق سيئ", "قتل الهجوم مدنيين", "لم تنجح المحادثات",
    ]
    let neutral = [
      "the minister met the ambassador", "the meeting is on monday", "the delegation arrived",
      "the report was published", "the committee will meet next week", "the talks covered energy",
      "التقى الوزير السفير", "الاجتماع يوم الاثنين", "وصل الوفد", "نشر التقرير",
    ]
    return positive.map { LabelledText(text: $0, label: "positive") }
      + negative.map { LabelledText(text: $0, label: "negative") }
      + neutral.map { LabelledText(text: $0, label: "neutral") }
  }()

  static let labels = ["negative", "neutral", "positive"]

  func trainSmall() -> SentimentModel {
    var trainer = SentimentTrainer()
    trainer.bucketBits = 14
    trainer.epochs = 20
    let features = trainer.features(of: Self.examples)
    return trainer.train(Self.examples, features: features, labels: Self.labels, info: ["source": "tests"])
  }

  @Test func trainingIsDeterministic() {
    #expect(trainSmall().serialized() == trainSmall().serialized())
  }

  @Test func fitsItsTrainingData() {
    let model = trainSmall()
    for example in Self.examples {
      let predicted = model.labels[SentimentModel.argmax(model.probabilities(of: example.text))]
      #expect(predicted == example.label, "\(example.text)")
    }
  }

  @Test(arguments: [
    ("the talks were a success", "the talks were not a success"),
    ("نجحت المحادثات", "لم تنجح المحادثات"),
  ])
  func negationLowersTheScore(plain: String, negated: String) {
    let model = trainSmall()
    func score(_ text: String) -> Double {
      SentimentTone(labels: model.labels, probabilities: model.probabilities(of: text)).score
    }
    #expect(score(negated) < score(plain) - 0.3)
  }

  @Test func serializationRoundTrips() throws {
    let model = trainSmall()
    let restored = try SentimentModel(data: model.serialized())
    #expect(restored.labels == Self.labels)
    #expect(restored.bucketBits == 14)
    #expect(restored.info["source"] == "tests")
    for example in Self.examples.prefix(8) {
      let before = model.probabilities(of: example.text)
      let after = restored.probabilities(of: example.text)
      for (a, b) in zip(before, after) { #expect(abs(a - b) < 0.01) }
    }
  }

  @Test(arguments: [0, 3, 12, 40])
  func rejectsTruncatedModels(keep: Int) {
    let data = trainSmall().serialized()
    #expect(throws: SentimentModelError.self) { try SentimentModel(data: data.prefix(keep)) }
    #expect(throws: SentimentModelError.self) { try SentimentModel(data: data.dropLast()) }
  }

  @Test func crossValidationPredictsEveryExample() {
    var trainer = SentimentTrainer()
    trainer.bucketBits = 14
    let features = trainer.features(of: Self.examples)
    let predictions = trainer.crossValidate(Self.examples, features: features, labels: Self.labels, folds: 5)
    #expect(predictions.count == Self.examples.count)
    #expect(predictions.allSatisfy { (0..<3).contains($0) })
  }

  @Test(arguments: [
    "", "!!!", String(repeating: "ب", count: 10_000), "don't 's '' ' ا ال", "😍😡", "\u{0651}\u{064E}", "2.5.",
  ])
  func oddInputGivesProbabilities(text: String) {
    let probabilities = trainSmall().probabilities(of: text)
    #expect(probabilities.count == 3)
    #expect(abs(probabilities.reduce(0, +) - 1) < 1e-9)
  }
}

/// The learned decision: fitted by cross-validation, stored in the model file.
@Suite struct SentimentDecisionTests {
  @Test func theDecisionIsFittedAndStored() throws {
    var trainer = SentimentTrainer()
    trainer.bucketBits = 14
    trainer.epochs = 20
    trainer.decisionFolds = 3
    trainer.averageEpochs = true
    let examples = SentimentTrainerTests.examples
    let model = trainer.trainWithDecision(
      examples, features: trainer.features(of: examples), labels: SentimentTrainerTests.labels)
    #expect(model.decision.temperature > 0)
    #expect(model.decision.offsets.count == 3 && model.decision.offsets[0] == 0)
    let restored = try SentimentModel(data: model.serialized())
    #expect(restored.decision == model.decision)
    for example in examples {
      #expect(restored.tone(restored.probabilities(of: example.text)).label == example.label, "\(example.text)")
    }
  }

  /// Offsets move the label between classes: a large neutral offset makes a plain case neutral.
  @Test func offsetsMoveTheLabel() {
    let probabilities = [0.2, 0.3, 0.5]
    #expect(SentimentDecision(offsets: [0, 0, 0]).choose(probabilities) == 2)
    #expect(SentimentDecision(offsets: [0, 0.6, 0]).choose(probabilities) == 1)
  }
}
