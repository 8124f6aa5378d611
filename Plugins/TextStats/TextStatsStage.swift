import WorkbenchCore
import WorkbenchText

/// Counts per document (characters, tokens, words, sentences, paragraphs, language) and,
/// on request, the tokens and sentences themselves for inspection with `workbench annotate`.
public struct TextStatsStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// Emit a TOKEN annotation per token (kind, script, normalized form, stem, stopword, clitics).
    @Setting(
      "emit_tokens",
      help: "emit TOKEN annotations (kind, script, normalized form, stem, stopword, clitic pieces)")
    public var emitTokens = false
    /// Emit a SENTENCE annotation per sentence.
    @Setting("emit_sentences", help: "emit SENTENCE annotations")
    public var emitSentences = false
    /// Leave spans the `clean` stage marked out of counts and emitted annotations.
    @Setting("skip_boilerplate", help: "leave out spans the clean stage marked as boilerplate")
    public var skipBoilerplate = true

    public init() {}
  }

  public static let descriptor = StageDescriptor(
    id: "text-stats", aliases: ["tokens"], version: 1,
    summary: "Count characters, tokens, words, sentences and paragraphs; detect the language",
    consumes: [.role(.boilerplate)],
    produces: [
      ProducedLabel(
        "TEXT_STATS", role: .documentValue,
        attributes: [
          "characters", "tokens", "words", "arabic_words", "latin_words", "numbers", "sentences", "paragraphs",
          "language", "script", "paragraph_languages", "boilerplate_spans",
        ]),
      ProducedLabel("TOKEN", role: .span, attributes: ["kind", "script", "stem", "stopword", "clitics", "number"]),
      ProducedLabel("SENTENCE", role: .span),
    ],
    examples: [
      StageExample(
        "وصل الوفد إلى دمشق في ٢٨ كانون الثاني.", expected: [ExpectedAnnotation("TEXT_STATS", value: "ar")]),
      StageExample(
        "The delegation arrived. It met the minister.", configuration: ["emit_sentences": true],
        expected: [
          ExpectedAnnotation("TEXT_STATS", value: "en"), ExpectedAnnotation("SENTENCE", text: "It met the minister."),
        ]),
    ])

  private let configuration: Configuration
  private let tokenizer = Tokenizer()
  private let splitter = SentenceSplitter()
  private let identifier = LanguageIdentifier()
  private let stemmer = LightStemmer()
  private let segmenter = CliticSegmenter()

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
  }

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let text = ScalarText(document.text)
    let scalars = text.scalars
    let boilerplate = configuration.skipBoilerplate ? inputs.boilerplate : []
    func isBoilerplate(_ range: Range<Int>) -> Bool {
      boilerplate.contains { $0.overlaps(range) }
    }
    let tokens = tokenizer.tokenize(scalars).filter { !isBoilerplate($0.range) }
    let sentences = splitter.sentences(scalars).filter { !isBoilerplate($0) }
    let paragraphs = Lines.ranges(scalars).filter { !isBoilerplate($0) }
    let language = identifier.identify(scalars, 0..<scalars.count)
    var paragraphLanguages: [String: Int] = [:]
    for paragraph in paragraphs {
      paragraphLanguages[identifier.identify(scalars, paragraph).language.rawValue, default: 0] += 1
    }
    let words = tokens.filter { $0.kind == .word }
    var annotations: [Annotation] = [
      document.wholeTextAnnotation(
        label: "TEXT_STATS", value: language.language.rawValue,
        attributes: [
          "characters": .int(scalars.count),
          "tokens": .int(tokens.count),
          "words": .int(words.count),
          "arabic_words": .int(words.filter { $0.script == .arabic }.count),
          "latin_words": .int(words.filter { $0.script == .latin }.count),
          "numbers": .int(tokens.filter { $0.kind == .number }.count),
          "sentences": .int(sentences.count),
          "paragraphs": .int(paragraphs.count),
          "language": .string(language.language.rawValue),
          "script": .string(language.script.rawValue),
          "paragraph_languages": .object(paragraphLanguages.mapValues { .int($0) }),
          "boilerplate_spans": .int(boilerplate.count),
        ])
    ]
    if configuration.emitSentences {
      for sentence in sentences {
        annotations.append(
          Annotation(start: sentence.lowerBound, end: sentence.upperBound, text: text[sentence], label: "SENTENCE"))
      }
    }
    if configuration.emitTokens {
      for token in tokens { annotations.append(tokenAnnotation(token, text)) }
    }
    return annotations
  }

  private func tokenAnnotation(_ token: Token, _ text: ScalarText) -> Annotation {
    let surface = text[token.range]
    let normalized = LightStemmer.normalizer.normalize(surface)
    var attributes: [String: JSONValue] = [
      "kind": .string(token.kind.rawValue), "script": .string(token.script.rawValue),
    ]
    if token.kind == .word {
      attributes["stem"] = .string(normalized.string(stemmer.stem(normalized.scalars, 0..<normalized.count)))
      attributes["stopword"] = .bool(Stopwords.arabicAndEnglish.contains(normalized.scalars[...]))
      if token.script == .arabic {
        let pieces = segmenter.split(surface)
        if pieces.count > 1 { attributes["clitics"] = .array(pieces.map(JSONValue.string)) }
      }
    }
    if token.kind == .number, let value = Digits.parseInt(surface) { attributes["number"] = .int(value) }
    return Annotation(
      start: token.start, end: token.end, text: surface, label: "TOKEN", value: normalized.string,
      attributes: attributes)
  }
}
