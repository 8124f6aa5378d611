import WorkbenchCore

/// A run as `workbench runs` lists it.
public struct RunInfo: Sendable, Hashable {
  public var id: Int64
  public var workflow: String
  public var name: String
  public var description: String?
  public var startedAt: String
  public var finishedAt: String?
  /// `running`, `completed`, `completed-with-failures`, `failed`, or `interrupted` (a run whose
  /// process died without finishing).
  public var status: String
  public var documents: Int
  public var stages: [StageRunSummary]
  public var summary: JSONValue?
}
