import Foundation
import WorkbenchCore

/// A validated workflow: what to read, which stages to run in which order, what to write.
///
/// Made by `WorkflowLoader`, which reports every problem of the file at once. Paths are
/// absolute, resolved against the workflow file's folder.
public struct Workflow: Sendable {
  /// The workflow file.
  public var file: URL
  /// The schema version; always 1.
  public var version: Int
  /// The `name:`, or the file name without its extension.
  public var name: String
  public var description: String?
  public var corpus: CorpusSpec
  /// The stages in an order where each comes after every stage it needs (file order where
  /// the dependencies allow).
  public var stages: [WorkflowStage]
  public var outputs: [WorkflowOutput]
  /// The corpus's documents as listed during validation, with its metadata loaded.
  public var corpusReader: CorpusReader
  /// Warnings found while loading (errors make loading fail instead).
  public var warnings: [Diagnostic]

  /// The folder relative paths resolve against: the workflow file's folder.
  public var baseDirectory: URL { file.deletingLastPathComponent() }

  public init(
    file: URL, version: Int, name: String, description: String?, corpus: CorpusSpec,
    stages: [WorkflowStage], outputs: [WorkflowOutput], corpusReader: CorpusReader,
    warnings: [Diagnostic] = []
  ) {
    self.file = file
    self.version = version
    self.name = name
    self.description = description
    self.corpus = corpus
    self.stages = stages
    self.outputs = outputs
    self.corpusReader = corpusReader
    self.warnings = warnings
  }
}

/// The `corpus:` section: where the documents are and how to pick them.
public struct CorpusSpec: Hashable, Sendable {
  /// The corpus folder, or a single corpus file (a `.jsonl` file).
  public var path: URL
  /// Globs of files to read. A glob without `/` matches file names at any depth; one with `/`
  /// matches paths relative to the corpus folder, where `**` spans folders.
  public var include: [String]
  /// Globs of files (or folders) to leave out, with the same rules.
  public var exclude: [String]
  /// The metadata table (`file,date,title,source,...`), if any.
  public var metadata: URL?
  /// A default language hint for documents that do not state theirs.
  public var language: String?

  /// What `include` is when the workflow does not say.
  public static let defaultInclude = ["*.txt", "*.md", "*.jsonl"]

  public init(
    path: URL, include: [String] = CorpusSpec.defaultInclude, exclude: [String] = [],
    metadata: URL? = nil, language: String? = nil
  ) {
    self.path = path
    self.include = include
    self.exclude = exclude
    self.metadata = metadata
    self.language = language
  }
}

/// One stage of a workflow, with its configuration decoded and validated.
public struct WorkflowStage: Sendable {
  /// The stage's id in the workflow (`id:`, by default the plugin id); unique in the workflow.
  public var id: String
  /// The canonical plugin id (aliases resolved): what `StageInputs` are keyed by.
  public var plugin: String
  public var configured: ConfiguredStage
  /// Ids of the workflow stages this one runs after and receives annotations from: the
  /// explicit `needs:` plus the stages providing what its plugin `requires` or `uses`. In
  /// workflow stage order.
  public var needs: [String]
  /// Where the stage's entry starts in the workflow file.
  public var location: SourceLocation

  public init(id: String, plugin: String, configured: ConfiguredStage, needs: [String], location: SourceLocation) {
    self.id = id
    self.plugin = plugin
    self.configured = configured
    self.needs = needs
    self.location = location
  }
}

/// One entry of `outputs:`.
public struct WorkflowOutput: Hashable, Sendable {
  public var format: OutputFormat
  /// Where to write it (absolute).
  public var path: URL
  public var location: SourceLocation
  /// A CSV for spreadsheet programs (`spreadsheet: true`): a byte-order mark and fields that
  /// would start a formula guarded with `'`.
  public var spreadsheet: Bool

  public init(format: OutputFormat, path: URL, location: SourceLocation, spreadsheet: Bool = false) {
    self.format = format
    self.path = path
    self.location = location
    self.spreadsheet = spreadsheet
  }
}

/// The formats `outputs:` can name.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
  /// The report.
  case html
  /// One annotation per line.
  case jsonl
  /// One annotation per row.
  case csv
}
