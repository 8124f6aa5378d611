/// The time one stage (or baseline) took over the whole corpus.
struct StageMeasurement {
  static let byteScanID = "byte-scan"

  var id: String
  /// `document`, `corpus` or `baseline`.
  var kind: String
  /// Processor and wall-clock time of the whole pass; rates use the processor time.
  var elapsed: Elapsed
  var documents: Int
  var bytes: Int
  /// Annotations (plus corpus records) made, or what a baseline counted.
  var outputs: Int
  var outputName: String
  /// For corpus stages: the collect and reduce parts of `elapsed`.
  var collect: Elapsed? = nil
  var reduce: Elapsed? = nil

  /// Processor seconds.
  var seconds: Double { elapsed.cpu }
  var documentsPerSecond: Double { Double(documents) / seconds }
  var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
}
