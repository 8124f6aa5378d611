import Foundation
import WorkbenchCore
import WorkbenchText

/// The tone of a document, of each of its sentences, and of the sentences that mention each
/// linked entity: positive, negative or neutral (or only positive or negative, by the sign of
/// the score, with `classes: positive,negative`), with a score in [-1, 1] and the class
/// probabilities of a trainable linear model (see `SentimentModel`).
///
/// Every annotation has label `SENTIMENT` and a `level`: `document` and `sentence` carry the
/// tone as value; `target` (the clauses that mention a linked entity) carries the entity id as
/// value. All carry the tone in `sentiment`, `score` and `probabilities`; the document
/// annotation also names the `register` it was read in and the `model` that read it.
/// Boilerplate marked by `clean` is skipped.
public struct SentimentStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// `auto` (each document's register picks the shipped model and how the document is read,
    /// see `SentimentRegister`), `news` or `social` (that register and its shipped model for
    /// every document), or a model file written by `workbench train sentiment` (used for
    /// every document; the register is still detected). Empty means `auto`.
    @Setting(
      "model",
      help: "auto (by each document's register), news, social, or a model file from `workbench train sentiment`")
    public var model = "auto"
    /// Emit one annotation per sentence.
    @Setting("sentences", help: "emit one annotation per sentence (level: sentence)")
    public var sentences = true
    /// Emit one annotation per linked entity when `entity-linking` ran upstream.
    @Setting("targets", help: "emit the tone toward each entity linked upstream (level: target)")
    public var targets = true
    /// News documents of several sentences, and targets, are positive when their score
    /// exceeds this, negative below its negation, neutral between (sentences, social texts and
    /// one-sentence documents take the model's decision).
    @Setting(
      "neutral_band",
      help: "news documents of several sentences, and targets, with a score within ±this are neutral")
    public var neutralBand = 0.05
    /// The classes labels are chosen among: unset (the same as `positive,negative,neutral`,
    /// the model's decision) or `positive,negative` (the sign of the score at every level, for
    /// texts known to be positive or negative). Optional so that leaving it unset keeps the
    /// cache key of earlier runs.
    @Setting(
      "classes",
      help:
        "unset or positive,negative,neutral: the model's three-class decision; positive,negative: every label is the sign of the score, never neutral"
    )
    public var classes: SentimentClasses? = nil

    public init() {}

    public func validate() throws {
      if !(0..<1).contains(neutralBand) {
        throw ConfigurationError.invalid(field: "neutral_band", message: "must be at least 0 and below 1")
      }
    }
  }

  public static let descriptor = StageDescriptor(
    id: "sentiment", aliases: ["tone"], version: 5,
    summary: "Tone of documents, sentences and linked entities (positive/negative/neutral)",
    consumes: [.role(.linkedEntity), .role(.boilerplate)],
    produces: [
      ProducedLabel(
        "SENTIMENT", role: .tone,
        attributes: [
          "level", "sentiment", "score", "probabilities", "sentences", "mentions", "clauses", "name", "register",
          "model",
        ])
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
  /// The model of each register, with the words seen in earlier documents.
  private let readers: [SentimentRegister: ModelReader]
  /// The register of every document, when the configuration fixes it.
  private let fixedRegister: SentimentRegister?

  /// A model and the words seen in earlier documents, with their features for it.
  private struct ModelReader: Sendable {
    let model: SentimentModel
    /// What the document annotation names it by: the register of a shipped model, a file's name.
    let name: String
    let sharedWords: SentimentSharedWords
    init(_ model: SentimentModel, name: String) {
      self.model = model
      self.name = name
      self.sharedWords = SentimentSharedWords(classes: model.labels.count)
    }
  }

  /// The classes every label is chosen among.
  public var classes: SentimentClasses { configuration.classes ?? .positiveNegativeNeutral }

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    func shipped(_ register: SentimentRegister) throws -> ModelReader {
      let (model, data) = try Self.shippedModels[register]!.get()
      context.record(data, named: Self.shippedModelNames[register]!)
      return ModelReader(model, name: register.rawValue)
    }
    switch configuration.model {
    case "", "auto":
      readers = [.news: try shipped(.news), .social: try shipped(.social)]
      fixedRegister = nil
    case "news", "social":
      let register = SentimentRegister(rawValue: configuration.model)!
      readers = [register: try shipped(register)]
      fixedRegister = register
    default:
      let url = context.resolve(configuration.model)
      let data: Data
      do {
        data = try context.load(url)
      } catch {
        throw ConfigurationError.invalid(
          field: "model",
          message: "cannot read \(url.path): \(error.localizedDescription) (or give auto, news or social)")
      }
      let model: SentimentModel
      do {
        model = try SentimentModel(data: data)
      } catch {
        throw ConfigurationError.invalid(field: "model", message: "\(url.path): \(error)")
      }
      let reader = ModelReader(model, name: url.lastPathComponent)
      readers = [.news: reader, .social: reader]
      fixedRegister = nil
    }
    if configuration.classes == .positiveNegative, let reader = readers.values.first,
      !(reader.model.labels.contains("positive") && reader.model.labels.contains("negative"))
    {
      throw ConfigurationError.invalid(
        field: "classes",
        message:
          "positive,negative needs a model with both classes; \(reader.name) has \(reader.model.labels.joined(separator: ", "))"
      )
    }
  }

  /// The model that reads a document of `register`: under `auto`, a social text mostly in
  /// Latin script goes to the news model, since the social model learned from Arabic tweets
  /// only and the news model also from English sentences and the VADER lexicon.
  private func reader(for register: SentimentRegister, _ text: SentimentText) -> ModelReader {
    if register == .social, fixedRegister == nil, let news = readers[.news] {
      var arabic = 0
      var latin = 0
      for token in text.tokens where token.kind == .word {
        if token.script == .arabic { arabic += 1 } else if token.script == .latin { latin += 1 }
      }
      if latin > arabic { return news }
    }
    return readers[register] ?? readers.values.first!
  }

  /// The model that reads documents of `register`.
  public func model(for register: SentimentRegister) -> SentimentModel {
    (readers[register] ?? readers.values.first!).model
  }

  /// The register a document is read in: the configured one, or the one its features show.
  public func register(of text: String) -> SentimentRegister {
    let scalars = ScalarText.scalars(of: text)
    return fixedRegister ?? SentimentRegister.detect(scalars, text: SentimentText(scalars))
  }

  /// The file names of the models that ship in the plugin's resources.
  public static let shippedModelNames: [SentimentRegister: String] = [
    .news: "sentiment-news-ar-en.wbsent", .social: "sentiment-social-ar.wbsent",
  ]

  /// The shipped models, each read once per process.
  static let shippedModels: [SentimentRegister: Result<(SentimentModel, Data), any Error>] = Dictionary(
    uniqueKeysWithValues: SentimentRegister.allCases.map { register in
      let name = shippedModelNames[register]!
      return (
        register,
        Result {
          guard
            let url = Bundle.module.url(
              forResource: String(name.dropLast(".wbsent".count)), withExtension: "wbsent", subdirectory: "Resources")
          else { throw SentimentModelError(description: "the shipped model \(name) is missing") }
          let data = try Data(contentsOf: url)
          return (try SentimentModel(data: data), data)
        }
      )
    })

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let scalars = ScalarText.scalars(of: document.text)
    let text = SentimentText(scalars)
    let register = fixedRegister ?? SentimentRegister.detect(scalars, text: text)
    let reader = self.reader(for: register, text)
    let model = reader.model
    let boilerplate = inputs.boilerplate
    var nextBoilerplate = 0
    var cache = reader.sharedWords.cache()
    defer { reader.sharedWords.absorb(cache.detachLocal()) }
    let tones: [SentenceTone] = Self.splitter.sentences(scalars).compactMap { span in
      // Sentences and boilerplate spans are both in order: one walk over each.
      while nextBoilerplate < boilerplate.count, boilerplate[nextBoilerplate].upperBound <= span.lowerBound {
        nextBoilerplate += 1
      }
      if nextBoilerplate < boilerplate.count, boilerplate[nextBoilerplate].lowerBound < span.upperBound { return nil }
      return SentenceTone(
        span: span, probabilities: model.probabilities(of: text, tokens: text.tokens(in: span), cache: &cache))
    }

    let documentTone: SentimentTone
    if tones.isEmpty {
      documentTone = SentimentTone(labels: model.labels, combining: [], neutralBand: configuration.neutralBand)
    } else if register == .social && tones.count > 1 {
      // One statement: its words judged together (what boilerplate covers left out).
      let masked = boilerplate.map { text.tokens(in: $0) }.filter { !$0.isEmpty }
      documentTone = model.tone(model.probabilities(of: text, tokens: text.allTokens, masked: masked, cache: &cache))
    } else if tones.count == 1 {
      documentTone = model.tone(tones[0].probabilities)
    } else {
      documentTone = SentimentTone(
        labels: model.labels, combining: tones.map { ($0.probabilities, $0.span.count) },
        neutralBand: configuration.neutralBand)
    }
    let decided = documentTone.among(classes)
    var attributes = decided.attributes(level: "document")
    attributes["sentences"] = .int(tones.count)
    attributes["register"] = .string(register.rawValue)
    attributes["model"] = .string(reader.name)
    // Whole-text annotations end at the scalar count already known (`Document.scalarCount`
    // would walk the text again).
    var annotations = [
      Annotation(
        start: 0, end: scalars.count, text: "", label: Self.label, value: decided.label, attributes: attributes)
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
        let sentence = model.tone(tone.probabilities).among(classes)
        let lower = advance(to: tone.span.lowerBound)
        let upper = advance(to: tone.span.upperBound)
        annotations.append(
          Annotation(
            start: tone.span.lowerBound, end: tone.span.upperBound,
            text: String(document.text.unicodeScalars[lower..<upper]),
            label: Self.label, value: sentence.label, attributes: sentence.attributes(level: "sentence")))
      }
    }
    if configuration.targets {
      annotations += targetAnnotations(
        document, model: model, scalars: scalars, text: text, cache: &cache, inputs: inputs, tones: tones)
    }
    return annotations
  }

  /// Sentences end at . ! ? ؟ … and at line breaks (headlines and captions stand alone).
  static let splitter = SentenceSplitter()

  /// One annotation per linked entity: the tone of the words that govern its mentions (see
  /// `TargetClause` and `TargetScope`). The names of all mentions are left out of the judged clauses: a name's
  /// learned weight says how the training texts spoke of it, not how this text does.
  private func targetAnnotations(
    _ document: Document, model: SentimentModel, scalars: [Unicode.Scalar], text: SentimentText,
    cache: inout SentimentWordCache,
    inputs: StageInputs, tones: [SentenceTone]
  ) -> [Annotation] {
    var spansByEntity: [String: Set<Range<Int>>] = [:]
    var names: [String: String] = [:]
    var mentions: [String: Int] = [:]
    var clausesOf: [Int: [TargetClause]] = [:]
    var nameTokens: [Range<Int>] = []
    var linked: [(id: String, tokens: Range<Int>, clause: Range<Int>)] = []
    for entity in inputs.annotations(role: .linkedEntity) {
      let tokens = text.tokens(overlapping: entity.start..<max(entity.start, entity.end))
      if !tokens.isEmpty { nameTokens.append(tokens) }
      guard let id = entity.value, !id.isEmpty, entity.attributes["nil"] != .bool(true),
        let sentence = Self.sentence(containing: entity.start, in: tones)
      else { continue }
      if clausesOf[sentence] == nil {
        clausesOf[sentence] = TargetClause.clauses(of: tones[sentence].span, scalars, text: text)
      }
      linked.append((id, tokens, TargetClause.judged(containing: entity.start, in: clausesOf[sentence]!)))
      mentions[id, default: 0] += 1
      spansByEntity[id, default: []] = spansByEntity[id] ?? []
      if names[id] == nil {
        names[id] = entity.attributes["name"]?.stringValue ?? (entity.text.isEmpty ? nil : entity.text)
      }
    }
    let masked = Self.merged(nameTokens)
    for mention in linked {
      let clauseTokens = text.tokens(in: mention.clause)
      guard
        let governed = TargetScope.governed(
          mention: mention.tokens.isEmpty ? clauseTokens.lowerBound..<clauseTokens.lowerBound : mention.tokens,
          clause: clauseTokens, text: text, mentions: masked)
      else { continue }
      let span =
        governed == clauseTokens
        ? mention.clause
        : text.normalized.originalRange(
          text.tokens[governed.lowerBound].start..<text.tokens[governed.upperBound - 1].end)
      spansByEntity[mention.id, default: []].insert(span)
    }
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
        neutralBand: configuration.neutralBand
      ).among(classes)
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
    var low = 0
    var high = ranges.count
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
    var low = 0
    var high = tones.count
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
