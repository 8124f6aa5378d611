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
    id: "sentiment", aliases: ["tone"], version: 1,
    summary: "Tone of documents, sentences and linked entities (positive/negative/neutral)",
    uses: ["entity-linking", "clean"], produces: ["SENTIMENT"])

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
    let scalars = Array(document.text.unicodeScalars)
    let text = SentimentText(document.text)
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
    var annotations = [
      document.wholeTextAnnotation(label: Self.label, value: documentTone.label, attributes: attributes)
    ]
    if configuration.sentences {
      let utf8 = Array(document.text.utf8)
      let utf8Offsets = Self.utf8Offsets(scalars)
      for tone in tones {
        let sentence = SentimentTone(labels: model.labels, probabilities: tone.probabilities)
        annotations.append(
          Annotation(
            start: tone.span.lowerBound, end: tone.span.upperBound,
            text: String(decoding: utf8[utf8Offsets[tone.span.lowerBound]..<utf8Offsets[tone.span.upperBound]], as: UTF8.self),
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

  /// One annotation per linked entity: the tone of the clauses that mention it. A clause is
  /// the part of the sentence between commas or semicolons around the mention; when it is
  /// shorter than `minimumClauseWords` words the whole sentence is used, since a few words
  /// ("حليف موسكو") say little on their own.
  private func targetAnnotations(
    _ document: Document, scalars: [Unicode.Scalar], text: SentimentText, cache: inout SentimentWordCache,
    inputs: StageInputs, tones: [SentenceTone]
  ) -> [Annotation] {
    var spansByEntity: [String: Set<Range<Int>>] = [:]
    var sentenceOf: [Range<Int>: Int] = [:]
    var names: [String: String] = [:]
    var mentions: [String: Int] = [:]
    var clausesOf: [Int: [Clause]] = [:]
    for entity in inputs.annotations(from: "entity-linking") {
      guard let id = entity.value, !id.isEmpty, entity.attributes["nil"] != .bool(true),
        let sentence = Self.sentence(containing: entity.start, in: tones)
      else { continue }
      if clausesOf[sentence] == nil { clausesOf[sentence] = Self.clauses(of: tones[sentence].span, scalars) }
      let span = Self.clause(containing: entity.start, in: clausesOf[sentence]!)
      spansByEntity[id, default: []].insert(span)
      sentenceOf[span] = sentence
      mentions[id, default: 0] += 1
      if names[id] == nil {
        names[id] = entity.attributes["name"]?.stringValue ?? (entity.text.isEmpty ? nil : entity.text)
      }
    }
    var clauseProbabilities: [Range<Int>: [Double]] = [:]
    for span in Set(spansByEntity.values.joined()) {
      if let sentence = sentenceOf[span], tones[sentence].span == span {
        clauseProbabilities[span] = tones[sentence].probabilities
      } else {
        clauseProbabilities[span] = model.probabilities(of: text, tokens: text.tokens(in: span), cache: &cache)
      }
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
      return document.wholeTextAnnotation(label: Self.label, value: id, attributes: attributes)
    }
  }

  /// The words a clause needs to be judged on its own.
  static let minimumClauseWords = 5

  /// A stretch of a sentence up to and including a , ، ; or ؛ (or the sentence end), and the
  /// span judged for mentions inside it: the stretch without the separator and surrounding
  /// space, or the whole sentence when that has fewer than `minimumClauseWords` words.
  struct Clause {
    var stretch: Range<Int>
    var judged: Range<Int>
  }

  /// The clauses of a sentence, in order, covering it; linear in its length.
  static func clauses(of sentence: Range<Int>, _ scalars: [Unicode.Scalar]) -> [Clause] {
    var clauses: [Clause] = []
    var start = sentence.lowerBound
    var words = 0
    var inWord = false
    func close(_ end: Int, separator: Bool) {
      var lower = start, upper = separator ? end - 1 : end
      while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
      while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
      clauses.append(Clause(stretch: start..<end, judged: words >= minimumClauseWords ? lower..<upper : sentence))
      start = end
      words = 0
      inWord = false
    }
    for index in sentence {
      let value = scalars[index].value
      if value == 0x2C || value == 0x060C || value == 0x3B || value == 0x061B {
        close(index + 1, separator: true)
        continue
      }
      let isSpace = scalars[index].properties.isWhitespace
      if !isSpace, !inWord { words += 1 }
      inWord = !isSpace
    }
    if start < sentence.upperBound || clauses.isEmpty { close(sentence.upperBound, separator: false) }
    return clauses
  }

  /// The judged span of the clause whose stretch holds `offset`.
  static func clause(containing offset: Int, in clauses: [Clause]) -> Range<Int> {
    var low = 0, high = clauses.count - 1
    while low < high {
      let middle = (low + high) / 2
      if clauses[middle].stretch.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return clauses[low].judged
  }

  private static func sentence(containing offset: Int, in tones: [SentenceTone]) -> Int? {
    var low = 0, high = tones.count
    while low < high {
      let middle = (low + high) / 2
      if tones[middle].span.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low < tones.count && tones[low].span.contains(offset) ? low : nil
  }

  /// The UTF-8 offset of every scalar offset (and of the end): sentence texts are then byte
  /// copies, much faster than appending scalars to a string.
  private static func utf8Offsets(_ scalars: [Unicode.Scalar]) -> [Int] {
    var offsets = [Int]()
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    return offsets
  }
}

/// A sentence's span and its class probabilities.
struct SentenceTone {
  var span: Range<Int>
  var probabilities: [Double]
}
