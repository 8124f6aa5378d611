import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// Runs the sentiment stage as the runtime does: configured from JSON, built with a context.
func runSentiment(
  _ text: String, _ config: JSONValue = [:], inputs: StageInputs = .none, context: StageContext? = nil
) throws -> [Annotation] {
  let configured = try StageFactory(SentimentStage.self).configure(config)
  let context = context ?? StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { "\($0.count)" })
  guard case .document(let stage) = try configured.makeStage(context: context) else { return [] }
  return try stage.analyze(Document(id: "t", text: text), inputs)
}

/// The scalar offset of the `occurrence`-th (0-based) `needle` in `text`.
func scalarOffset(of needle: String, in text: String, occurrence: Int = 0) -> Int? {
  let haystack = Array(text.unicodeScalars)
  let pattern = Array(needle.unicodeScalars)
  var seen = 0
  guard pattern.count <= haystack.count else { return nil }
  for start in 0...(haystack.count - pattern.count) where haystack[start..<start + pattern.count].elementsEqual(pattern)
  {
    if seen == occurrence { return start }
    seen += 1
  }
  return nil
}

@Suite struct SentimentStageTests {
  let article = """
    Rescue teams safely reached the village and restored water to every home.
    Three people were killed and dozens injured when the bridge collapsed.
    The governor will visit the site on Monday.
    """

  @Test func annotatesDocumentAndSentences() throws {
    let found = try runSentiment(article)
    let document = try #require(found.first)
    #expect(document.attributes["level"] == "document")
    #expect(document.start == 0 && document.end == article.unicodeScalars.count)
    #expect(document.label == "SENTIMENT")
    let sentences = found.filter { $0.attributes["level"] == "sentence" }
    #expect(sentences.map(\.value) == ["positive", "negative", "neutral"])
    #expect(sentences.map(\.start) == [0, 74, 145])
    for sentence in sentences {
      let scalars = Array(article.unicodeScalars)[sentence.start..<sentence.end]
      #expect(String(String.UnicodeScalarView(scalars)) == sentence.text)
      let score = try #require(sentence.attributes["score"]?.doubleValue)
      #expect((-1...1).contains(score))
      let probabilities = try #require(sentence.attributes["probabilities"]?.objectValue)
      #expect(Set(probabilities.keys) == ["negative", "neutral", "positive"])
      let total = probabilities.values.compactMap(\.doubleValue).reduce(0, +)
      #expect(abs(total - 1) < 0.001)
    }
    #expect(sentences[0].attributes["score"]!.doubleValue! > 0.3)
    #expect(sentences[1].attributes["score"]!.doubleValue! < -0.3)
    #expect(document.attributes["sentences"] == 3)
  }

  @Test func skipsBoilerplate() throws {
    let text = "Subscribe to our newsletter and enjoy great offers!\nThe minister met the delegation on Tuesday."
    let boilerplateEnd = scalarOffset(of: "\n", in: text)!
    let inputs = StageInputs([.boilerplate: [Annotation(start: 0, end: boilerplateEnd, text: "", label: "BOILERPLATE")]]
    )
    let found = try runSentiment(text, inputs: inputs)
    let sentences = found.filter { $0.attributes["level"] == "sentence" }
    #expect(sentences.map(\.text) == ["The minister met the delegation on Tuesday."])
    #expect(found[0].attributes["sentences"] == 1)
  }

  @Test func sentencesCanBeTurnedOff() throws {
    let found = try runSentiment(article, ["sentences": false])
    #expect(found.count == 1)
    #expect(found[0].attributes["level"] == "document")
  }

  @Test func targetsTakeTheToneOfTheSentencesThatMentionThem() throws {
    let text =
      "The ministry praised Norland for its generous aid to the flood victims.\nSouthia shelled the border villages, killing four civilians."
    let norland = scalarOffset(of: "Norland", in: text)!
    let southia = scalarOffset(of: "Southia", in: text)!
    let inputs = StageInputs([
      .linkedEntity: [
        Annotation(start: norland, end: norland + 7, text: "Norland", label: "GPE", value: "test:norland"),
        Annotation(start: southia, end: southia + 7, text: "Southia", label: "GPE", value: "test:southia"),
      ]
    ])
    let targets = try runSentiment(text, inputs: inputs).filter { $0.attributes["level"] == "target" }
    #expect(targets.map(\.value) == ["test:norland", "test:southia"])
    #expect(targets.map { $0.attributes["sentiment"] } == ["positive", "negative"])
    #expect(targets.map { $0.attributes["name"] } == ["Norland", "Southia"])
    #expect(targets.allSatisfy { $0.attributes["mentions"] == 1 })
  }

  @Test func targetsInOneSentenceTakeTheToneOfTheirClause() throws {
    let text =
      "The ministry praised Norland for its generous aid to the flood victims, while Southia shelled the border villages and killed four civilians."
    let norland = scalarOffset(of: "Norland", in: text)!
    let southia = scalarOffset(of: "Southia", in: text)!
    let inputs = StageInputs([
      .linkedEntity: [
        Annotation(start: norland, end: norland + 7, text: "Norland", label: "GPE", value: "test:norland"),
        Annotation(start: southia, end: southia + 7, text: "Southia", label: "GPE", value: "test:southia"),
        Annotation(
          start: southia, end: southia + 7, text: "Southia", label: "GPE", value: "nil:southia",
          attributes: ["nil": true]),
      ]
    ])
    let targets = try runSentiment(text, inputs: inputs).filter { $0.attributes["level"] == "target" }
    #expect(targets.map(\.value) == ["test:norland", "test:southia"])
    #expect(targets.map { $0.attributes["sentiment"] } == ["positive", "negative"])
  }

  @Test func noTargetsWithoutEntityLinking() throws {
    let found = try runSentiment(article)
    #expect(!found.contains { $0.attributes["level"] == "target" })
  }

  @Test func emptyTextIsNeutralAndHasNoSentences() throws {
    let found = try runSentiment("  \n ")
    #expect(found.count == 1)
    #expect(found[0].value == "neutral")
    #expect(found[0].attributes["score"] == .double(0))
  }

  @Test func recordsTheShippedModelForTheCacheKey() throws {
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { "\($0.count) bytes" })
    _ = try runSentiment("x", context: context)
    #expect(context.dataChecksums.keys.sorted() == SentimentStage.shippedModelNames.values.sorted())
    let newsOnly = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { "\($0.count) bytes" })
    _ = try runSentiment("x", ["model": "news"], context: newsOnly)
    #expect(newsOnly.dataChecksums.keys.sorted() == [SentimentStage.shippedModelNames[.news]!])
  }

  @Test func reportsAMissingModelFile() throws {
    #expect(throws: (any Error).self) { try runSentiment("x", ["model": "/nonexistent/model.wbsent"]) }
  }

  @Test func rejectsAFileThatIsNotAModel() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-model-\(UUID()).wbsent")
    try Data("hello".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try runSentiment("x", ["model": .string(url.path)])
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".contains("not a sentiment model file"))
    }
  }
}

/// A target's tone comes from what its clauses say, not from the learned weight of its name.
@Suite struct TargetNameMaskingTests {
  @Test(arguments: [("Norland", "Southia"), ("روسيا", "فرنسا")])
  func theNameItselfDoesNotColorTheTarget(first: String, second: String) throws {
    func score(_ name: String) throws -> Double? {
      let text = "\(name) shelled the border villages and killed four civilians."
      let start = try #require(scalarOffset(of: name, in: text))
      let inputs = StageInputs([
        .linkedEntity: [
          Annotation(
            start: start, end: start + name.unicodeScalars.count, text: name, label: "GPE", value: "test:x")
        ]
      ])
      return try runSentiment(text, inputs: inputs).first { $0.attributes["level"] == "target" }?
        .attributes["score"]?.doubleValue
    }
    let a = try score(first)
    let b = try score(second)
    #expect(a != nil && a == b)
    #expect((a ?? 0) < -0.05)
  }
}
