import Foundation
import WorkbenchCore
import WorkbenchText

/// The tone of a document, of each of its sentences, and of the sentences that mention each
/// linked entity: positive, negative or neutral, with a score in [-1, 1] and the class
/// probabilities of a trainable linear model (see `SentimentModel`).
///
/// Every annotation has label `SENTIMENT` and a `level`: `document` and `sentence` carry the
/// tone as value; `target` (the clauses that mention a linked entity) carries the entity id as
/// value. All carry the tone in `sentiment`, `score` and `probabilities`.
/// Boilerplate marked by `clean` is skipped.
public struct SentimentStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// A model file written by `workbench train sentiment`; empty for the shipped model.
    public var model = ""
    /// Emit one annotation per sentence.
    public var sentences = true
    /// Emit one annotation per linked entity when `entity-linking` ran upstream.
    public var targets = true
    /// Documents and targets are positive when their score exceeds this, negative below its
    /// negation, neutral between (sentences take their most probable label).
    public var neutral_band = 0.05

    public init() {}

    public func validate() throws {
      if !(0..<1).contains(neutral_band) {
        throw ConfigurationError.invalid(field: "neutral_band", message: "must be at least 0 and below 1")
      }
    }

    public static var fieldHelp: [String: String] {
      [
        "model": "a model file from `workbench train sentiment` (empty: the shipped Arabic/English news model)",
        "sentences": "emit one annotation per sentence (level: sentence)",
        "targets": "emit the tone toward each entity linked upstream (level: target)",
        "neutral_band": "documents and targets with a score within ±this are neutral",
      ]
    }
  }

  public static let descriptor = StageDescriptor(
    id: "sentiment", aliases: ["tone"], version: 2,
    summary: "Tone of documents, sentences and linked entities (positive/negative/neutral)",
    consumes: [.role(.linkedEntity), .role(.boilerplate)],
    produces: [
      ProducedLabel(
        "SENTIMENT", role: .tone,
        attributes: ["level", "sentiment", "score", "probabilities", "sentences", "mentions", "clauses", "name"])
    ],
    examples: [
      StageExample(
        "The talks were a great success and both sides praised the excellent agreement.",
        expected: [ExpectedAnnotation("SENTIMENT", value: "positive")]),
      StageExample(
        "The attack killed dozens and destroyed the power station.",
        expected: [
          ExpectedAnnotation("SENTIMENT", value: "negative"),
          ExpectedAnnotation(
            "SENTIMENT", text: "The attack killed dozens and destroyed the power station.", value: "negative"),
        ]),
    ])

  /// The label of every annotation this stage makes.
  public static let label = "SENTIMENT"

  private let configuration: Configuration
  public let model: SentimentModel
  /// The words seen in earlier documents, with their features for `model`.
  private let sharedWords: SentimentSharedWords

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    if configuration.model.isEmpty {
      let (model, data) = try Self.shippedModel.get()
      context.record(data, named: Self.shippedModelName)
      self.model = model
    } else {
      let url = context.resolve(configuration.model)
      let data: Data
      do {
        data = try context.load(url)
      } catch {
        throw ConfigurationError.invalid(field: "model", message: "cannot read \(url.path): \(error.localizedDescription)")
      }
      do {
        self.model = try SentimentModel(data: data)
      } catch {
        throw ConfigurationError.invalid(field: "model", message: "\(url.path): \(error)")
      }
    }
    self.sharedWords = SentimentSharedWords(classes: model.labels.count)
  }

  /// The file name of the model that ships in the plugin's resources.
  public static let shippedModelName = "sentiment-news-ar-en.wbsent"

  /// The shipped model, read once per process.
  static let shippedModel: Result<(SentimentModel, Data), any Error> = Result {
    guard
      let url = Bundle.module.url(
        forResource: "sentiment-news-ar-en", withExtension: "wbsent", subdirectory: "Resources")
    else { throw SentimentModelError(description: "the shipped model \(shippedModelName) is missing") }
    let data = try Data(contentsOf: url)
    return (try SentimentModel(data: data), data)
  }

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let scalars = ScalarText.scalars(of: document.text)
    let text = SentimentText(scalars)
    let boilerplate = inputs.boilerplate
    var nextBoilerplate = 0
    var cache = sharedWords.cache()
    defer { sharedWords.absorb(cache.detachLocal()) }
    let tones: [SentenceTone] = Self.splitter.sentences(scalars).compactMap { span in
      // Sentences and boilerplate spans are both in order: one walk over each.
      while nextBoilerplate < boilerplate.count, boilerplate[nextBoilerplate].upperBound <= span.lowerBound {
        nextBoilerplate += 1
      }
      if nextBoilerplate < boilerplate.count, boilerplate[nextBoilerplate].lowerBound < span.upperBound { return nil }
      return SentenceTone(
        span: span, probabilities: model.probabilities(of: text, tokens: text.tokens(in: span), cache: &cache))
    }

    let documentTone = SentimentTone(
      labels: model.labels, combining: tones.map { ($0.probabilities, $0.span.count) },
      neutralBand: configuration.neutral_band)
    var attributes = documentTone.attributes(level: "document")
    attributes["sentences"] = .int(tones.count)
    // Whole-text annotations end at the scalar count already known (`Document.scalarCount`
    // would walk the text again).
    var annotations = [
      Annotation(
        start: 0, end: scalars.count, text: "", label: Self.label, value: documentTone.label, attributes: attributes)
    ]
    if configuration.sentences {
      // Sentences are in order: one walk turns their scalar offsets into UTF-8 offsets, and
      // their texts are copies of the original's bytes (no decoding, no validation).
      let utf8 = document.text.utf8
      var scalarOffset = 0
      var byteIndex = utf8.startIndex
      func advance(to target: Int) -> String.Index {
        var bytes = 0
        while scalarOffset < target {
          bytes += UTF8.width(scalars[scalarOffset])
          scalarOffset += 1
        }
        byteIndex = utf8.index(byteIndex, offsetBy: bytes)
        return byteIndex
      }
      for tone in tones {
        let sentence = SentimentTone(labels: model.labels, probabilities: tone.probabilities)
        let lower = advance(to: tone.span.lowerBound), upper = advance(to: tone.span.upperBound)
        annotations.append(
          Annotation(
            start: tone.span.lowerBound, end: tone.span.upperBound,
            text: String(document.text.unicodeScalars[lower..<upper]),
            label: Self.label, value: sentence.label, attributes: sentence.attributes(level: "sentence")))
      }
    }
    if configuration.targets {
      annotations += targetAnnotations(
        document, scalars: scalars, text: text, cache: &cache, inputs: inputs, tones: tones)
    }
    return annotations
  }

  /// Sentences end at . ! ? ؟ … and at line breaks (headlines and captions stand alone).
  static let splitter = SentenceSplitter()

  /// One annotation per linked entity: the tone of the clauses that mention it (see
  /// `TargetClause`). The names of all mentions are left out of the judged clauses: a name's
  /// learned weight says how the training texts spoke of it, not how this text does.
  private func targetAnnotations(
    _ document: Document, scalars: [Unicode.Scalar], text: SentimentText, cache: inout SentimentWordCache,
    inputs: StageInputs, tones: [SentenceTone]
  ) -> [Annotation] {
    var spansByEntity: [String: Set<Range<Int>>] = [:]
    var names: [String: String] = [:]
    var mentions: [String: Int] = [:]
    var clausesOf: [Int: [TargetClause]] = [:]
    var nameTokens: [Range<Int>] = []
    for entity in inputs.annotations(role: .linkedEntity) {
      let tokens = text.tokens(overlapping: entity.start..<max(entity.start, entity.end))
      if !tokens.isEmpty { nameTokens.append(tokens) }
      guard let id = entity.value, !id.isEmpty, entity.attributes["nil"] != .bool(true),
        let sentence = Self.sentence(containing: entity.start, in: tones)
      else { continue }
      if clausesOf[sentence] == nil {
        clausesOf[sentence] = TargetClause.clauses(of: tones[sentence].span, scalars, text: text)
      }
      let span = TargetClause.judged(containing: entity.start, in: clausesOf[sentence]!)
      spansByEntity[id, default: []].insert(span)
      mentions[id, default: 0] += 1
      if names[id] == nil {
        names[id] = entity.attributes["name"]?.stringValue ?? (entity.text.isEmpty ? nil : entity.text)
      }
    }
    let masked = Self.merged(nameTokens)
    var clauseProbabilities: [Range<Int>: [Double]] = [:]
    for span in Set(spansByEntity.values.joined()) {
      let tokens = text.tokens(in: span)
      clauseProbabilities[span] = model.probabilities(
        of: text, tokens: tokens, masked: Self.ranges(in: masked, overlapping: tokens), cache: &cache)
    }
    return spansByEntity.keys.sorted().map { id in
      let spans = spansByEntity[id]!.sorted { $0.lowerBound < $1.lowerBound }
      let tone = SentimentTone(
        labels: model.labels, combining: spans.map { (clauseProbabilities[$0]!, $0.count) },
        neutralBand: configuration.neutral_band)
      var attributes = tone.attributes(level: "target")
      attributes["mentions"] = .int(mentions[id] ?? 0)
      attributes["clauses"] = .int(spans.count)
      if let name = names[id] { attributes["name"] = .string(name) }
      return Annotation(start: 0, end: scalars.count, text: "", label: Self.label, value: id, attributes: attributes)
    }
  }

  /// Token ranges sorted and merged where they overlap or touch.
  static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var merged: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// The members of sorted, disjoint `ranges` that overlap `tokens`.
  static func ranges(in ranges: [Range<Int>], overlapping tokens: Range<Int>) -> [Range<Int>] {
    var low = 0, high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound <= tokens.lowerBound { low = middle + 1 } else { high = middle }
    }
    var found: [Range<Int>] = []
    while low < ranges.count, ranges[low].lowerBound < tokens.upperBound {
      found.append(ranges[low])
      low += 1
    }
    return found
  }

  private static func sentence(containing offset: Int, in tones: [SentenceTone]) -> Int? {
    var low = 0, high = tones.count
    while low < high {
      let middle = (low + high) / 2
      if tones[middle].span.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low < tones.count && tones[low].span.contains(offset) ? low : nil
  }
}

/// A sentence's span and its class probabilities.
struct SentenceTone {
  var span: Range<Int>
  var probabilities: [Double]
}
