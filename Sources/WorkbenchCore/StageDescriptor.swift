/// Whether a stage works on one document at a time or on the whole corpus.
public enum StageKind: String, Sendable, Codable {
  /// `analyze(document)` per document; results are cached per document.
  case document
  /// `collect(document)` per document (cached), then one `reduce` over all collected results.
  case corpus
}

/// What a stage is: its names, version, and what it needs and makes.
///
/// Modelled on spaCy's factories (`requires`/`assigns`) and SwiftLint's `RuleDescription`.
public struct StageDescriptor: Sendable, Hashable {
  /// The kebab-case identifier workflows use in `plugin:` (`date-normalization`).
  public var id: String
  /// Other names accepted for `plugin:` (`dates`).
  public var aliases: [String]
  /// Bump whenever the output for the same input and configuration could change: it is part
  /// of the cache key, so old results are recomputed.
  public var version: Int
  /// One line for `workbench plugins`.
  public var summary: String
  /// Stage ids whose annotations this stage needs; a workflow that lacks one gets it added
  /// (for `annotate`) or is reported invalid (for `run`).
  public var requires: [String]
  /// Stage ids whose annotations this stage uses when they ran upstream (for example
  /// boilerplate spans from `clean`), but can do without.
  public var uses: [String]
  /// The labels this stage's annotations carry.
  public var produces: [String]
  public var kind: StageKind

  public init(
    id: String, aliases: [String] = [], version: Int, summary: String, requires: [String] = [],
    uses: [String] = [], produces: [String], kind: StageKind = .document
  ) {
    self.id = id
    self.aliases = aliases
    self.version = version
    self.summary = summary
    self.requires = requires
    self.uses = uses
    self.produces = produces
    self.kind = kind
  }

  /// The id and every alias.
  public var names: [String] { [id] + aliases }
}
