import WorkbenchCore
import WorkbenchStore

/// What a run did, stage by stage: the `run --json` object.
public struct RunSummary: Sendable {
  public var runID: Int64
  public var documents: Int
  public var stages: [RunStageInfo]
  public var failures: [StoredFailure]
  public var seconds: Double

  /// `completed` when nothing failed, else `completed-with-failures`.
  public var status: String { failures.isEmpty ? "completed" : "completed-with-failures" }

  /// `{"run", "documents", "stages": [{"id", "plugin", "computed", "cached", "failed",
  /// "seconds"}], "failures": [{"document", "stage", "message"}], "seconds"}`.
  public var json: JSONValue {
    .object([
      "run": .int(Int(runID)),
      "documents": .int(documents),
      "seconds": .double(Self.rounded(seconds)),
      "stages": .array(
        stages.map { stage in
          .object([
            "id": .string(stage.id), "plugin": .string(stage.plugin),
            "computed": .int(stage.computed), "cached": .int(stage.cached),
            "failed": .int(stage.failed), "seconds": .double(Self.rounded(stage.seconds)),
          ])
        }),
      "failures": .array(
        failures.map { failure in
          .object([
            "document": .string(failure.documentID), "stage": .string(failure.stageID),
            "message": .string(failure.message),
          ])
        }),
    ])
  }

  static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}

/// Progress of a run, reported after every batch of documents.
public struct RunProgress: Sendable {
  public var documentsDone: Int
  /// The number of documents, when the reader knows it in advance.
  public var documentsTotal: Int?
  public var stages: [RunStageInfo]
  public var elapsed: Double
  /// A corpus stage's reduce in progress, by stage id.
  public var reducing: String?

  public init(
    documentsDone: Int, documentsTotal: Int?, stages: [RunStageInfo], elapsed: Double,
    reducing: String? = nil
  ) {
    self.documentsDone = documentsDone
    self.documentsTotal = documentsTotal
    self.stages = stages
    self.elapsed = elapsed
    self.reducing = reducing
  }
}
