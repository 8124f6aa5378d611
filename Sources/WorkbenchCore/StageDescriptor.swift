/// Whether a stage works on one document at a time or on the whole corpus.
public enum StageKind: String, Sendable, Codable {
  /// `analyze(document)` per document; results are cached per document.
  case document
  /// `collect(document)` per document (cached), then one `reduce` over all collected results.
  case corpus
}

/// What a stage is: its names, version, what it consumes and produces, and worked examples.
///
/// Modelled on spaCy's factories (`requires`/`assigns`) and SwiftLint's `RuleDescription`.
public struct StageDescriptor: Sendable, Hashable {
  /// The kebab-case identifier workflows use in `plugin:` (`date-normalization`).
  public var id: String
  /// Other names accepted for `plugin:` (`dates`).
  public var aliases: [String]
  /// Bump whenever the output for the same input and configuration could change: it is part
  /// of the cache key, so old results are recomputed. The contract test's golden digests fail
  /// when the output changes and the version does not.
  public var version: Int
  /// One line for `workbench plugins`.
  public var summary: String
  /// What this stage reads from upstream stages, by role or label. A required input with no
  /// provider is an error in a workflow (and added from the registry by `annotate`).
  public var consumes: [ConsumedInput]
  /// The labels this stage's annotations carry, with their roles and attributes; an
  /// annotation with another label fails the document.
  public var produces: [ProducedLabel]
  /// Worked examples: documentation, and inputs of the contract test.
  public var examples: [StageExample]
  public var kind: StageKind

  public init(
    id: String, aliases: [String] = [], version: Int, summary: String, consumes: [ConsumedInput] = [],
    produces: [ProducedLabel], examples: [StageExample] = [], kind: StageKind = .document
  ) {
    self.id = id
    self.aliases = aliases
    self.version = version
    self.summary = summary
    self.consumes = consumes
    self.produces = produces
    self.examples = examples
    self.kind = kind
  }

  /// The id and every alias.
  public var names: [String] { [id] + aliases }

  /// The labels produced under a configuration (complete, with defaults): labels that a
  /// configuration key chooses are resolved.
  public func produces(configuration: JSONValue) -> [ProducedLabel] {
    produces.map { $0.resolved(in: configuration) }
  }

  /// The declaration of a label this stage produces, or nil.
  public func declaration(of label: String) -> ProducedLabel? {
    produces.first { $0.label == label }
  }
}
