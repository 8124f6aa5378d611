/// The time one stage (or baseline) took over the whole corpus.
struct StageMeasurement {
  static let byteScanID = "byte-scan"

  var id: String
  /// `document`, `corpus` or `baseline`.
  var kind: String
  var seconds: Double
  var documents: Int
  var bytes: Int
  /// Annotations (plus corpus records) made, or what a baseline counted.
  var outputs: Int
  var outputName: String
  /// For corpus stages: the collect and reduce parts of `seconds`.
  var collectSeconds: Double? = nil
  var reduceSeconds: Double? = nil

  var documentsPerSecond: Double { Double(documents) / seconds }
  var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
}
