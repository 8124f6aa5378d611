import Foundation
import WorkbenchCore

/// The results of one benchmark run, as an aligned table or one JSON object.
struct BenchmarkReport {
  var corpus: String
  var documents: Int
  var bytes: Int
  var baselines: [StageMeasurement]
  var stages: [StageMeasurement]
  /// Stages that could not be measured.
  var failed: [String] = []

  private var byteScan: StageMeasurement? {
    baselines.first { $0.id == StageMeasurement.byteScanID }
  }

  /// The share of the byte scan's speed a measurement keeps (1 = as fast as the scan).
  private func ratio(_ measurement: StageMeasurement) -> Double? {
    guard let byteScan, measurement.seconds > 0 else { return nil }
    return byteScan.seconds / measurement.seconds
  }

  var table: String {
    let header = ["stage", "kind", "cpu s", "wall s", "docs/s", "MB/s", "vs byte scan", "outputs"]
    var rows: [[String]] = []
    for measurement in baselines + stages {
      var seconds = String(format: "%.3f", measurement.elapsed.cpu)
      if let collect = measurement.collect, let reduce = measurement.reduce {
        seconds = String(format: "(%.3f+%.3f) ", collect.cpu, reduce.cpu) + seconds
      }
      rows.append([
        measurement.id, measurement.kind, seconds, String(format: "%.3f", measurement.elapsed.wall),
        String(format: "%.0f", measurement.documentsPerSecond),
        String(format: "%.1f", measurement.megabytesPerSecond),
        ratio(measurement).map { percent($0) } ?? "-",
        "\(measurement.outputs) \(measurement.outputName)",
      ])
    }
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    let numeric: Set<Int> = [2, 3, 4, 5, 6]
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return numeric.contains(column) ? padding + cell : cell + padding
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    var lines = [
      "corpus: \(corpus): \(documents) documents, \(megabytes(bytes)) MB (one thread; rates from CPU seconds; MB = 10^6 bytes)",
      line(header),
      line(widths.map { String(repeating: "-", count: $0) }),
    ]
    lines += rows.map(line)
    if !failed.isEmpty { lines.append("not measured: \(failed.joined(separator: ", "))") }
    return lines.joined(separator: "\n")
  }

  private func percent(_ ratio: Double) -> String {
    ratio >= 0.1 ? String(format: "%.0f%%", ratio * 100) : String(format: "%.2f%%", ratio * 100)
  }

  var json: String {
    func object(_ measurement: StageMeasurement) -> JSONValue {
      var members: [String: JSONValue] = [
        "id": .string(measurement.id),
        "kind": .string(measurement.kind),
        "cpu_seconds": .double(measurement.elapsed.cpu),
        "wall_seconds": .double(measurement.elapsed.wall),
        "documents_per_second": .double(measurement.documentsPerSecond),
        "megabytes_per_second": .double(measurement.megabytesPerSecond),
        measurement.outputName: .int(measurement.outputs),
      ]
      if let ratio = ratio(measurement) { members["ratio_to_byte_scan"] = .double(ratio) }
      if let collect = measurement.collect { members["collect_cpu_seconds"] = .double(collect.cpu) }
      if let reduce = measurement.reduce { members["reduce_cpu_seconds"] = .double(reduce.cpu) }
      return .object(members)
    }
    let report: JSONValue = .object([
      "corpus": .string(corpus),
      "documents": .int(documents),
      "megabytes": .double(Double(bytes) / 1e6),
      "threads": .int(1),
      "baselines": .array(baselines.map(object)),
      "stages": .array(stages.map(object)),
      "not_measured": .array(failed.map(JSONValue.string)),
    ])
    return report.canonicalJSON
  }
}
