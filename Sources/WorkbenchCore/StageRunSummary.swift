/// What one stage did in a run.
public struct StageRunSummary: Hashable, Sendable {
  /// The stage's id in the workflow (`dates`).
  public var id: String
  /// The plugin's id (`date-normalization`).
  public var plugin: String
  public var version: Int
  /// The stage's configuration as canonical JSON (sorted keys), as it entered the cache key.
  public var configuration: String
  /// The labels the stage declared under that configuration, with their roles: what the report
  /// shows its annotations as, even when the build rendering it lacks the stage. Nil for a
  /// run stored before declarations were recorded.
  public var produces: [ProducedLabel]?
  /// Documents whose result was computed in this run, read from the cache, or failed.
  public var computed: Int
  public var cached: Int
  public var failed: Int
  /// Seconds the stage spent computing in this run (summed over concurrent documents, plus
  /// a corpus stage's reduce).
  public var seconds: Double

  public init(
    id: String, plugin: String, version: Int, configuration: String = "{}",
    produces: [ProducedLabel]? = nil, computed: Int = 0, cached: Int = 0, failed: Int = 0, seconds: Double = 0
  ) {
    self.id = id
    self.plugin = plugin
    self.version = version
    self.configuration = configuration
    self.produces = produces
    self.computed = computed
    self.cached = cached
    self.failed = failed
    self.seconds = seconds
  }
}
