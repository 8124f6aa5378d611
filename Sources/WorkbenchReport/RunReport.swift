import Foundation
import WorkbenchCore

/// Everything the report and the exports show about one run of a workflow.
///
/// The store fills it; the report module knows nothing of SQLite. Documents come through a
/// `ReportDocumentSource`, read once and in order, so a corpus of any size never has to be in
/// memory at once.
public struct RunReport {
  /// The workflow's `name:`.
  public var workflowName: String
  /// The workflow's `description:`, if any.
  public var workflowDescription: String?
  /// The path of the workflow file as the user gave it.
  public var workflowFile: String?
  /// The run's number in the store, if it was stored.
  public var runID: Int?
  public var startedAt: Date?
  public var finishedAt: Date?
  /// The run's status as the store records it (`completed`, `failed`, `interrupted`, ...).
  public var status: String
  /// One summary per stage, in workflow order; this order also fixes each stage's colour.
  public var stages: [StageRunSummary]
  /// The roles the stages declared for their labels: how each annotation is shown.
  public var roles: DeclaredRoles
  /// Documents or stages that failed; the rest of the run completed.
  public var failures: [RunFailure]
  /// Corpus-level results (topics, ...), by the stage that made them.
  public var corpusRecords: [StageCorpusRecord]
  /// How many documents `documents` yields (shown before the documents are read).
  public var documentCount: Int
  /// The documents with their annotations, in the order the report lists them.
  public var documents: ReportDocumentSource

  public init(
    workflowName: String, workflowDescription: String? = nil, workflowFile: String? = nil,
    runID: Int? = nil, startedAt: Date? = nil, finishedAt: Date? = nil,
    status: String = "completed", stages: [StageRunSummary] = [], roles: DeclaredRoles = DeclaredRoles(),
    failures: [RunFailure] = [],
    corpusRecords: [StageCorpusRecord] = [], documentCount: Int,
    documents: ReportDocumentSource
  ) {
    self.workflowName = workflowName
    self.workflowDescription = workflowDescription
    self.workflowFile = workflowFile
    self.runID = runID
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.status = status
    self.stages = stages
    self.roles = roles
    self.failures = failures
    self.corpusRecords = corpusRecords
    self.documentCount = documentCount
    self.documents = documents
  }
}

/// A failure recorded by a run: a document that could not be read, or a stage that threw.
public struct RunFailure: Hashable, Sendable {
  /// The document's id, or nil for a failure that concerns no single document.
  public var document: String?
  /// The stage's id, or nil for a failure while reading the corpus.
  public var stage: String?
  public var message: String

  public init(document: String? = nil, stage: String? = nil, message: String) {
    self.document = document
    self.stage = stage
    self.message = message
  }
}

/// A corpus-level record together with the id of the stage that produced it.
public struct StageCorpusRecord: Hashable, Sendable {
  public var stage: String
  public var record: CorpusRecord

  public init(stage: String, record: CorpusRecord) {
    self.stage = stage
    self.record = record
  }
}

/// One document of a run with its annotations, by the id of the stage that made them.
public struct ReportDocument: Sendable {
  public var document: Document
  /// Annotations by stage id (the workflow's stage id, e.g. `dates`).
  public var annotations: [String: [Annotation]]

  public init(document: Document, annotations: [String: [Annotation]] = [:]) {
    self.document = document
    self.annotations = annotations
  }

  /// How many annotations the document has over all stages.
  public var annotationCount: Int { annotations.values.reduce(0) { $0 + $1.count } }
}

/// The documents of a run, produced one at a time.
///
/// The report reads the source exactly once, in order. A store wraps its cursor:
/// `ReportDocumentSource { visit in for row in cursor { try visit(makeDocument(row)) } }`.
public struct ReportDocumentSource {
  private let produce: (_ visit: (ReportDocument) throws -> Void) throws -> Void

  /// A source that calls `visit` once per document, in report order.
  public init(_ produce: @escaping (_ visit: (ReportDocument) throws -> Void) throws -> Void) {
    self.produce = produce
  }

  /// A source over documents already in memory (tests, small corpora).
  public init(_ documents: [ReportDocument]) {
    self.produce = { visit in
      for document in documents { try visit(document) }
    }
  }

  /// Calls `body` for every document, in order.
  public func forEach(_ body: (ReportDocument) throws -> Void) throws {
    try produce(body)
  }
}
