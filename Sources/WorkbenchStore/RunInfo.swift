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
  public var stages: [RunStageInfo]
  public var summary: JSONValue?
}

/// One stage of a run with its counts.
public struct RunStageInfo: Sendable, Hashable {
  public var id: String
  public var plugin: String
  public var version: Int
  public var configuration: String
  public var computed: Int
  public var cached: Int
  public var failed: Int
  public var seconds: Double

  public init(
    id: String, plugin: String, version: Int, configuration: String, computed: Int = 0,
    cached: Int = 0, failed: Int = 0, seconds: Double = 0
  ) {
    self.id = id
    self.plugin = plugin
    self.version = version
    self.configuration = configuration
    self.computed = computed
    self.cached = cached
    self.failed = failed
    self.seconds = seconds
  }
}
